/**
 * The deterministic demo account: same ids, names and instants on every start (no `Date.now()`,
 * no randomness). The people, clients, projects and entries mirror the other simulators'
 * (src/sandbox/clockify/dataset.ts: Ada Lovelace, Linus Torvalds, Grace Hopper; Acme Corp,
 * Globex; Apollo Website, Internal Tooling, Legacy Migration; weekdays 2026-11-02 … 2026-11-20)
 * so that cross-vendor reports line up by email and by instant.
 *
 * Harvest differences kept on purpose:
 * - every entry needs a project and a task (Time Entries, create: `project_id`, `task_id`
 *   required), so Grace's Friday triage, project-less elsewhere, is booked to Internal Tooling /
 *   "Support triage";
 * - every project needs a client (Projects, create: `client_id` required), so Internal Tooling
 *   belongs to a house client, "Timegate (internal)";
 * - tasks are account-wide and reach a project through task assignments (Task Assignments).
 */
import type {
  HarvestState,
  StoredClient,
  StoredProject,
  StoredTask,
  StoredTaskAssignment,
  StoredTimeEntry,
  StoredUser,
  StoredUserAssignment,
} from './state.js';
import { ianaZone, localDate, toHours } from './time.js';

export type DatasetName = 'demo' | 'empty';

/** Integer ids in Harvest's range (docs examples: 1782959, 14307913); fixed so runs agree. */
const ID_SEED = 4_100_001;
/** When the demo records were "created": before the first entry. */
const CREATED = Date.UTC(2026, 9, 1, 8, 0, 0);

export interface BuildOptions {
  dataset: DatasetName;
  accountId: string;
  wantsTimestampTimers: boolean;
  now: () => number;
}

