import { describe, expect, it } from 'vitest';
import { entryIssues, GRAPHQL_INT_MAX, unrepresentableEntry } from '../../src/domain/entry-bounds.js';
import type { TimeEntry } from '../../src/domain/entities.js';
import { nulIssues } from '../../src/domain/text.js';

const at = (iso: string) => new Date(iso);
const DAY = 86_400;

describe('time entry bounds', () => {
  it('names the field outside 1970–2100, the end before the start, and a length over the maximum', () => {
    expect(entryIssues({ start: at('0001-01-01T00:00:00Z'), end: at('2026-01-01T00:00:00Z') }, 31 * DAY, 'input')).toEqual([{ path: ['input', 'start'], message: expect.stringContaining('1970') }]);
    expect(entryIssues({ end: at('2101-01-01T00:00:00Z') }, 31 * DAY, 'input')).toEqual([{ path: ['input', 'end'], message: expect.stringContaining('2100') }]);
    expect(entryIssues({ start: at('2026-01-02T00:00:00Z'), end: at('2026-01-01T00:00:00Z') }, 31 * DAY, 'input')).toEqual([{ path: ['input', 'end'], message: 'is before input.start' }]);
    expect(entryIssues({ start: at('2026-01-01T00:00:00Z'), end: at('2026-02-01T00:00:01Z') }, 31 * DAY, 'input')).toEqual([{ path: ['input', 'end'], message: expect.stringContaining('limits.maxEntrySeconds') }]);
    expect(entryIssues({ start: at('2026-01-01T00:00:00Z'), end: at('2026-02-01T00:00:00Z') }, 31 * DAY, 'input')).toEqual([]);
    expect(entryIssues({ start: at('1970-01-01T00:00:00Z'), end: null }, 31 * DAY, 'input')).toEqual([]);
  });

  it('tells which stored entries the gateway cannot represent', () => {
    const entry = (start: string, end: string | null) => ({ start: at(start), end: end ? at(end) : null }) as TimeEntry;
    const now = at('2026-06-01T00:00:00Z');
    expect(unrepresentableEntry(entry('0001-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), now)).toContain('outside 1970–2100');
    expect(unrepresentableEntry(entry('2026-01-01T00:00:00Z', null), now)).toBeNull();
    expect(unrepresentableEntry(entry('1970-01-01T00:00:00Z', '2100-12-31T00:00:00Z'), now)).toContain('Int');
    expect(GRAPHQL_INT_MAX).toBe(2147483647);
  });
});

describe('the NUL rule', () => {
  it('finds NUL in any string of an input, by path, and nothing else', () => {
    expect(nulIssues({ name: 'a\u0000b', tags: ['ok', '\u0000'], when: new Date(0), n: 1 }, ['input'])).toEqual([
      { path: ['input', 'name'], message: expect.stringContaining('NUL') },
      { path: ['input', 'tags', '1'], message: expect.stringContaining('NUL') },
    ]);
    expect(nulIssues({ name: 'plain', nested: { deep: 'text' } }, ['input'])).toEqual([]);
  });
});
