/**
 * Desklog's display formats: `"02h 30m"` durations with `"--"` for none, `"11:31 AM"` clock
 * times, and the names shown for numeric priorities and task statuses.
 */
import type { PriorityId } from './state.js';

/** The literal Desklog prints for an empty duration, percentage or time. */
export const NONE = '--';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `"HHh MMm"`: hours at least two digits (more over long ranges), minutes always two. */
export function hoursMinutes(totalMinutes: number): string {
  const m = Math.max(0, Math.round(totalMinutes));
  return `${pad2(Math.floor(m / 60))}h ${pad2(m % 60)}m`;
}

/** Attendance durations: `"--"` when there is nothing to report. */
export function duration(totalMinutes: number): string {
  return totalMinutes > 0 ? hoursMinutes(totalMinutes) : NONE;
}

/** `time_allocated_pretty` from seconds; the sample shows `"00h 10m"` for 600. */
export function prettySeconds(seconds: number): string {
  return hoursMinutes(Math.floor(seconds / 60));
}

/** 12-hour `"hh:mm AM"` from minutes since local midnight. */
export function clock12(minutesOfDay: number): string {
  const m = ((Math.round(minutesOfDay) % 1440) + 1440) % 1440;
  const h24 = Math.floor(m / 60);
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${pad2(h12)}:${pad2(m % 60)} ${h24 < 12 ? 'AM' : 'PM'}`;
}

/** Output names for the numeric priorities (1 critical … 4 trivial). */
export const PRIORITY_NAMES: Record<PriorityId, string> = {
  1: 'Critical',
  2: 'Intermediate',
  3: 'Low',
  4: 'Trivial',
};

export function priorityName(id: PriorityId | null): string | null {
  return id === null ? null : PRIORITY_NAMES[id];
}

export function isPriorityId(n: number): n is PriorityId {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/**
 * Task status classes. Only 2 ("In Progress") and 4 ("Completed") appear in the docs; 1 and 3
 * are this simulator's choice for a new task and a paused timer.
 */
export const TASK_STATUS = {
  open: { id: 1, name: 'Open' },
  inProgress: { id: 2, name: 'In Progress' },
  paused: { id: 3, name: 'Paused' },
  completed: { id: 4, name: 'Completed' },
} as const;

/** `estimated_amount` is a decimal string such as `"650.00"`. */
export function decimalString(amount: number): string {
  return amount.toFixed(2);
}
