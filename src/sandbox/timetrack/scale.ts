/**
 * Grows the demo account to a given size for benches and scale tests (issue #12): more users
 * and more project time entries spread over the weeks before the demo's newest entries, over
 * the demo's projects. Deterministic (ids from the state's counters, instants from fixed
 * arithmetic), so two runs see the same data. Nothing here is vendor behaviour; it only fills
 * the store the routes read.
 */
import { allocateId, type TimeTrackState } from './state.js';

/** The newest instant a grown entry may end at (stored wall-clock ms): before the demo's latest. */
const NEWEST_END = Date.parse('2026-11-19T18:00:00Z');
const HOUR = 3_600_000;

export interface AccountSize {
  users: number;
  /** Project time entries in the store (the demo's included) after growing. */
  entries: number;
}

export function growTimeTrackState(state: TimeTrackState, size: AccountSize): void {
  const template = state.users.find((u) => !u.admin) ?? state.users[0];
  if (!template) throw new Error('growTimeTrackState needs a dataset with a user to copy');
  for (let n = state.users.length + 1; n <= size.users; n++) {
    const number = String(n).padStart(3, '0');
    state.users.push({ ...template, id: allocateId(state, 'user'), username: `member${number}`, firstName: 'Member', lastName: number, email: `member${n}@scale.example.com`, admin: false, teamLead: false, personalNumber: null });
  }
  const model = state.entries[0];
  if (!model || !state.projects.length) throw new Error('growTimeTrackState needs a dataset with a project and an entry to copy');
  const users = state.users.filter((u) => u.enabled);
  for (let k = 0; state.entries.length < size.entries; k++) {
    const user = users[k % users.length]!;
    // Each user's k-th grown entry ends 3 h before the previous one: blocks of 1-2 h.
    const slot = Math.floor(k / users.length);
    const to = NEWEST_END - slot * 3 * HOUR - (k % 7) * 60_000;
    const from = to - HOUR - (k % 5) * 15 * 60_000;
    const project = state.projects[k % state.projects.length]!;
    state.entries.push({ ...model, id: allocateId(state, 'entry'), userId: user.id, projectId: project.id, taskId: null, details: `grown entry ${k}`, tags: null, from, to, breakMinutes: 0 });
  }
}
