/**
 * Deterministic demo data: one tenant, one organization, three employees (Ada is the login user
 * and is shared with the other vendor simulators), two teams, two clients, three projects, six
 * tasks, three tags, ~60 time logs between 2026-11-02 and 2026-11-20 and nine weekly timesheets.
 * Everything is derived from fixed dates and seeded ids, never from the clock, so fixtures and
 * assertions stay stable. `empty` keeps only what the login needs: tenant, organization, roles,
 * and Ada's user + employee.
 */
import { uuidFrom } from './ids.js';
import {
  EMPLOYEE_DEFAULTS,
  baseColumns,
  ROLES,
  setTags,
  weekBounds,
  type ContactRow,
  type EmployeeRow,
  type GauzyState,
  type ProjectMemberRow,
  type ProjectRow,
  type RoleRow,
  type TagRow,
  type TaskRow,
  type TeamMemberRow,
  type TeamRow,
  type TimeLogRow,
  type TimeLogSource,
  type TimeLogType,
  type TimesheetRow,
  type TimesheetStatus,
  type UserRow,
} from './state.js';
import { recalcTimesheet } from './tracking.js';

export const DEFAULT_TENANT_ID = uuidFrom('tenant');
export const DEFAULT_ORGANIZATION_ID = uuidFrom('organization');

/** Stable ids the tests and fixtures can refer to. */
export const DEMO_IDS = {
  users: { ada: uuidFrom('user:ada'), margaret: uuidFrom('user:margaret'), katherine: uuidFrom('user:katherine') },
  employees: {
    ada: uuidFrom('employee:ada'),
    margaret: uuidFrom('employee:margaret'),
    katherine: uuidFrom('employee:katherine'),
  },
  teams: { engine: uuidFrom('team:engine'), apollo: uuidFrom('team:apollo') },
  contacts: { babbage: uuidFrom('contact:babbage'), nasa: uuidFrom('contact:nasa') },
  projects: { engine: uuidFrom('project:engine'), apollo: uuidFrom('project:apollo'), research: uuidFrom('project:research') },
  tasks: {
    mill: uuidFrom('task:mill'),
    cards: uuidFrom('task:cards'),
    radar: uuidFrom('task:radar'),
    trajectory: uuidFrom('task:trajectory'),
    survey: uuidFrom('task:survey'),
    noteG: uuidFrom('task:note-g'),
  },
  tags: { urgent: uuidFrom('tag:urgent'), review: uuidFrom('tag:billable-review'), research: uuidFrom('tag:research') },
} as const;

export interface DatasetOptions {
  dataset: 'demo' | 'empty';
  tenantId: string;
  organizationId: string;
  /** Email of the login user (Ada); the demo default is ada@example.com. */
  email: string;
}

const SEEDED_AT = '2026-10-01T08:00:00.000Z';

