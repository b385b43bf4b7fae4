/**
 * Grows the demo organization to a given size for benches and scale tests: more employees
 * (each with a user), and more completed time logs spread over the weeks before the demo's
 * newest logs. Deterministic (ids from seeds, instants from fixed arithmetic), so two runs see
 * the same data. Nothing here is vendor behaviour; it only fills the store the routes read.
 */
import { uuidFrom } from './ids.js';
import type { GauzyState, TimeLogRow } from './state.js';

/** The newest instant a grown log may end at: before the demo's latest logs. */
const NEWEST_END = Date.parse('2026-11-19T18:00:00Z');
const HOUR = 3_600_000;

export interface OrganizationSize {
  employees: number;
  /** Time logs in the organization (live ones, the demo's included) after growing. */
  timeLogs: number;
}

export function growGauzyState(state: GauzyState, size: OrganizationSize): void {
  const orgId = state.organization.id;
  const employees = () => [...state.employees.values()].filter((e) => e.organizationId === orgId && e.deletedAt === null);
  const template = employees()[0];
  if (!template) throw new Error('growGauzyState needs a dataset with an employee to copy');
  const templateUser = state.users.get(template.userId)!;
  for (let n = employees().length + 1; n <= size.employees; n++) {
    const userId = uuidFrom(`scale:user:${n}`);
    const employeeId = uuidFrom(`scale:employee:${n}`);
    state.users.set(userId, {
      ...templateUser,
      id: userId,
      firstName: 'Member',
      lastName: String(n).padStart(3, '0'),
      email: `member${n}@scale.example.com`,
      username: null,
      thirdPartyId: null,
    });
    state.employees.set(employeeId, { ...template, id: employeeId, userId });
  }
  const staff = employees();
  const logs = () => [...state.timeLogs.values()].filter((l) => l.organizationId === orgId && l.deletedAt === null);
  const model = logs().find((l) => !l.isRunning);
  if (!model) throw new Error('growGauzyState needs a dataset with a completed time log to copy');
  const projects = [...state.projects.values()].filter((p) => p.organizationId === orgId);
  let live = logs().length;
  for (let k = 0; live < size.timeLogs; k++, live++) {
    const employee = staff[k % staff.length]!;
    // Each employee's k-th grown log ends 3 h before the previous one: blocks of 1-2 h.
    const slot = Math.floor(k / staff.length);
    const end = NEWEST_END - slot * 3 * HOUR - (k % 7) * 60_000;
    const start = end - HOUR - (k % 5) * 15 * 60_000;
    const id = uuidFrom(`scale:log:${k}`);
    const project = projects.length ? projects[k % projects.length]! : null;
    const row: TimeLogRow = {
      ...model,
      id,
      createdAt: new Date(start).toISOString(),
      updatedAt: new Date(end).toISOString(),
      startedAt: new Date(start).toISOString(),
      stoppedAt: new Date(end).toISOString(),
      editedAt: null,
      isRunning: false,
      employeeId: employee.id,
      description: `grown log ${k}`,
      // No timesheet: the grown logs are not part of any approval period.
      timesheetId: null,
      projectId: project?.id ?? null,
      taskId: null,
      organizationContactId: project?.organizationContactId ?? null,
    };
    state.timeLogs.set(id, row);
  }
}
