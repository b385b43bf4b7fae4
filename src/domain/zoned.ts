/**
 * Calendar arithmetic in a time zone, on Temporal (temporal-polyfill): the one validator for
 * time-zone input, the local date of an instant, the instant a local date begins, and the cut
 * of a span at local midnights that reports group by.
 *
 * A local day is the interval [start(d), start(d + 1)), where start(d) is Temporal's start of
 * day: local midnight, or the first instant after it where DST skips midnight (America/Santiago,
 * Havana, Asunción, Atlantic/Azores…). These intervals tile the time line without gaps or
 * overlaps, which is what lets `splitByLocalDay` prove that it advances.
 */
import { LRUCache } from 'lru-cache';
import { Temporal } from 'temporal-polyfill';
import { ValidationError, type FieldIssue } from './errors.js';

/**
 * The time zone's canonical identifier, or null when it is not one: an IANA name
 * (case-insensitive, e.g. "europe/berlin" → "Europe/Berlin") or a UTC offset such as "+05:30".
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return null;
  try {
    return new Temporal.ZonedDateTime(0n, timeZone).timeZoneId;
  } catch {
    return null;
  }
}

const timeZoneMessage = (timeZone: string) =>
  `"${String(timeZone).slice(0, 64)}" is not a time zone; use an IANA name such as "Europe/Berlin" or a UTC offset such as "+05:30"`;

/** The problem with a time-zone input as a field issue (none for null/undefined: absent). */
export function timeZoneIssues(timeZone: string | null | undefined, path: string[]): FieldIssue[] {
  if (timeZone === null || timeZone === undefined) return [];
  return canonicalTimeZone(timeZone) ? [] : [{ path, message: timeZoneMessage(timeZone) }];
}

/** Validates a time-zone input and returns its canonical identifier; the error names the field. */
export function assertTimeZone(timeZone: string, path = 'input.timeZone'): string {
  const canonical = canonicalTimeZone(timeZone);
  if (!canonical) throw ValidationError.field(path, timeZoneMessage(timeZone));
  return canonical;
}

/** The local (wall-clock) calendar date, YYYY-MM-DD, of an instant in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

const DAY_MS = 86_400_000;

/** Days are numbered from 1970-01-01 inside this module: arithmetic on them is exact and cheap. */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dayText = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

// Reports ask for the same few days again and again (every entry of a day); the start of a day
// in a zone never changes, so it is remembered, within a bound.
const dayStarts = new LRUCache<string, number>({ max: 20_000 });

function startOfDay(day: number, timeZone: string): number {
  const key = `${timeZone}|${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    // toZonedDateTime with no time is Temporal's start of day: midnight, or the first instant
    // after a DST gap that swallows midnight (never the evening before, as the Intl guess did).
    start = Temporal.PlainDate.from(dayText(day)).toZonedDateTime({ timeZone }).epochMilliseconds;
    dayStarts.set(key, start);
  }
  return start;
}

/** The instant at which a local date (YYYY-MM-DD) begins in the zone. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const day = dayNumber(date);
  if (!Number.isInteger(day)) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  return new Date(startOfDay(day, timeZone));
}

/** Adds days to a YYYY-MM-DD date (pure calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Monday of the ISO week holding the date. */
export function weekStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Thrown instead of looping when the calendar would not move forward (a bug, never input). */
export class CalendarProgressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarProgressError';
  }
}

/**
 * The local day whose interval [start(d), start(d + 1)) holds the instant: the last day that
 * began at or before it. That is the wall date, except where a zone falls back across midnight
 * (say 00:30 → 23:30: the repeated half hour lies after the next day began, so it belongs to
 * that day) and on a day a zone skipped entirely (Pacific/Apia, 2011-12-30), which holds
 * nothing. UTC offsets stay within ±15 h, so it is the UTC day or one either side, and the day
 * after the one found began later than the instant (it was probed first, or is 2 UTC days on).
 */
function dayHolding(ms: number, timeZone: string): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let day = utcDay + 1;
  while (startOfDay(day, timeZone) > ms) {
    day -= 1;
    if (day < utcDay - 1) throw new CalendarProgressError(`no local day in ${timeZone} holds ${new Date(ms).toISOString()}`);
  }
  return day;
}

/**
 * Cuts [start, end) at every local midnight of the zone: one piece per local day touched, in
 * order. Every step moves the cursor strictly forward (asserted, never assumed), so it ends.
 */
export function splitByLocalDay(start: Date, end: Date, timeZone: string): Array<{ date: string; seconds: number }> {
  const pieces: Array<{ date: string; seconds: number }> = [];
  const stop = end.getTime();
  let cursor = start.getTime();
  while (cursor < stop) {
    const day = dayHolding(cursor, timeZone);
    const pieceEnd = Math.min(startOfDay(day + 1, timeZone), stop);
    // dayHolding guarantees this; were it ever false, throwing beats spinning forever.
    if (!(pieceEnd > cursor)) throw new CalendarProgressError(`local day ${dayText(day)} in ${timeZone} does not advance past ${new Date(cursor).toISOString()}`);
    pieces.push({ date: dayText(day), seconds: Math.round((pieceEnd - cursor) / 1000) });
    cursor = pieceEnd;
  }
  return pieces;
}
