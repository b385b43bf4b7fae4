/**
 * Timestamps on the wire are `YYYY-MM-DDTHH:MM:SS.fffZ` (p:pte), and they are the user's local
 * wall-clock time despite the `Z` (vendor-docs/timetrack.md §1.4, p:timer: "pass the local
 * timestamp … in same timezone like you are currently"). The simulator stores and compares them
 * as written, never converting: "epoch ms" below is the wall clock read as if it were UTC. Filter examples also omit the
 * milliseconds, so input accepts `.f`–`.fff` or none; output always carries exactly three
 * digits. Internally instants are epoch milliseconds so comparisons and durations are exact.
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

export const TIMESTAMP_HINT = 'expected a timestamp like 2026-11-02T09:00:00.000Z';

/** Epoch ms for a wire timestamp, or undefined when the text is not one (including 2026-02-30). */
export function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number((frac ?? '0').padEnd(3, '0')));
  // Date.UTC silently rolls invalid days/hours over; a round trip rejects them.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d)) return undefined;
  if (back.getUTCHours() !== Number(h) || back.getUTCMinutes() !== Number(mi) || back.getUTCSeconds() !== Number(s)) return undefined;
  return ms;
}

/** `toISOString` already produces the documented `.fffZ` form for years 0–9999. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

export const MINUTE_MS = 60_000;
export const SECOND_MS = 1_000;