export function buildDataset(opts: DatasetOptions): { state: GauzyState; loginUserId: string } {
  const { tenantId, organizationId } = opts;
  const org = { tenantId, organizationId };
  const base = (seed: string) => baseColumns(uuidFrom(seed), SEEDED_AT);

  const roles = new Map<string, RoleRow>();
  for (const name of ROLES) {
    const role: RoleRow = { ...base(`role:${name}`), tenantId, name, isSystem: true };
    roles.set(role.id, role);
  }
  const roleId = (name: RoleRow['name']) => uuidFrom(`role:${name}`);

  const state: GauzyState = {
    tenant: { ...baseColumns(tenantId, SEEDED_AT), name: 'Timegate Demo Tenant', logo: null, imageUrl: null },
    organization: {
      ...baseColumns(organizationId, SEEDED_AT),
      tenantId,
      name: 'Analytical Engines Ltd',
      isDefault: true,
      profile_link: 'analytical-engines-ltd',
      currency: 'USD',
      timeZone: 'UTC',
      brandColor: '#1B005D',
      imageUrl: null,
      startWeekOn: 'MONDAY',
      timeFormat: 24,
      // Gauzy's default: manual time may not end in the future.
      futureDateAllowed: false,
      allowManualTime: true,
      allowModifyTime: true,
      allowDeleteTime: true,
      allowTrackInactivity: true,
      allowScreenshotCapture: true,
    },
    extraOrganizations: [],
    roles,
    users: new Map(),
    employees: new Map(),
    teams: new Map(),
    teamMembers: [],
    contacts: new Map(),
    contactMembers: [],
    projects: new Map(),
    projectMembers: [],
    tasks: new Map(),
    taskMembers: [],
    taskTeams: [],
    tags: new Map(),
    tagLinks: [],
    timeLogs: new Map(),
    timesheets: new Map(),
  };

  const person = (key: 'ada' | 'margaret' | 'katherine', first: string, last: string, email: string, role: RoleRow['name'], rate: number) => {
    const user: UserRow = {
      ...baseColumns(DEMO_IDS.users[key], SEEDED_AT),
      tenantId,
      thirdPartyId: null,
      firstName: first,
      lastName: last,
      email,
      phoneNumber: null,
      username: null,
      timeZone: 'Etc/UTC',
      timeFormat: 24,
      imageUrl: null,
      preferredLanguage: 'en',
      preferredComponentLayout: 'TABLE',
      lastLoginAt: null,
      emailVerifiedAt: SEEDED_AT,
      roleId: roleId(role),
    };
    const employee: EmployeeRow = {
      ...baseColumns(DEMO_IDS.employees[key], SEEDED_AT),
      ...org,
      userId: user.id,
      ...EMPLOYEE_DEFAULTS,
      startedWorkOn: '2026-01-05T00:00:00.000Z',
      payPeriod: 'WEEKLY',
      billRateValue: rate,
      billRateCurrency: 'USD',
      reWeeklyLimit: 40,
      profile_link: `${first}-${last}`.toLowerCase(),
    };
    state.users.set(user.id, user);
    state.employees.set(employee.id, employee);
  };

  // The login user; SUPER_ADMIN holds every permission (CHANGE_SELECTED_EMPLOYEE, CAN_APPROVE_TIMESHEET…).
  person('ada', 'Ada', 'Lovelace', opts.email, 'SUPER_ADMIN', 120);
  if (opts.dataset === 'empty') return { state, loginUserId: DEMO_IDS.users.ada };

  person('margaret', 'Margaret', 'Hamilton', 'margaret@example.com', 'EMPLOYEE', 110);
  person('katherine', 'Katherine', 'Johnson', 'katherine@example.com', 'EMPLOYEE', 100);
  const E = DEMO_IDS.employees;

  const tag = (key: keyof typeof DEMO_IDS.tags, name: string, color: string, description: string) => {
    const row: TagRow = {
      ...baseColumns(DEMO_IDS.tags[key], SEEDED_AT),
      ...org,
      name,
      description,
      color,
      textColor: '#ffffff',
      icon: null,
      isSystem: false,
      tagTypeId: null,
      organizationTeamId: null,
    };
    state.tags.set(row.id, row);
  };
  tag('urgent', 'urgent', '#e74c3c', 'Needs attention this week');
  tag('review', 'billable-review', '#f1c40f', 'Check before invoicing');
  tag('research', 'research', '#2ecc71', 'Internal research time');

  const team = (key: keyof typeof DEMO_IDS.teams, name: string, color: string, members: [string, boolean][]) => {
    const row: TeamRow = {
      ...baseColumns(DEMO_IDS.teams[key], SEEDED_AT),
      ...org,
      name,
      color,
      emoji: null,
      teamSize: null,
      logo: null,
      prefix: name.slice(0, 3).toUpperCase(),
      public: false,
      profile_link: null,
      shareProfileView: true,
      requirePlanToTrack: false,
      imageId: null,
    };
    state.teams.set(row.id, row);
    members.forEach(([employeeId, manager], order) => {
      const member: TeamMemberRow = {
        ...base(`team-member:${key}:${employeeId}`),
        ...org,
        organizationTeamId: row.id,
        employeeId,
        roleId: manager ? roleId('MANAGER') : null,
        isTrackingEnabled: true,
        activeTaskId: null,
        order,
      };
      state.teamMembers.push(member);
    });
  };
  team('engine', 'Analytical Engine', '#3366ff', [
    [E.ada, true],
    [E.katherine, false],
  ]);
  team('apollo', 'Apollo Guidance', '#ff9933', [
    [E.margaret, true],
    [E.katherine, false],
  ]);

  const contact = (key: keyof typeof DEMO_IDS.contacts, name: string, email: string, members: string[]) => {
    const row: ContactRow = {
      ...baseColumns(DEMO_IDS.contacts[key], SEEDED_AT),
      ...org,
      name,
      primaryEmail: email,
      primaryPhone: null,
      inviteStatus: null,
      notes: null,
      contactType: 'CLIENT',
      imageUrl: null,
      budget: null,
      budgetType: 'hours',
      contactId: null,
      imageId: null,
    };
    state.contacts.set(row.id, row);
    for (const employeeId of members) state.contactMembers.push({ ownerId: row.id, employeeId });
  };
  contact('babbage', 'Babbage & Co', 'charles@babbage.example', [E.ada]);
  contact('nasa', 'NASA Langley', 'procurement@langley.example', [E.margaret, E.katherine]);

  const project = (
    key: keyof typeof DEMO_IDS.projects,
    fields: Pick<ProjectRow, 'name' | 'description' | 'color' | 'billable' | 'owner' | 'status' | 'budget' | 'organizationContactId'>,
    members: [string, boolean][],
  ) => {
    const row: ProjectRow = {
      ...baseColumns(DEMO_IDS.projects[key], SEEDED_AT),
      ...org,
      code: null,
      startDate: '2026-10-01T00:00:00.000Z',
      endDate: null,
      billing: 'RATE',
      currency: 'USD',
      public: false,
      taskListType: 'GRID',
      billingFlat: false,
      openSource: false,
      projectUrl: null,
      openSourceProjectUrl: null,
      budgetType: 'hours',
      imageUrl: null,
      icon: null,
      archiveTasksIn: null,
      closeTasksIn: null,
      imageId: null,
      defaultAssigneeId: null,
      ...fields,
    };
    state.projects.set(row.id, row);
    for (const [employeeId, isManager] of members) {
      const m: ProjectMemberRow = {
        ...base(`project-member:${key}:${employeeId}`),
        ...org,
        organizationProjectId: row.id,
        employeeId,
        isManager,
        assignedAt: SEEDED_AT,
        roleId: null,
      };
      state.projectMembers.push(m);
    }
  };
  const P = DEMO_IDS.projects;
  project(
    'engine',
    { name: 'Difference Engine', description: 'Mechanical calculator for polynomial tables', color: '#3366ff', billable: true, owner: 'CLIENT', status: 'in-progress', budget: 400, organizationContactId: DEMO_IDS.contacts.babbage },
    [[E.ada, true]],
  );
  project(
    'apollo',
    { name: 'Apollo 11 Software', description: 'Guidance computer software', color: '#ff9933', billable: true, owner: 'CLIENT', status: 'in-progress', budget: 800, organizationContactId: DEMO_IDS.contacts.nasa },
    [
      [E.margaret, true],
      [E.katherine, false],
    ],
  );
  project(
    'research',
    { name: 'Internal Research', description: null, color: '#2ecc71', billable: false, owner: 'INTERNAL', status: 'open', budget: null, organizationContactId: null },
    [
      [E.ada, false],
      [E.katherine, false],
    ],
  );
  setTags(state, 'project', P.research, [DEMO_IDS.tags.research]);

  const T = DEMO_IDS.tasks;
  const task = (
    key: keyof typeof DEMO_IDS.tasks,
    projectKey: keyof typeof P,
    number: number,
    fields: Pick<TaskRow, 'title' | 'status' | 'priority' | 'size' | 'issueType' | 'estimate' | 'dueDate'>,
    members: string[],
  ) => {
    const projectRow = state.projects.get(P[projectKey]);
    const row: TaskRow = {
      ...baseColumns(T[key], SEEDED_AT),
      ...org,
      number,
      prefix: projectRow ? projectRow.name.substring(0, 3) : null,
      description: null,
      public: true,
      startDate: null,
      resolvedAt: null,
      version: null,
      isDraft: false,
      isScreeningTask: false,
      parentId: null,
      projectId: P[projectKey],
      creatorId: DEMO_IDS.users.ada,
      organizationSprintId: null,
      taskStatusId: null,
      taskSizeId: null,
      taskPriorityId: null,
      taskTypeId: null,
      ...fields,
    };
    state.tasks.set(row.id, row);
    for (const employeeId of members) state.taskMembers.push({ ownerId: row.id, employeeId });
  };
  // estimate is in seconds (see gauzy.md §3.4).
  task('mill', 'engine', 1, { title: 'Design the mill', status: 'done', priority: 'high', size: 'large', issueType: 'story', estimate: 28_800, dueDate: '2026-11-06T00:00:00.000Z' }, [E.ada]);
  task('cards', 'engine', 2, { title: 'Punch card reader', status: 'in-progress', priority: 'medium', size: 'medium', issueType: 'task', estimate: 14_400, dueDate: null }, [E.ada]);
  task('radar', 'apollo', 1, { title: 'Rendezvous radar overload fix', status: 'in-review', priority: 'urgent', size: 'large', issueType: 'bug', estimate: 21_600, dueDate: '2026-11-13T00:00:00.000Z' }, [E.margaret]);
  task('trajectory', 'apollo', 2, { title: 'Trajectory calculations', status: 'open', priority: 'high', size: 'x-large', issueType: 'task', estimate: 36_000, dueDate: null }, [E.margaret, E.katherine]);
  task('survey', 'research', 1, { title: 'Literature survey', status: 'backlog', priority: 'low', size: 'small', issueType: 'task', estimate: 7_200, dueDate: null }, [E.ada]);
  task('noteG', 'research', 2, { title: 'Write Note G', status: 'ready-for-review', priority: 'medium', size: 'tiny', issueType: 'memo', estimate: 3_600, dueDate: null }, [E.ada, E.katherine]);
  setTags(state, 'task', T.radar, [DEMO_IDS.tags.urgent]);
  state.taskTeams.push({ taskId: T.trajectory, organizationTeamId: DEMO_IDS.teams.apollo });

  buildTimesheets(state, org);
  buildTimeLogs(state, org);
  for (const ts of state.timesheets.values()) recalcTimesheet(state, ts.id);
  return { state, loginUserId: DEMO_IDS.users.ada };
}

