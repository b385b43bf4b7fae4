/**
 * Deterministic seed data for the Dyzo simulator. Nothing here reads the clock: every date sits
 * between 2026-11-02 and 2026-11-20, so tests and benchmarks see the same data on every run.
 *
 * `demo`: company 100 with 3 employees (the key owner Ada, shared with the other vendor
 * simulators, plus Edsger and Hedy), 3 projects, 6 tasks (ids 250–255, the ids of the docs'
 * examples) and 40 task logs on the weekdays of 2026-11-02 … 2026-11-20, one of which crosses
 * midnight UTC. `empty`: only the company, the key owner and the key.
 */
import type { DyzoEmployee, DyzoProject, DyzoProjectStatus, DyzoState, DyzoTask, DyzoTaskLog } from './state.js';
import { DAY_MS, formatInstant } from './time.js';

export interface DatasetOptions {
  dataset: 'demo' | 'empty';
  apiKey: string;
  companyId: number;
  employeeId: number;
  rateLimitPerMinute: number;
}

/** The docs' default custom statuses for a project. */
export const DEFAULT_PROJECT_STATUSES: DyzoProjectStatus[] = [
  { id: '1', name: 'To Do', value: 'todo', color: '#94A3B8' },
  { id: '2', name: 'In Progress', value: 'in_progress', color: '#3B82F6' },
  { id: '3', name: 'Completed', value: 'completed', color: '#10B981' },
];

const FIRST_DAY = Date.UTC(2026, 10, 2); // Monday 2026-11-02

function employee(
  id: number,
  companyId: number,
  first: string,
  last: string,
  email: string,
  extra: Partial<DyzoEmployee>,
): DyzoEmployee {
  return {
    _id: id,
    name: `${first} ${last}`,
    first_name: first,
    last_name: last,
    email,
    phone: '',
    designation: '',
    department: '',
    companyId,
    salary: null,
    isAdmin: false,
    team_leader: false,
    isActive: true,
    isDeleted: false,
    profile_picture: null,
    date_of_joining: null,
    date_of_birth: null,
    gender: null,
    country_code: null,
    ...extra,
  };
}

function project(id: number, companyId: number, fields: Partial<DyzoProject> & Pick<DyzoProject, 'name'>): DyzoProject {
  const { name, ...rest } = fields;
  return {
    _id: id,
    name,
    companyId,
    description: '',
    client: null,
    priority: 'medium',
    project_leader: null,
    assignee: [],
    clientAssignee: [],
    budget: null,
    currencyType: null,
    dueDate: null,
    stagingServerURL: null,
    liveServerURL: null,
    allocated_hours: null,
    accessLevels: {},
    status: DEFAULT_PROJECT_STATUSES.map((s) => ({ ...s })),
    isActive: true,
    isCompleted: false,
    dateAdded: '2026-11-02T08:00:00Z',
    ...rest,
  };
}

function task(fields: Partial<DyzoTask> & Pick<DyzoTask, 'taskId' | 'taskName' | 'projectId' | 'userId' | 'assignBy'>): DyzoTask {
  const { taskId, taskName, projectId, userId, assignBy, ...rest } = fields;
  return {
    // Key order as the wire shows it: identity first, then the rest.
    taskId,
    taskName,
    description: '',
    projectId,
    userId,
    assignBy,
    assigned_users: [userId],
    collaborators: [],
    priority: 'medium',
    taskPosition: 'pending',
    dueDate: null,
    allocated_time: null,
    repeat: 'not_repeatable',
    repeat_days: [],
    attachments: [],
    isComplete: false,
    isImported: false,
    dateCreated: '2026-11-02T08:30:00Z',
    ...rest,
  };
}

/** The 15 weekdays from 2026-11-02 to 2026-11-20, as epoch ms at 00:00 UTC. */
function weekdays(): number[] {
  const days: number[] = [];
  for (let i = 0; i < 19; i++) {
    const day = FIRST_DAY + i * DAY_MS;
    const dow = new Date(day).getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(day);
  }
  return days;
}

const MIN = 60_000;

const DESCRIPTIONS: Record<number, string> = {
  250: 'Bytecode loader work',
  251: 'Reviewing loader changes',
  252: 'Writing the user guide',
  253: 'Drawing the mill diagram',
  254: 'Signal experiments',
  255: 'Weekly sync',
};

/**
 * 40 logs: the owner every weekday in the morning (15), the second employee every weekday after
 * lunch (15), the third on 10 of the 15 days in the afternoon, once late in the evening so that
 * the entry ends after midnight UTC.
 */
