/**
 * Calendar arithmetic in an IANA time zone with nothing but Intl: the local date of an
 * instant, and the UTC instant of a local midnight. Reports split entries at these midnights.
 */
import { ValidationError } from './errors.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function assertTimeZone(timeZone: string, path = 'input.timeZone'): void {
  try {
    formatter(timeZone);
  } catch {
    throw ValidationError.field(path, `"${timeZone}" is not an IANA time zone`);
  }
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTime(instant: Date, timeZone: string): Wall {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of the zone from UTC at an instant, in milliseconds (east positive). */
function offsetMs(instant: Date, timeZone: string): number {
  const w = wallTime(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The UTC instant at which a local date begins (handles DST shifts by refining twice). */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  let guess = wall - offsetMs(new Date(wall), timeZone);
  guess = wall - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
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

/**
 * Cuts [start, end) at every local midnight of the zone: one piece per local day touched.
 */
export function splitByLocalDay(start: Date, end: Date, timeZone: string): Array<{ date: string; seconds: number }> {
  const pieces: Array<{ date: string; seconds: number }> = [];
  let cursor = start;
  while (cursor.getTime() < end.getTime()) {
    const date = localDate(cursor, timeZone);
    const nextMidnight = startOfLocalDate(addDays(date, 1), timeZone);
    const pieceEnd = nextMidnight.getTime() < end.getTime() ? nextMidnight : end;
    pieces.push({ date, seconds: Math.round((pieceEnd.getTime() - cursor.getTime()) / 1000) });
    cursor = pieceEnd;
  }
  return pieces;
}
