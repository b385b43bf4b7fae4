import { describe, expect, it } from 'vitest';
import { localDate, splitByLocalDay, startOfLocalDate, weekStart } from '../../src/domain/zoned.js';

describe('calendar arithmetic in a time zone', () => {
  it('finds local dates and midnights', () => {
    expect(localDate(new Date('2026-11-12T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-13');
    expect(localDate(new Date('2026-11-12T23:30:00Z'), 'UTC')).toBe('2026-11-12');
    expect(startOfLocalDate('2026-11-13', 'Europe/Berlin').toISOString()).toBe('2026-11-12T23:00:00.000Z');
    expect(startOfLocalDate('2026-11-13', 'America/New_York').toISOString()).toBe('2026-11-13T05:00:00.000Z');
  });

  it('splits an entry at local midnight, across a DST change too', () => {
    expect(splitByLocalDay(new Date('2026-11-12T21:00:00Z'), new Date('2026-11-13T01:00:00Z'), 'Europe/Berlin')).toEqual([
      { date: '2026-11-12', seconds: 7200 },
      { date: '2026-11-13', seconds: 7200 },
    ]);
    // Berlin leaves summer time on 2026-10-25: that day has 25 hours.
    const pieces = splitByLocalDay(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T23:00:00Z'), 'Europe/Berlin');
    expect(pieces).toEqual([{ date: '2026-10-25', seconds: 25 * 3600 }]);
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-15')).toBe('2026-11-09');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
  });
});