function taskLogs(owner: number, second: number, third: number): DyzoTaskLog[] {
  const rows: Omit<DyzoTaskLog, 'id'>[] = [];
  const add = (userId: number, taskId: number, start: number, minutes: number, manualAdd: boolean) =>
    rows.push({
      taskId,
      userId,
      startTime: formatInstant(start),
      endTime: formatInstant(start + minutes * MIN),
      description: DESCRIPTIONS[taskId] ?? '',
      manualAdd,
    });
  weekdays().forEach((day, d) => {
    add(owner, [250, 252, 255][d % 3]!, day + (9 * 60 + (d % 3) * 15) * MIN, 90 + (d % 4) * 30, false);
    add(second, [251, 254, 255][d % 3]!, day + 13 * 60 * MIN, 120 + (d % 3) * 20, d % 5 === 4);
    if (d % 3 !== 2) {
      // Day 9 is Friday 2026-11-13: 22:30 → 01:15 on Saturday, the entry that crosses midnight UTC.
      const late = d === 9;
      const start = day + (late ? 22 * 60 + 30 : 14 * 60 + 30) * MIN;
      add(third, [253, 252, 254][d % 3]!, start, late ? 165 : 75 + (d % 2) * 45, d % 4 === 0);
    }
  });
  rows.sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime) || a.userId - b.userId);
  return rows.map((row, i) => ({ id: 5001 + i, ...row }));
}

export function buildDataset(options: DatasetOptions): DyzoState {
  const { companyId, employeeId: owner } = options;
  const second = owner + 1;
  const third = owner + 2;
  const ada = employee(owner, companyId, 'Ada', 'Lovelace', 'ada@example.com', {
    designation: 'Engineering Lead',
    department: 'Engineering',
    isAdmin: true,
    team_leader: true,
    date_of_joining: '2024-01-15',
    country_code: 'GB',
  });
  const state: DyzoState = {
    company: { id: companyId, company_name: 'Analytical Engines Ltd' },
    employees: [ada],
    apiKeys: [
      {
        id: 5,
        name: 'timegate sandbox',
        key: options.apiKey,
        is_active: true,
        rate_limit: options.rateLimitPerMinute,
        expires_at: '2027-11-02T00:00:00Z',
        employeeId: owner,
      },
    ],
    projects: [],
    tasks: [],
    taskLogs: [],
    adminNotifications: [],
    clock: '2026-11-20T18:00:00Z',
    nextIds: { employee: owner + 1, apiKey: 6, project: 201, task: 250, taskLog: 5001 },
  };
  if (options.dataset === 'empty') return state;

  state.employees.push(
    employee(second, companyId, 'Edsger', 'Dijkstra', 'edsger@example.com', {
      designation: 'Software Engineer',
      department: 'Engineering',
      date_of_joining: '2025-03-01',
      country_code: 'NL',
    }),
    employee(third, companyId, 'Hedy', 'Lamarr', 'hedy@example.com', {
      designation: 'Research Engineer',
      department: 'Research',
      date_of_joining: '2025-06-16',
      country_code: 'US',
    }),
  );
  state.projects.push(
    project(201, companyId, {
      name: 'Analytical Engine Firmware',
      description: 'Loader and runtime for the engine',
      priority: 'high',
      project_leader: owner,
      assignee: [owner, second],
      allocated_hours: 60,
      accessLevels: { [owner]: 'admin', [second]: 'editor' },
      dueDate: '2026-12-18T23:59:59Z',
    }),
    project(202, companyId, {
      name: 'Difference Engine Docs',
      description: 'User guide and diagrams',
      project_leader: owner,
      assignee: [owner, third],
      allocated_hours: 40,
      accessLevels: { [owner]: 'admin', [third]: 'editor' },
      // A project with a client link. In the docs' create example (developers.dyzo.ai/projects,
      // "Create Project V2"; vendor-docs/dyzo.md §3) `client: 15` names a person who is also in
      // `assignee` with `accessLevels` "viewer": the link points at a (client) employee, not at a
      // client record the API lets one read. The other two projects have no link (`client: null`).
      client: third,
    }),
    project(203, companyId, {
      name: 'Frequency Hopping Research',
      description: 'Signal experiments',
      priority: 'low',
      project_leader: third,
      assignee: [third, second],
      accessLevels: { [third]: 'admin', [second]: 'viewer' },
      isCompleted: true,
    }),
  );
  state.tasks.push(
    task({ taskId: 250, taskName: 'Implement bytecode loader', projectId: 201, userId: owner, assignBy: owner, priority: 'high', allocated_time: 20, taskPosition: 'in_progress' }),
    task({ taskId: 251, taskName: 'Review loader changes', projectId: 201, userId: second, assignBy: owner, collaborators: [owner] }),
    task({ taskId: 252, taskName: 'Write user guide', projectId: 202, userId: owner, assignBy: owner, assigned_users: [owner, third], dueDate: '2026-11-27T17:00:00Z' }),
    task({ taskId: 253, taskName: 'Diagram the mill', projectId: 202, userId: third, assignBy: owner, priority: 'low' }),
    task({ taskId: 254, taskName: 'Signal experiments', projectId: 203, userId: third, assignBy: third, assigned_users: [third, second], isComplete: true, taskPosition: 'completed' }),
    task({ taskId: 255, taskName: 'Weekly sync', projectId: 201, userId: owner, assignBy: owner, assigned_users: [owner, second, third], dateCreated: '2026-11-03T08:00:00Z' }),
  );
  state.taskLogs.push(...taskLogs(owner, second, third));
  state.nextIds = { employee: third + 1, apiKey: 6, project: 204, task: 256, taskLog: 5001 + state.taskLogs.length };
  return state;
}
