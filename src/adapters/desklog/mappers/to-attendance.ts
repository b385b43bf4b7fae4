/**
 * One `attendance_report` row for a single day → a unified per-user per-day record.
 *
 * Clock times (`"11:31 AM"`) are wall-clock times in the user's own zone (the row's
 * `time_zone`); they become UTC instants on the reported local date. A clock-out earlier than
 * the clock-in is read as past midnight. `"--"` is "no value": null, never zero.
 */
import { parseDesklogDuration } from '../../../domain/duration.js';
import { addDays, startOfLocalDate } from '../../../domain/zoned.js';
import type { DesklogAttendanceRecord } from '../attendance.js';
import type { DesklogAttendanceRow } from '../types.js';
import { numberOrNull, optionalId } from './values.js';

/** Minutes after local midnight from `hh:mm AM/PM` (or 24-hour `HH:mm`); null for `--` and junk. */
export function parseClock(text: string | null | undefined): number | null {
  const m = /^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?)?\s*$/i.exec(text ?? '');
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minute > 59 || (half ? hour < 1 || hour > 12 : hour > 23)) return null;
  const hour24 = half ? (hour % 12) + (half === 'p' ? 12 : 0) : hour;
  return hour24 * 60 + minute;
}

const wallFormat = new Map<string, Intl.DateTimeFormat>();

/** The zone's formatter, or null when the zone is not an IANA name Intl knows. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = wallFormat.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    } catch {
      return null;
    }
    wallFormat.set(timeZone, f);
  }
  return f;
}

function wallMinutes(instant: Date, f: Intl.DateTimeFormat): number {
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows `minutes` on local `date`. Starts
 * from the zone's local midnight and corrects by any offset change (DST) before that time.
 */
export function zonedClockToUtc(date: string, minutes: number, timeZone: string): Date | null {
  const f = formatterFor(timeZone);
  if (!f) return null;
  const guess = startOfLocalDate(date, timeZone).getTime() + minutes * 60_000;
  let drift = wallMinutes(new Date(guess), f) - minutes;
  if (drift > 720) drift -= 1440;
  if (drift < -720) drift += 1440;
  return new Date(guess - drift * 60_000);
}

const seconds = (value: string | number | null | undefined): number | null =>
  typeof value === 'number' ? Math.round(value) : parseDesklogDuration(value);

/** Null for a row that names no user (it cannot be attributed). */
export function toAttendanceRecord(source: string, date: string, raw: DesklogAttendanceRow, fallbackZone: string | null): DesklogAttendanceRecord | null {
  const userId = optionalId(raw.user_id ?? raw.team_id);
  if (!userId) return null;
  const zone = raw.time_zone?.trim() || fallbackZone;
  const inMinutes = parseClock(raw.clock_in);
  const outMinutes = parseClock(raw.clock_out);
  const clockIn = zone && inMinutes !== null ? zonedClockToUtc(date, inMinutes, zone) : null;
  let clockOut = zone && outMinutes !== null ? zonedClockToUtc(date, outMinutes, zone) : null;
  if (zone && clockIn && clockOut && outMinutes !== null && clockOut.getTime() < clockIn.getTime()) {
    clockOut = zonedClockToUtc(addDays(date, 1), outMinutes, zone);
  }
  return {
    source,
    userId,
    date,
    clockIn,
    clockOut,
    atWorkSeconds: seconds(raw.time_at_work),
    productiveSeconds: seconds(raw.productive_time),
    focusSeconds: seconds(raw.focus_time),
    idleSeconds: seconds(raw.idle_time),
    neutralSeconds: seconds(raw.neutral_time),
    nonProductiveSeconds: seconds(raw.non_productive_time),
    overtimeSeconds: seconds(raw.over_time),
    activityPercent: numberOrNull(raw.activity_percentage),
    raw,
  };
}

/** A row with no clock-in and no time at work says only that nothing was tracked that day. */
export function isEmptyAttendance(record: DesklogAttendanceRecord): boolean {
  return parseClock((record.raw as DesklogAttendanceRow).clock_in) === null && record.atWorkSeconds === null;
}
