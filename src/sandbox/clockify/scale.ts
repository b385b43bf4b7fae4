/**
 * Grows a workspace to a given size for benches and scale tests: more members, and more
 * completed entries spread over the weeks before the demo's running timer. Deterministic (ids
 * from the state's own counter, instants from fixed arithmetic), so two runs see the same data.
 * Nothing here is vendor behaviour; it only fills the store the routes read.
 */
import type { ClockifyState, StoredTimeEntry, StoredUser } from './state.js';
import { formatInstant } from './time.js';

/** The newest instant a grown entry may end at: before the demo's latest entries. */
const NEWEST_END = Date.parse('2026-11-19T18:00:00Z');
const HOUR = 3_600_000;

export interface WorkspaceSize {
  users: number;
  entries: number;
}

export function growClockifyState(state: ClockifyState, size: WorkspaceSize): void {
  for (let n = state.users.length + 1; n <= size.users; n++) {
    const user: StoredUser = {
      id: state.nextId(),
      email: `member${n}@scale.example.com`,
      name: `Member ${String(n).padStart(3, '0')}`,
      status: 'ACTIVE',
      membershipStatus: 'ACTIVE',
      role: 'MEMBER',
      hourlyRate: { amount: 5000, currency: 'USD' },
      costRate: { amount: 3000, currency: 'USD' },
      timeZone: 'UTC',
      profilePicture: 'https://img.clockify.me/no-user-image.png',
    };
    state.users.push(user);
  }
  const tasks = state.tasks;
  for (let k = 0; state.timeEntries.length < size.entries; k++) {
    const user = state.users[k % state.users.length]!;
    // Each user's k-th grown entry ends 3 h before the previous one: a working day of 1-2 h blocks.
    const slot = Math.floor(k / state.users.length);
    const end = NEWEST_END - slot * 3 * HOUR - (k % 7) * 60_000;
    const start = end - (1 + (k % 2)) * HOUR;
    const task = tasks.length ? tasks[k % tasks.length]! : undefined;
    const entry: StoredTimeEntry = {
      id: state.nextId(),
      userId: user.id,
      projectId: task ? task.projectId : null,
      taskId: task && k % 3 !== 0 ? task.id : null,
      tagIds: [],
      description: `Grown entry ${k + 1}`,
      billable: k % 2 === 0,
      type: 'REGULAR',
      start: formatInstant(start),
      end: formatInstant(end),
      isLocked: false,
      invoiced: false,
    };
    state.timeEntries.push(entry);
  }
}
