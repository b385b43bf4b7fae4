import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../domain/entities.js';
import { pageByStart } from './paging.js';

const entry = (remoteId: string, start: string) => ({ remoteId, start: new Date(start) }) as unknown as TimeEntry;

describe('timetrack paging: per-item resume cursors (#12 item 1)', () => {
  // Numeric ids, as the vendor's; two entries share a start, so the id settles their order.
  const entries = [
    entry('7', '2026-11-01T09:00:00Z'),
    entry('9', '2026-11-03T09:00:00Z'),
    entry('10', '2026-11-03T09:00:00Z'),
    entry('8', '2026-11-02T09:00:00Z'),
    entry('6', '2026-10-30T09:00:00Z'),
  ];

  it('gives one cursor per item, and each resumes exactly after its item', () => {
    const page = pageByStart(entries, { token: null, size: 3 });
    expect(page.items.map((e) => e.remoteId)).toEqual(['10', '9', '8']);
    expect(page.cursors).toHaveLength(3);
    expect(page.nextPage).toBe(page.cursors![2]);
    // Resuming after the first item handed out, as the gateway does mid-page.
    const resumed = pageByStart(entries, { token: page.cursors![0]!, size: 10 });
    expect(resumed.items.map((e) => e.remoteId)).toEqual(['9', '8', '7', '6']);
    expect(resumed.nextPage).toBeNull();
  });
});
