/**
 * What a time entry may be: instants within sane years and a bounded length. Writes are refused
 * outside these bounds (each problem names its field), so every stored entry's duration fits a
 * GraphQL Int and every report stays exact; a record that still cannot be represented (written
 * before these rules, or by a vendor) is reported in its own slot by `unrepresentableEntry`.
 */
import type { TimeEntry } from './entities.js';
import type { FieldIssue } from './errors.js';

/** Entries start and end in [1970-01-01, 2101-01-01) UTC. */
export const ENTRY_FIRST_YEAR = 1970;
export const ENTRY_LAST_YEAR = 2100;
const EARLIEST = Date.UTC(ENTRY_FIRST_YEAR, 0, 1);
const LATEST = Date.UTC(ENTRY_LAST_YEAR + 1, 0, 1);

/** Default of `limits.maxEntrySeconds`: 31 days, longer than any real stretch of work. */
export const DEFAULT_MAX_ENTRY_SECONDS = 31 * 86_400;

/** Largest value a GraphQL Int can carry. */
export const GRAPHQL_INT_MAX = 2 ** 31 - 1;

const yearsMessage = `must be between ${ENTRY_FIRST_YEAR}-01-01 and ${ENTRY_LAST_YEAR}-12-31 (UTC)`;

function instantIssues(value: Date | null | undefined, path: string[]): FieldIssue[] {
  if (value === null || value === undefined) return [];
  const ms = value.getTime();
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST ? [] : [{ path, message: yearsMessage }];
}

const lengthMessage = (maxSeconds: number) =>
  `makes the entry longer than ${maxSeconds} seconds (${+(maxSeconds / 86_400).toFixed(2)} days, limits.maxEntrySeconds); split it into shorter entries`;

/**
 * Problems with an entry's start and end under `path` (e.g. "input"): each given instant within
 * the years, and, when both are known, end not before start and at most `maxSeconds` later.
 */
export function entryIssues(entry: { start?: Date | null; end?: Date | null }, maxSeconds: number, path: string): FieldIssue[] {
  const issues = [...instantIssues(entry.start, [path, 'start']), ...instantIssues(entry.end, [path, 'end'])];
  if (issues.length || !entry.start || !entry.end) return issues;
  const seconds = (entry.end.getTime() - entry.start.getTime()) / 1000;
  if (seconds < 0) return [{ path: [path, 'end'], message: `is before ${path}.start` }];
  if (seconds > maxSeconds) return [{ path: [path, 'end'], message: lengthMessage(maxSeconds) }];
  return [];
}

/**
 * Why a stored entry cannot be represented by the gateway's types, or null when it can: its
 * instants must be real dates within the years and its duration (a running one counts to `now`)
 * must fit a GraphQL Int.
 */
export function unrepresentableEntry(entry: TimeEntry, now: Date): string | null {
  const start = entry.start.getTime();
  const end = (entry.end ?? now).getTime();
  if (!Number.isFinite(start) || start < EARLIEST || start >= LATEST) return `its start ${Number.isFinite(start) ? entry.start.toISOString() : '(invalid)'} is outside ${ENTRY_FIRST_YEAR}–${ENTRY_LAST_YEAR}`;
  if (entry.end && (!Number.isFinite(end) || end < EARLIEST || end >= LATEST)) return `its end ${Number.isFinite(end) ? entry.end.toISOString() : '(invalid)'} is outside ${ENTRY_FIRST_YEAR}–${ENTRY_LAST_YEAR}`;
  if (Math.floor((end - start) / 1000) > GRAPHQL_INT_MAX) return 'its duration does not fit a 32-bit Int';
  return null;
}
