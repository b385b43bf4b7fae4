/**
 * Attendance: Desklog's only tracked-time data (there are no time entries). `attendance_report`
 * answers one row per user for a date range, with clock in/out *averaged* over the range, so
 * per-day records need one request per day. The days asked are the UTC calendar dates that
 * [from, to) touches; each record's `date` is that day as Desklog reports it, in the user's own
 * zone. Requests: one per day (a single user is asked for by `user_id`, several are filtered
 * here), at most PARALLEL_READS at a time, plus one `user_list` only if a row lacks its zone.
 * Days on which a user tracked nothing (clock-in and time at work both `--`) give no record.
 */
import type { AttendanceRecord } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import { addDays } from '../../domain/zoned.js';
import type { AttendanceFilter } from '../contract.js';
import { isDesklogId } from './endpoints.js';
import { isEmptyAttendance, toAttendanceRecord } from './mappers/to-attendance.js';
import { idText } from './mappers/values.js';
import { isUpstreamNotFound, mapLimit, PARALLEL_READS, type DesklogContext } from './support.js';
import { loadUsers } from './users.js';

/** The contract's attendance record (src/domain/entities.ts); a Desklog row always names its user. */
export interface DesklogAttendanceRecord extends AttendanceRecord {
  userId: string;
}

export type DesklogAttendanceFilter = AttendanceFilter;

/** One request per day, so a range is bounded. */
export const MAX_ATTENDANCE_DAYS = 366;

function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function attendanceDays(from: Date, to: Date): string[] {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw ValidationError.field('filter.from', 'needs valid from and to instants');
  if (to.getTime() <= from.getTime()) throw ValidationError.field('filter.to', 'must be after from');
  const last = utcDate(new Date(to.getTime() - 1));
  const days: string[] = [];
  for (let day = utcDate(from); day <= last; day = addDays(day, 1)) {
    if (days.length === MAX_ATTENDANCE_DAYS) throw ValidationError.field('filter.to', `a Desklog attendance range spans at most ${MAX_ATTENDANCE_DAYS} days`);
    days.push(day);
  }
  return days;
}

export function desklogAttendance(ctx: DesklogContext) {
  return async (filter: DesklogAttendanceFilter): Promise<DesklogAttendanceRecord[]> => {
    const days = attendanceDays(filter.from, filter.to);
    const wanted = filter.userIds ? new Set(filter.userIds) : null;
    if (wanted && wanted.size === 0) return [];
    // Ids that cannot be Desklog users match nothing; asking for them would only be refused.
    const askable = wanted ? [...wanted].filter(isDesklogId) : null;
    if (askable && askable.length === 0) return [];
    const single = askable?.length === 1 ? Number(askable[0]) : undefined;

    let zones: Promise<Map<string, string>> | null = null;
    const zoneOf = async (userId: string): Promise<string | null> => {
      zones ??= loadUsers(ctx).then((users) => new Map(users.flatMap((u) => (u.time_zone ? [[idText(u.id), u.time_zone] as const] : []))));
      return (await zones).get(userId) ?? null;
    };

    const perDay = await mapLimit(days, PARALLEL_READS, async (date) => {
      const rows = await ctx.api
        .attendanceReport({ from_date: date, to_date: date, ...(single !== undefined ? { user_id: single } : {}) })
        // "User not found" for the one user asked about: that user simply has no attendance.
        .catch((error: unknown) => (single !== undefined && isUpstreamNotFound(error) ? [] : Promise.reject(error)));
      const records: DesklogAttendanceRecord[] = [];
      for (const row of rows) {
        const userId = row.user_id ?? row.team_id;
        if (userId === null || userId === undefined || (wanted && !wanted.has(idText(userId)))) continue;
        const fallbackZone = row.time_zone?.trim() ? null : await zoneOf(idText(userId));
        const record = toAttendanceRecord(ctx.source, date, row, fallbackZone);
        if (record && !isEmptyAttendance(record)) records.push(record);
      }
      return records;
    });
    return perDay.flat().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.userId) - Number(b.userId)));
  };
}