/** Weekly sheets (weeks start Sunday): week 1 approved, week 2 mixed review states, week 3 draft. */
function buildTimesheets(state: GauzyState, org: { tenantId: string; organizationId: string }): void {
  const E = DEMO_IDS.employees;
  const weeks = ['2026-11-01', '2026-11-08', '2026-11-15'];
  const plan: Record<string, TimesheetStatus[]> = {
    [E.ada]: ['APPROVED', 'PENDING', 'DRAFT'],
    [E.margaret]: ['APPROVED', 'IN REVIEW', 'DRAFT'],
    [E.katherine]: ['APPROVED', 'DENIED', 'DRAFT'],
  };
  for (const [employeeId, statuses] of Object.entries(plan)) {
    weeks.forEach((week, i) => {
      const status = statuses[i] ?? 'DRAFT';
      const { start, end } = weekBounds(Date.parse(`${week}T12:00:00.000Z`));
      const submitted = status !== 'DRAFT';
      const closedAt = new Date(Date.parse(end) + 1).toISOString();
      const row: TimesheetRow = {
        ...baseColumns(uuidFrom(`timesheet:${employeeId}:${week}`), start),
        ...org,
        duration: 0,
        keyboard: 0,
        mouse: 0,
        overall: 0,
        startedAt: start,
        stoppedAt: end,
        approvedAt: status === 'APPROVED' ? closedAt : null,
        submittedAt: submitted ? closedAt : null,
        lockedAt: null,
        editedAt: null,
        isBilled: status === 'APPROVED',
        status,
        reason: status === 'DENIED' ? 'Please split the night shift into its own entry' : null,
        employeeId,
        approvedById: status === 'APPROVED' ? DEMO_IDS.users.ada : null,
      };
      state.timesheets.set(row.id, row);
    });
  }
}

