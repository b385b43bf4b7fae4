/**
 * The deterministic demo workspace: the same people, clients, projects, tasks, tags and
 * working days as the other vendors' simulators (see src/sandbox/clockify/dataset.ts), so
 * cross-vendor reports line up by email and by day. No `Date.now()` or randomness: ids and
 * instants are the same on every start. Ada Lovelace owns the API token.
 *
 * Ids are integers, as every Toggl v9 id is (developers.track.toggl.com/docs/api/time_entries:
 * `id integer`, `workspace_id integer`, `project_id integer`...).
 */
import type {
  StoredClient,
  StoredProject,
  StoredTag,
  StoredTask,
  StoredTimeEntry,
  StoredUser,
  StoredWorkspace,
  TogglState,
} from './state.js';
import { DAY_MS } from './time.js';

export type DatasetName = 'demo' | 'empty';

/** Ids start high and distinct from any other simulator's, like real 7-10 digit Toggl ids. */
const FIRST_ID = 4_100_001;
/** Fixed creation instant for seeded objects' `at`. */
const SEEDED_AT = Date.UTC(2026, 9, 1, 8, 0, 0);

export interface DatasetOptions {
  dataset: DatasetName;
  workspaceId?: number;
  now?: () => number;
}

export function buildState(options: DatasetOptions): TogglState {
  let counter = FIRST_ID;
  const nextId = () => counter++;
  const workspace: StoredWorkspace = {
    id: options.workspaceId ?? nextId(),
    name: options.dataset === 'demo' ? 'Timegate Demo' : "Ada Lovelace's workspace",
    organizationId: nextId(),
    defaultCurrency: 'USD',
  };
  const foreignWorkspace: StoredWorkspace = { id: nextId(), name: 'Someone Else Ltd', organizationId: nextId(), defaultCurrency: 'EUR' };

  const user = (email: string, fullname: string, timezone: string, admin: boolean): StoredUser => ({
    id: nextId(),
    email,
    fullname,
    timezone,
    workspaceIds: [workspace.id],
    adminOf: admin ? [workspace.id] : [],
  });
  const ada = user('ada@example.com', 'Ada Lovelace', 'Europe/London', true);
  const state: TogglState = {
    workspace,
    foreignWorkspace,
    ownerId: ada.id,
    users: [ada],
    clients: [],
    projects: [],
    tasks: [],
    tags: [],
    timeEntries: [],
    nextId,
    now: options.now ?? (() => Date.now()),
  };

  // One object in the foreign workspace, so "another workspace's id" is a real id (scoping tests).
  const stranger: StoredUser = { ...user('mallory@example.org', 'Mallory Stranger', 'UTC', true), workspaceIds: [foreignWorkspace.id], adminOf: [foreignWorkspace.id] };
  state.users.push(stranger);
  const foreignProject: StoredProject = {
    id: nextId(),
    workspaceId: foreignWorkspace.id,
    clientId: null,
    name: 'Secret Project',
    color: '#000000',
    active: true,
    isPrivate: true,
    billable: false,
    template: false,
    estimatedHours: null,
    rate: null,
    currency: null,
    createdAt: SEEDED_AT,
    at: SEEDED_AT,
  };
  state.projects.push(foreignProject);
  state.timeEntries.push({
    id: nextId(),
    workspaceId: foreignWorkspace.id,
    userId: stranger.id,
    projectId: foreignProject.id,
    taskId: null,
    tagIds: [],
    description: 'Not yours',
    billable: false,
    start: Date.UTC(2026, 10, 3, 9, 0),
    stop: Date.UTC(2026, 10, 3, 10, 0),
    createdWith: 'seed',
    at: SEEDED_AT,
  });
  if (options.dataset === 'empty') return state;

  const linus = user('linus@example.com', 'Linus Torvalds', 'Europe/Helsinki', false);
  const grace = user('grace@example.com', 'Grace Hopper', 'America/New_York', true);
  state.users.push(linus, grace);

  const client = (name: string, notes: string): StoredClient => ({ id: nextId(), workspaceId: workspace.id, name, archived: false, notes, at: SEEDED_AT });
  const acme = client('Acme Corp', 'billing@acme.example');
  const globex = client('Globex', 'accounts@globex.example');
  state.clients.push(acme, globex);

  const project = (p: Partial<StoredProject> & Pick<StoredProject, 'name' | 'color'>): StoredProject => ({
    id: nextId(),
    workspaceId: workspace.id,
    clientId: null,
    active: true,
    isPrivate: false,
    billable: false,
    template: false,
    estimatedHours: null,
    rate: null,
    currency: null,
    createdAt: SEEDED_AT,
    at: SEEDED_AT,
    ...p,
  });
  const apollo = project({ name: 'Apollo Website', color: '#1E88E5', clientId: acme.id, billable: true, rate: 120, currency: 'USD', estimatedHours: 200 });
  const tooling = project({ name: 'Internal Tooling', color: '#43A047' });
  // Toggl has no "archived" flag on projects: an archived project is `active: false`.
  const legacy = project({ name: 'Legacy Migration', color: '#8E24AA', clientId: globex.id, active: false, isPrivate: true });
  state.projects.push(apollo, tooling, legacy);

  const task = (projectId: number, name: string, userId: number | null, extra: Partial<StoredTask> = {}): StoredTask => ({
    id: nextId(),
    workspaceId: workspace.id,
    projectId,
    name,
    userId,
    active: true,
    estimatedSeconds: 0,
    at: SEEDED_AT,
    ...extra,
  });
  const design = task(apollo.id, 'Design', grace.id, { estimatedSeconds: 40 * 3600 });
  const frontend = task(apollo.id, 'Frontend', ada.id, { estimatedSeconds: 60 * 3600 });
  const backend = task(apollo.id, 'Backend', ada.id);
  const ci = task(tooling.id, 'CI pipeline', linus.id);
  const review = task(tooling.id, 'Code review', null);
  // A finished task is `active: false` in Toggl (no separate "done" status).
  const dataExport = task(legacy.id, 'Data export', linus.id, { active: false });
  state.tasks.push(design, frontend, backend, ci, review, dataExport);

  const tag = (name: string): StoredTag => ({ id: nextId(), workspaceId: workspace.id, name, at: SEEDED_AT });
  const deepWork = tag('deep-work');
  const meeting = tag('meeting');
  const support = tag('support');
  state.tags.push(deepWork, meeting, support);

  // Weekdays 2026-11-02 (Mon) … 2026-11-20 (Fri): the same 60 entries as the other simulators.
  const days: number[] = [];
  for (let t = Date.UTC(2026, 10, 2); t <= Date.UTC(2026, 10, 20); t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(t);
  }
  const at = (day: number, hour: number, minute: number) => day + (hour * 60 + minute) * 60_000;
  const entry = (e: Omit<StoredTimeEntry, 'id' | 'workspaceId' | 'createdWith' | 'at'>): StoredTimeEntry => ({
    id: nextId(),
    workspaceId: workspace.id,
    createdWith: 'timegate-demo',
    at: e.stop ?? e.start,
    ...e,
  });

  days.forEach((day, i) => {
    const last = i === days.length - 1;
    const adaStart = 9 * 60 + (i % 3) * 15;
    state.timeEntries.push(
      entry({
        userId: ada.id,
        projectId: apollo.id,
        taskId: i % 2 === 0 ? frontend.id : backend.id,
        tagIds: [deepWork.id],
        description: i % 2 === 0 ? 'Apollo landing page' : 'Apollo contact form API',
        billable: true,
        start: at(day, 0, adaStart),
        stop: at(day, 0, adaStart + 150 - (i % 2) * 30),
      }),
    );
    // Ada's afternoon internal work; on the last day this is the one running timer.
    state.timeEntries.push(
      entry({
        userId: ada.id,
        projectId: tooling.id,
        taskId: i % 3 === 0 ? review.id : null,
        tagIds: [meeting.id],
        description: i % 3 === 0 ? 'Code review' : 'Team sync',
        billable: false,
        start: at(day, 13, 30),
        stop: last ? null : at(day, 14, 30 + (i % 4) * 10),
      }),
    );
    if (i === 8) {
      // Crosses midnight UTC: 22:30 → 01:15 the next day.
      state.timeEntries.push(
        entry({
          userId: linus.id,
          projectId: tooling.id,
          taskId: ci.id,
          tagIds: [support.id],
          description: 'Night deploy of the build farm',
          billable: false,
          start: at(day, 22, 30),
          stop: at(day + DAY_MS, 1, 15),
        }),
      );
    } else {
      const onLegacy = i < 5;
      state.timeEntries.push(
        entry({
          userId: linus.id,
          projectId: onLegacy ? legacy.id : tooling.id,
          taskId: onLegacy ? dataExport.id : ci.id,
          tagIds: i % 2 === 1 ? [deepWork.id] : [],
          description: onLegacy ? 'Export customer tables' : 'Speed up CI cache',
          billable: false,
          start: at(day, 10, 0),
          stop: at(day, 16, -(i % 3) * 45),
        }),
      );
    }
    const friday = new Date(day).getUTCDay() === 5;
    state.timeEntries.push(
      entry(
        friday
          ? { userId: grace.id, projectId: null, taskId: null, tagIds: [support.id], description: 'Email triage', billable: false, start: at(day, 14, 0), stop: at(day, 15, 5) }
          : { userId: grace.id, projectId: apollo.id, taskId: design.id, tagIds: [], description: 'Apollo visual design', billable: true, start: at(day, 9, 30), stop: at(day, 12, (i % 2) * 20) },
      ),
    );
  });
  return state;
}