export function buildState(options: BuildOptions): HarvestState {
  let counter = ID_SEED;
  const nextId = () => counter++;
  const stamp = { createdAt: CREATED, updatedAt: CREATED };

  const user = (
    firstName: string,
    lastName: string,
    email: string,
    accessRole: StoredUser['accessRole'],
    rate: number,
    timezone: string,
  ): StoredUser => ({
    id: nextId(),
    firstName,
    lastName,
    email,
    timezone,
    isActive: true,
    isContractor: false,
    accessRole,
    defaultHourlyRate: rate,
    costRate: Math.round(rate * 0.6),
    weeklyCapacity: 126000,
    ...stamp,
  });

  // Ada owns the default token and is an administrator, like the key owner elsewhere.
  const ada = user('Ada', 'Lovelace', 'ada@example.com', 'administrator', 100, 'London');
  const state: HarvestState = {
    accountId: options.accountId,
    company: { name: options.dataset === 'demo' ? 'Timegate Demo' : "Ada Lovelace's account", wantsTimestampTimers: options.wantsTimestampTimers },
    users: [ada],
    clients: [],
    projects: [],
    tasks: [],
    taskAssignments: [],
    userAssignments: [],
    timeEntries: [],
    nextId,
    now: options.now,
  };
  if (options.dataset === 'empty') return state;

  const linus = user('Linus', 'Torvalds', 'linus@example.com', 'member', 90, 'Helsinki');
  const grace = user('Grace', 'Hopper', 'grace@example.com', 'manager', 110, 'Eastern Time (US & Canada)');
  state.users.push(linus, grace);

  const client = (name: string, address: string): StoredClient => ({ id: nextId(), name, isActive: true, address, currency: 'USD', ...stamp });
  const acme = client('Acme Corp', '1 Market Street, Springfield');
  const globex = client('Globex', '99 Cypress Creek Road, Cypress Creek');
  const house = client('Timegate (internal)', '');
  state.clients.push(acme, globex, house);

  const project = (p: Pick<StoredProject, 'name' | 'clientId'> & Partial<StoredProject>): StoredProject => ({
    id: nextId(),
    code: null,
    isActive: true,
    isBillable: false,
    billBy: 'none',
    budgetBy: 'none',
    hourlyRate: null,
    budget: null,
    notes: null,
    ...stamp,
    ...p,
  });
  const apollo = project({
    name: 'Apollo Website',
    code: 'APL',
    clientId: acme.id,
    isBillable: true,
    billBy: 'Project',
    hourlyRate: 120,
    budgetBy: 'project',
    budget: 200,
    notes: 'Marketing site relaunch for Acme.',
  });
  const tooling = project({ name: 'Internal Tooling', code: 'INT', clientId: house.id });
  const legacy = project({ name: 'Legacy Migration', code: 'LEG', clientId: globex.id, isActive: false });
  state.projects.push(apollo, tooling, legacy);

  const task = (name: string, billableByDefault: boolean): StoredTask => ({
    id: nextId(),
    name,
    billableByDefault,
    defaultHourlyRate: null,
    isDefault: false,
    isActive: true,
    ...stamp,
  });
  const design = task('Design', true);
  const frontend = task('Frontend', true);
  const backend = task('Backend', true);
  const ci = task('CI pipeline', false);
  const review = task('Code review', false);
  const dataExport = task('Data export', false);
  const triage = task('Support triage', false);
  state.tasks.push(design, frontend, backend, ci, review, dataExport, triage);

  const assignTask = (p: StoredProject, t: StoredTask): StoredTaskAssignment => {
    const a: StoredTaskAssignment = { id: nextId(), projectId: p.id, taskId: t.id, isActive: true, billable: p.isBillable && t.billableByDefault, hourlyRate: p.hourlyRate, budget: null, ...stamp };
    state.taskAssignments.push(a);
    return a;
  };
  for (const t of [design, frontend, backend]) assignTask(apollo, t);
  for (const t of [ci, review, triage]) assignTask(tooling, t);
  assignTask(legacy, dataExport);

  const assignUser = (p: StoredProject, u: StoredUser, isProjectManager = false): StoredUserAssignment => {
    const a: StoredUserAssignment = { id: nextId(), projectId: p.id, userId: u.id, isActive: true, isProjectManager, useDefaultRates: true, hourlyRate: null, budget: null, ...stamp };
    state.userAssignments.push(a);
    return a;
  };
  assignUser(apollo, ada, true);
  assignUser(apollo, grace);
  assignUser(tooling, ada, true);
  assignUser(tooling, linus);
  assignUser(tooling, grace);
  assignUser(legacy, linus, true);

  // Weekdays 2026-11-02 (Mon) … 2026-11-20 (Fri): 15 days × 4 entries = 60 entries, at the
  // same instants as the Clockify demo.
  const days: number[] = [];
  for (let t = Date.UTC(2026, 10, 2); t <= Date.UTC(2026, 10, 20); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(t);
  }
  const at = (day: number, hour: number, minute: number) => day + (hour * 60 + minute) * 60_000;
  const entry = (u: StoredUser, p: StoredProject, t: StoredTask, notes: string, start: number, end: number | null): void => {
    const e: StoredTimeEntry = {
      id: nextId(),
      userId: u.id,
      projectId: p.id,
      taskId: t.id,
      // spent_date is the user's local calendar day of the start (a date, not an instant).
      spentDate: localDate(start, ianaZone(u.timezone)),
      notes,
      hoursWithoutTimer: end === null ? 0 : toHours(end - start),
      timerStartedAt: end === null ? start : null,
      startedAt: options.wantsTimestampTimers ? start : null,
      endedAt: options.wantsTimestampTimers ? end : null,
      isLocked: false,
      isBilled: false,
      isClosed: false,
      createdAt: start,
      updatedAt: end ?? start,
    };
    state.timeEntries.push(e);
  };

  days.forEach((day, i) => {
    const last = i === days.length - 1;
    const adaStart = 9 * 60 + (i % 3) * 15;
    entry(ada, apollo, i % 2 === 0 ? frontend : backend, i % 2 === 0 ? 'Apollo landing page' : 'Apollo contact form API', at(day, 0, adaStart), at(day, 0, adaStart + 150 - (i % 2) * 30));
    // Ada's afternoon; on the last day this is the one running timer.
    entry(ada, tooling, i % 3 === 0 ? review : ci, i % 3 === 0 ? 'Code review' : 'Team sync', at(day, 13, 30), last ? null : at(day, 14, 30 + (i % 4) * 10));
    if (i === 8) {
      // Crosses midnight UTC (22:30Z → 01:15Z); in Helsinki it is 00:30 → 03:15 of the next
      // day, so its spent_date is one day after its UTC start date.
      entry(linus, tooling, ci, 'Night deploy of the build farm', at(day, 22, 30), at(day + 86_400_000, 1, 15));
    } else {
      const onLegacy = i < 5;
      entry(linus, onLegacy ? legacy : tooling, onLegacy ? dataExport : ci, onLegacy ? 'Export customer tables' : 'Speed up CI cache', at(day, 10, 0), at(day, 16, -(i % 3) * 45));
    }
    const friday = new Date(day).getUTCDay() === 5;
    if (friday) entry(grace, tooling, triage, 'Email triage', at(day, 14, 0), at(day, 15, 5));
    else entry(grace, apollo, design, 'Apollo visual design', at(day, 9, 30), at(day, 12, (i % 2) * 20));
  });
  return state;
}