interface LogSpec {
  employee: 'ada' | 'margaret' | 'katherine';
  start: string;
  end: string;
  project: keyof typeof DEMO_IDS.projects;
  task: keyof typeof DEMO_IDS.tasks;
  logType?: TimeLogType;
  source?: TimeLogSource;
  description: string;
  reason?: string;
  tags?: (keyof typeof DEMO_IDS.tags)[];
  isRunning?: boolean;
  deleted?: boolean;
}

/** The three weeks of weekdays 2026-11-02 … 2026-11-20. */
function weekdays(): string[] {
  const out: string[] = [];
  for (let t = Date.parse('2026-11-02T00:00:00Z'); t <= Date.parse('2026-11-20T00:00:00Z'); t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function logSpecs(): LogSpec[] {
  const specs: LogSpec[] = [];
  weekdays().forEach((date, i) => {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    specs.push({
      employee: 'ada',
      start: `${date}T09:00:00.000Z`,
      end: `${date}T12:00:00.000Z`,
      project: 'engine',
      task: i % 2 === 0 ? 'mill' : 'cards',
      source: 'DESKTOP',
      description: i % 2 === 0 ? 'Mill gearing drawings' : 'Card reader prototype',
      tags: i % 5 === 4 ? ['review'] : undefined,
    });
    if (dow === 1 || dow === 3 || dow === 5) {
      const running = date === '2026-11-20';
      specs.push({
        employee: 'ada',
        start: `${date}T13:00:00.000Z`,
        // The running timer's stoppedAt is its last periodic save, 40 minutes in.
        end: running ? `${date}T13:40:00.000Z` : `${date}T15:30:00.000Z`,
        project: 'research',
        task: dow === 5 ? 'noteG' : 'survey',
        source: running ? 'DESKTOP' : 'BROWSER',
        description: dow === 5 ? 'Note G: Bernoulli numbers' : 'Reading Menabrea',
        tags: ['research'],
        isRunning: running,
      });
    }
    specs.push({
      employee: 'margaret',
      start: `${date}T08:30:00.000Z`,
      end: `${date}T12:30:00.000Z`,
      project: 'apollo',
      task: i % 3 === 0 ? 'radar' : 'trajectory',
      source: 'DESKTOP',
      description: i % 3 === 0 ? 'Executive overload handling' : 'Trajectory tables',
      tags: i % 3 === 0 ? ['urgent'] : undefined,
    });
    if (dow === 2 || dow === 4) {
      specs.push({
        employee: 'margaret',
        start: `${date}T14:00:00.000Z`,
        end: `${date}T16:00:00.000Z`,
        project: 'apollo',
        task: 'trajectory',
        logType: 'MANUAL',
        source: 'BROWSER',
        description: 'Code review (entered by hand)',
        reason: 'Forgot to start the timer',
        tags: ['review'],
      });
    }
    specs.push({
      employee: 'katherine',
      start: `${date}T10:00:00.000Z`,
      end: `${date}T14:15:00.000Z`,
      project: 'apollo',
      task: 'trajectory',
      source: i % 4 === 3 ? 'BROWSER' : 'DESKTOP',
      description: 'Orbital mechanics by hand',
    });
  });
  specs.push({
    employee: 'katherine',
    start: '2026-11-05T14:15:00.000Z',
    end: '2026-11-05T14:30:00.000Z',
    project: 'apollo',
    task: 'trajectory',
    logType: 'IDLE',
    source: 'DESKTOP',
    description: 'Idle time',
  });
  // Crosses midnight UTC.
  specs.push({
    employee: 'katherine',
    start: '2026-11-12T22:30:00.000Z',
    end: '2026-11-13T01:15:00.000Z',
    project: 'apollo',
    task: 'radar',
    source: 'DESKTOP',
    description: 'Night shift: radar telemetry check',
    tags: ['urgent'],
  });
  // Soft-deleted entries exist in real databases and must never be listed.
  specs.push({
    employee: 'margaret',
    start: '2026-11-06T17:00:00.000Z',
    end: '2026-11-06T17:30:00.000Z',
    project: 'apollo',
    task: 'radar',
    logType: 'MANUAL',
    source: 'BROWSER',
    description: 'Duplicate entry',
    deleted: true,
  });
  return specs;
}

function buildTimeLogs(state: GauzyState, org: { tenantId: string; organizationId: string }): void {
  const teamOf = { ada: DEMO_IDS.teams.engine, margaret: DEMO_IDS.teams.apollo, katherine: DEMO_IDS.teams.apollo };
  for (const spec of logSpecs()) {
    const employeeId = DEMO_IDS.employees[spec.employee];
    const projectId = DEMO_IDS.projects[spec.project];
    const projectRow = state.projects.get(projectId);
    const id = uuidFrom(`timelog:${spec.employee}:${spec.start}`);
    const logType = spec.logType ?? 'TRACKED';
    const source = spec.source ?? 'DESKTOP';
    const log: TimeLogRow = {
      ...baseColumns(id, spec.isRunning ? spec.start : spec.end, DEMO_IDS.users[spec.employee]),
      ...org,
      startedAt: spec.start,
      stoppedAt: spec.end,
      editedAt: null,
      logType,
      source,
      description: spec.description,
      reason: spec.reason ?? null,
      isBillable: projectRow?.billable ?? false,
      isRunning: spec.isRunning ?? false,
      version: source === 'DESKTOP' ? '1.0.1' : null,
      employeeId,
      timesheetId: uuidFrom(`timesheet:${employeeId}:${weekBounds(Date.parse(spec.start)).start.slice(0, 10)}`),
      projectId,
      taskId: DEMO_IDS.tasks[spec.task],
      organizationContactId: projectRow?.organizationContactId ?? null,
      organizationTeamId: teamOf[spec.employee],
    };
    if (spec.deleted) log.deletedAt = spec.end;
    state.timeLogs.set(id, log);
    if (spec.tags) setTags(state, 'timeLog', id, spec.tags.map((k) => DEMO_IDS.tags[k]));
  }
  // The running timer means Ada is currently tracking.
  const ada = state.employees.get(DEMO_IDS.employees.ada);
  if (ada) Object.assign(ada, { isOnline: true, isTrackingTime: true });
}
