/**
 * `POST attendance_report` with `{from_date, to_date, user_id?}` (dates `YYYY-MM-DD`, an
 * assumption). One row per user. Durations are sums over the range as `"HHh MMm"` (`"--"` when
 * zero); `clock_in` / `clock_out` are the average local time of day over the days with data, in
 * the user's own zone, as `"hh:mm AM"`.
 *
 * Derived figures (their formulas are undocumented, so chosen here):
 * - time at work = productive + neutral + non-productive, plus idle when `isWorkWithIdle` is 1;
 * - over time = Σ per day max(0, time at work − minimum working hours);
 * - activity % = active / (active + idle), rounded; 0 with no data;
 * - `minimum_working_hours` is the per-day setting, not multiplied by the days in the range;
 * - `efficiency_percentage` is always `"--"` (the only documented value);
 * - users without data in the range still get a row, with `"--"` everywhere.
 */
import { DesklogError, guarded, ok } from '../envelope.js';
import { NONE, clock12, duration, hoursMinutes } from '../format.js';
import { objectBody, readDate, readInt } from '../input.js';
import type { DesklogAttendanceDay, DesklogState, DesklogUser } from '../state.js';
import { localMinutesOfDay } from '../time.js';
import type { DesklogRoute } from './types.js';

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function row(state: DesklogState, user: DesklogUser, days: DesklogAttendanceDay[]) {
  let productive = 0, focus = 0, idle = 0, priv = 0, neutral = 0, nonProductive = 0;
  let atWork = 0, overTime = 0, assigned = 0, spent = 0;
  for (const d of days) {
    productive += d.productive_min;
    focus += d.focus_min;
    idle += d.idle_min;
    priv += d.private_min;
    neutral += d.neutral_min;
    nonProductive += d.non_productive_min;
    assigned += d.task_assigned_min;
    spent += d.task_spent_min;
    const dayAtWork = d.productive_min + d.neutral_min + d.non_productive_min + (user.isWorkWithIdle ? d.idle_min : 0);
    atWork += dayAtWork;
    overTime += Math.max(0, dayAtWork - user.minimum_working_minutes);
  }
  const active = productive + neutral + nonProductive;
  const clockIn = average(days.map((d) => localMinutesOfDay(d.clock_in_utc, user.time_zone)));
  const clockOut = average(
    days.flatMap((d) => (d.clock_out_utc ? [localMinutesOfDay(d.clock_out_utc, user.time_zone)] : [])),
  );
  const team = state.teams.find((t) => t.id === user.team_id);
  return {
    user_id: user.id,
    employee_id: user.employee_id === null ? NONE : String(user.employee_id),
    name: user.name,
    email: user.email,
    team_name: team ? team.team_name : null,
    clock_in: clockIn === null ? NONE : clock12(clockIn),
    clock_out: clockOut === null ? NONE : clock12(clockOut),
    time_at_work: duration(atWork),
    productive_time: duration(productive),
    focus_time: duration(focus),
    idle_time: duration(idle),
    private_time: duration(priv),
    neutral_time: duration(neutral),
    non_productive_time: duration(nonProductive),
    over_time: duration(overTime),
    minimum_working_hours: hoursMinutes(user.minimum_working_minutes),
    activity_percentage: active + idle === 0 ? 0 : Math.round((100 * active) / (active + idle)),
    efficiency_percentage: NONE,
    task_assigned_time: duration(assigned),
    task_spent_time: duration(spent),
    isWorkWithIdle: user.isWorkWithIdle,
    time_zone: user.time_zone,
    client_app_details: user.app_and_os ?? NONE,
  };
}

export function attendanceRoutes(state: DesklogState): DesklogRoute[] {
  const report = guarded((req) => {
    const body = objectBody(req);
    const from = readDate(body, 'from_date', true);
    const to = readDate(body, 'to_date', true);
    const userId = readInt(body, 'user_id');
    if (to < from) throw new DesklogError('The to date must be a date after or equal to from date.');
    const users = userId === undefined ? state.users : state.users.filter((u) => u.id === userId);
    if (userId !== undefined && users.length === 0) throw new DesklogError('User not found');
    const rows = users.map((user) =>
      row(
        state,
        user,
        state.attendance.filter((d) => d.user_id === user.id && d.date >= from && d.date <= to),
      ),
    );
    return ok('Success', rows);
  });
  return [{ method: 'POST', path: 'attendance_report', handler: report }];
}
