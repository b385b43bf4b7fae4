/**
 * The deterministic demo workspace: same ids, names and instants on every start (no
 * `Date.now()`, no randomness), so tests and demos can rely on them. Ada Lovelace is the key's
 * owner; she also exists in the other vendors' simulators, which lets cross-vendor tests match
 * people by email.
 */
import { objectIdFactory } from '../kit.js';
import type {
  ClockifyState,
  StoredClient,
  StoredProject,
  StoredTag,
  StoredTask,
  StoredTimeEntry,
  StoredUser,
  StoredUserGroup,
} from './state.js';
import { formatInstant } from './time.js';

export type DatasetName = 'demo' | 'empty';

const USD = 'USD';

/** A fixed seed keeps ids stable across runs and distinct from other simulators' counters. */
const ID_SEED = 0xc10c0001;

export function buildState(options: { dataset: DatasetName; workspaceId?: string }): ClockifyState {
  const nextId = objectIdFactory(ID_SEED);
  const workspaceId = options.workspaceId ?? nextId();
  const currencyId = nextId();

  const user = (email: string, name: string, role: StoredUser['role'], rate: number, timeZone: string): StoredUser => ({
    id: nextId(),
    email,
    name,
    status: 'ACTIVE',
    membershipStatus: 'ACTIVE',
    role,
    hourlyRate: { amount: rate, currency: USD },
    costRate: { amount: Math.round(rate * 0.6), currency: USD },
    timeZone,
    profilePicture: 'https://img.clockify.me/no-user-image.png',
  });

  const ada = user('ada@example.com', 'Ada Lovelace', 'OWNER', 10000, 'Europe/London');
  const state: ClockifyState = {
    workspace: {
      id: workspaceId,
      name: options.dataset === 'demo' ? 'Timegate Demo' : "Ada Lovelace's workspace",
      currencyCode: USD,
      currencyId,
      hourlyRate: { amount: 8000, currency: USD },
      costRate: { amount: 5000, currency: USD },
    },
    ownerId: ada.id,
    users: [ada],
    userGroups: [],
    clients: [],
    projects: [],
    tasks: [],
    tags: [],
    timeEntries: [],
    nextId,
  };
  if (options.dataset === 'empty') return state;

  const linus = user('linus@example.com', 'Linus Torvalds', 'MEMBER', 9000, 'Europe/Helsinki');
  const grace = user('grace@example.com', 'Grace Hopper', 'WORKSPACE_ADMIN', 11000, 'America/New_York');
  state.users.push(linus, grace);

  const group = (name: string, userIds: string[]): StoredUserGroup => ({ id: nextId(), name, userIds });
  state.userGroups.push(group('Engineering', [ada.id, linus.id]), group('Design', [grace.id]));

  const client = (name: string, email: string, address: string): StoredClient => ({
    id: nextId(),
    name,
    email,
    address,
    note: '',
    archived: false,
    ccEmails: [],
  });
  const acme = client('Acme Corp', 'billing@acme.example', '1 Market Street, Springfield');
  const globex = client('Globex', 'accounts@globex.example', '99 Cypress Creek Road, Cypress Creek');
  state.clients.push(acme, globex);

  const project = (p: Partial<StoredProject> & Pick<StoredProject, 'name' | 'color'>): StoredProject => ({
    id: nextId(),
    clientId: null,
    note: '',
    billable: false,
    archived: false,
    public: true,
    template: false,
    hourlyRate: null,
    costRate: null,
    estimateSeconds: 0,
    memberships: [],
    userGroupIds: [],
    ...p,
  });
  const member = (userId: string) => ({ userId, hourlyRate: null, costRate: null });
  const apollo = project({
    name: 'Apollo Website',
    color: '#1E88E5',
    clientId: acme.id,
    billable: true,
    hourlyRate: { amount: 12000, currency: USD },
    estimateSeconds: 200 * 3600,
    note: 'Marketing site relaunch for Acme.',
    memberships: [member(ada.id), member(grace.id)],
  });
  const tooling = project({
    name: 'Internal Tooling',
    color: '#43A047',
    memberships: [member(ada.id), member(linus.id)],
  });
  const legacy = project({
    name: 'Legacy Migration',
    color: '#8E24AA',
    clientId: globex.id,
    archived: true,
    public: false,
    memberships: [member(linus.id)],
  });
  state.projects.push(apollo, tooling, legacy);

  const task = (projectId: string, name: string, assigneeIds: string[], extra: Partial<StoredTask> = {}): StoredTask => ({
    id: nextId(),
    projectId,
    name,
    assigneeIds,
    userGroupIds: [],
    billable: projectId === apollo.id,
    status: 'ACTIVE',
    estimateSeconds: 0,
    budgetEstimate: 0,
    hourlyRate: null,
    costRate: null,
    ...extra,
  });
  const design = task(apollo.id, 'Design', [grace.id], { estimateSeconds: 40 * 3600 });
  const frontend = task(apollo.id, 'Frontend', [ada.id], { estimateSeconds: 60 * 3600 });
  const backend = task(apollo.id, 'Backend', [ada.id]);
  const ci = task(tooling.id, 'CI pipeline', [linus.id]);
  const review = task(tooling.id, 'Code review', []);
  const dataExport = task(legacy.id, 'Data export', [linus.id], { status: 'DONE' });
  state.tasks.push(design, frontend, backend, ci, review, dataExport);

  const tag = (name: string): StoredTag => ({ id: nextId(), name, archived: false });
  const deepWork = tag('deep-work');
  const meeting = tag('meeting');
  const support = tag('support');
  state.tags.push(deepWork, meeting, support);

  // Weekdays 2026-11-02 (Mon) … 2026-11-20 (Fri): 15 days × 4 entries = 60 entries.
  const days: number[] = [];
  for (let t = Date.UTC(2026, 10, 2); t <= Date.UTC(2026, 10, 20); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(t);
  }
  const at = (day: number, hour: number, minute: number) => formatInstant(day + (hour * 60 + minute) * 60_000);
  const entry = (e: Omit<StoredTimeEntry, 'id' | 'type' | 'isLocked' | 'invoiced'>): StoredTimeEntry => ({
    id: nextId(),
    type: 'REGULAR',
    isLocked: false,
    invoiced: false,
    ...e,
  });

  days.forEach((day, i) => {
    const last = i === days.length - 1;
    // Ada: billable Apollo work in the morning.
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
        end: at(day, 0, adaStart + 150 - (i % 2) * 30),
      }),
    );
    // Ada: afternoon internal work; on the last day this is the one running timer.
    state.timeEntries.push(
      entry({
        userId: ada.id,
        projectId: tooling.id,
        taskId: i % 3 === 0 ? review.id : null,
        tagIds: [meeting.id],
        description: i % 3 === 0 ? 'Code review' : 'Team sync',
        billable: false,
        start: at(day, 13, 30),
        end: last ? null : at(day, 14, 30 + (i % 4) * 10),
      }),
    );
    // Linus: one long block; the archived project's entries predate its archiving.
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
          end: at(day + 86_400_000, 1, 15),
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
          end: at(day, 16, -(i % 3) * 45),
        }),
      );
    }
    // Grace: design mornings; Fridays are support triage without a project.
    const friday = new Date(day).getUTCDay() === 5;
    state.timeEntries.push(
      entry(
        friday
          ? {
              userId: grace.id,
              projectId: null,
              taskId: null,
              tagIds: [support.id],
              description: 'Email triage',
              billable: false,
              start: at(day, 14, 0),
              end: at(day, 15, 5),
            }
          : {
              userId: grace.id,
              projectId: apollo.id,
              taskId: design.id,
              tagIds: [],
              description: 'Apollo visual design',
              billable: true,
              start: at(day, 9, 30),
              end: at(day, 12, (i % 2) * 20),
            },
      ),
    );
  });
  return state;
}
