/**
 * Grows the demo company to a given size for benches and scale tests (issue #12): more
 * employees, more tasks (spread over the demo's projects, each assigned to one employee) and
 * more finished task logs spread over the weeks before the demo's newest logs. Deterministic
 * (ids from the state's counters, instants from fixed arithmetic), so two runs see the same
 * data. Nothing here is vendor behaviour; it only fills the store the routes read.
 */
import { allocateId, type DyzoState } from './state.js';

/** The newest instant a grown log may end at: before the demo's latest logs. */
const NEWEST_END = Date.parse('2026-11-19T18:00:00Z');
const HOUR = 3_600_000;
/** Dyzo writes instants without milliseconds (`2026-11-02T09:00:00Z`), as the demo logs do. */
const wire = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export interface CompanySize {
  employees: number;
  tasks: number;
  /** Task logs in the store (the demo's included) after growing. */
  taskLogs: number;
}

export function growDyzoState(state: DyzoState, size: CompanySize): void {
  const companyId = state.company.id;
  const staff = () => state.employees.filter((e) => e.companyId === companyId && !e.isDeleted);
  const template = staff()[0];
  if (!template) throw new Error('growDyzoState needs a dataset with an employee to copy');
  for (let n = staff().length + 1; n <= size.employees; n++) {
    const id = allocateId(state, 'employee');
    const number = String(n).padStart(3, '0');
    state.employees.push({ ...template, _id: id, name: `Member ${number}`, first_name: 'Member', last_name: number, email: `member${n}@scale.example.com`, isAdmin: false, team_leader: false });
  }
  const people = staff();
  const projects = state.projects.filter((p) => p.companyId === companyId);
  const model = state.tasks[0];
  if (!model || !projects.length) throw new Error('growDyzoState needs a dataset with a project and a task to copy');
  for (let k = 0; state.tasks.length < size.tasks; k++) {
    const owner = people[k % people.length]!;
    const taskId = allocateId(state, 'task');
    state.tasks.push({ ...model, taskId, taskName: `Grown task ${k}`, projectId: projects[k % projects.length]!._id, userId: owner._id, assignBy: owner._id, assigned_users: [owner._id], collaborators: [] });
  }
  const tasks = state.tasks;
  for (let k = 0; state.taskLogs.length < size.taskLogs; k++) {
    const employee = people[k % people.length]!;
    // Each employee's k-th grown log ends 3 h before the previous one: blocks of 1-2 h.
    const slot = Math.floor(k / people.length);
    const end = NEWEST_END - slot * 3 * HOUR - (k % 7) * 60_000;
    const start = end - HOUR - (k % 5) * 15 * 60_000;
    state.taskLogs.push({
      id: allocateId(state, 'taskLog'),
      taskId: tasks[k % tasks.length]!.taskId,
      userId: employee._id,
      startTime: wire(start),
      endTime: wire(end),
      description: `grown log ${k}`,
      manualAdd: true,
    });
  }
}
