import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { assertTimeZone, canonicalTimeZone, localDate, splitByLocalDay, startOfLocalDate, timeZoneIssues, weekStart } from '../../src/domain/zoned.js';

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

  it('starts a day whose midnight DST skips at the end of the gap, and splits it', () => {
    // Chile springs forward at 00:00 on 2026-09-06: the day begins at 01:00 local (04:00Z) and lasts 23 h.
    expect(startOfLocalDate('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(splitByLocalDay(new Date('2026-09-05T04:00:00Z'), new Date('2026-09-07T03:00:00Z'), 'America/Santiago')).toEqual([
      { date: '2026-09-05', seconds: 24 * 3600 },
      { date: '2026-09-06', seconds: 23 * 3600 },
    ]);
    // Cuba (Havana) also starts summer time at midnight, 2026-03-08.
    expect(startOfLocalDate('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('gives the hour repeated at midnight to the day it repeats (Asunción falls back 24:00 → 23:00)', () => {
    // Paraguay left DST at the end of 2024-03-23: 24:00 (-03) became 23:00 (-04), a 25-hour day.
    const pieces = splitByLocalDay(new Date('2024-03-23T03:00:00Z'), new Date('2024-03-25T04:00:00Z'), 'America/Asuncion');
    expect(pieces).toEqual([
      { date: '2024-03-23', seconds: 25 * 3600 },
      { date: '2024-03-24', seconds: 24 * 3600 },
    ]);
  });

  it('skips a day a zone jumped over (Samoa, 2011-12-30)', () => {
    const pieces = splitByLocalDay(new Date('2011-12-29T10:00:00Z'), new Date('2011-12-31T10:00:00Z'), 'Pacific/Apia');
    expect(pieces.map((p) => p.date)).toEqual(['2011-12-29', '2011-12-31']);
    expect(pieces.reduce((s, p) => s + p.seconds, 0)).toBe(2 * 86400);
  });

  it('validates time zones in one place, naming the field', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(assertTimeZone('UTC')).toBe('UTC');
    expect(() => assertTimeZone('Mars/Olympus', 'input.timeZone')).toThrow(ValidationError);
    expect(timeZoneIssues('Mars/Olympus', ['input', 'timeZone'])).toEqual([{ path: ['input', 'timeZone'], message: expect.stringContaining('Mars/Olympus') }]);
    expect(timeZoneIssues(null, ['input', 'timeZone'])).toEqual([]);
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-15')).toBe('2026-11-09');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
  });
});
