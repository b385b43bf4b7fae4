/**
 * Stored records → the exact JSON shapes of the regular API, with the docs' field names
 * (`public` not `isPublic`, `timeInterval.duration` as ISO-8601, `ccEmails` as a string, …).
 * Kept apart from the routes so every endpoint that returns a project returns the same project.
 */
import {
  findById,
  type ClockifyState,
  type Rate,
  type StoredClient,
  type StoredProject,
  type StoredTag,
  type StoredTask,
  type StoredTimeEntry,
  type StoredUser,
  type StoredUserGroup,
} from './state.js';
import { isoDuration, secondsBetween } from './time.js';

export function workspaceView(state: ClockifyState): Record<string, unknown> {
  const ws = state.workspace;
  return {
    id: ws.id,
    name: ws.name,
    hourlyRate: { ...ws.hourlyRate },
    costRate: { ...ws.costRate },
    memberships: state.users.map((user) => workspaceMembership(state, user)),
    workspaceSettings: {
      timeRoundingInReports: false,
      onlyAdminsSeeBillableRates: true,
      onlyAdminsCreateProject: true,
      onlyAdminsSeeDashboard: false,
      defaultBillableProjects: true,
      lockTimeEntries: null,
      round: { round: 'Round to nearest', minutes: '15' },
      projectFavorites: true,
      canSeeTimeSheet: false,
      canSeeTracker: true,
      projectPickerSpecialFilter: false,
      forceProjects: false,
      forceTasks: false,
      forceTags: false,
      forceDescription: false,
      onlyAdminsSeeAllTimeEntries: false,
      onlyAdminsSeePublicProjectsEntries: false,
      trackTimeDownToSecond: true,
      projectGroupingLabel: 'client',
      adminOnlyPages: [],
      automaticLock: null,
      onlyAdminsCreateTag: false,
      onlyAdminsCreateTask: false,
      timeTrackingMode: 'DEFAULT',
      isProjectPublicByDefault: true,
    },
    imageUrl: '',
    featureSubscriptionType: 'PRO_YEAR',
    features: ['ADD_TIME_FOR_OTHERS', 'BULK_EDIT', 'CUSTOM_FIELDS', 'INVOICING', 'TIME_OFF', 'USER_GROUP'],
    currencies: [{ id: ws.currencyId, code: ws.currencyCode, isDefault: true }],
    subdomain: { enabled: false, name: null },
    cakeOrganizationId: null,
  };
}

function workspaceMembership(state: ClockifyState, user: StoredUser): Record<string, unknown> {
  return {
    userId: user.id,
    hourlyRate: user.hourlyRate ? { ...user.hourlyRate } : null,
    costRate: user.costRate ? { ...user.costRate } : null,
    targetId: state.workspace.id,
    membershipType: 'WORKSPACE',
    membershipStatus: user.membershipStatus,
  };
}

/** Every membership of a user: the workspace, the projects it is a member of, its groups. */
function userMemberships(state: ClockifyState, user: StoredUser): Record<string, unknown>[] {
  const list = [workspaceMembership(state, user)];
  for (const project of state.projects) {
    const m = project.memberships.find((pm) => pm.userId === user.id);
    if (m) list.push(projectMembership(project, m.userId, m.hourlyRate, m.costRate));
  }
  for (const group of state.userGroups) {
    if (group.userIds.includes(user.id)) {
      list.push({
        userId: user.id,
        hourlyRate: null,
        costRate: null,
        targetId: group.id,
        membershipType: 'USERGROUP',
        membershipStatus: 'ACTIVE',
      });
    }
  }
  return list;
}

export type MembershipsMode = 'NONE' | 'ALL' | 'WORKSPACE' | 'PROJECT' | 'USERGROUP';

export function userView(state: ClockifyState, user: StoredUser, memberships: MembershipsMode = 'NONE'): Record<string, unknown> {
  const all = memberships === 'NONE' ? [] : userMemberships(state, user);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: memberships === 'ALL' ? all : all.filter((m) => m['membershipType'] === memberships),
    profilePicture: user.profilePicture,
    activeWorkspace: state.workspace.id,
    defaultWorkspace: state.workspace.id,
    settings: {
      weekStart: 'MONDAY',
      timeZone: user.timeZone,
      timeFormat: 'HOUR24',
      dateFormat: 'YYYY-MM-DD',
      sendNewsletter: false,
      weeklyUpdates: false,
      longRunning: false,
      scheduledReports: true,
      approval: false,
      pto: false,
      alerts: true,
      reminders: false,
      timeTrackingManual: false,
      summaryReportSettings: { group: 'PROJECT', subgroup: 'CLIENT' },
      isCompactViewOn: false,
      dashboardSelection: 'ME',
      dashboardViewType: 'PROJECT',
      dashboardPinToTop: false,
      projectListCollapse: 50,
      collapseAllProjectLists: false,
      groupSimilarEntriesDisabled: false,
      myStartOfDay: '09:00',
      lang: 'en',
      multiFactorEnabled: false,
      theme: 'DEFAULT',
      scheduling: false,
      onboarding: false,
      showOnlyWorkingDays: false,
    },
    status: user.status,
    customFields: [],
  };
}

export function userGroupView(state: ClockifyState, group: StoredUserGroup): Record<string, unknown> {
  return { id: group.id, name: group.name, workspaceId: state.workspace.id, userIds: [...group.userIds], teamManagers: [] };
}

export function clientView(state: ClockifyState, client: StoredClient): Record<string, unknown> {
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    address: client.address,
    note: client.note,
    archived: client.archived,
    // Responses show `ccEmails` as a single string although PUT takes an array (see the notes, §2.4).
    ccEmails: client.ccEmails.length > 0 ? client.ccEmails.join(',') : null,
    currencyId: state.workspace.currencyId,
    currencyCode: state.workspace.currencyCode,
    workspaceId: state.workspace.id,
  };
}

export function tagView(state: ClockifyState, tag: StoredTag): Record<string, unknown> {
  return { id: tag.id, name: tag.name, workspaceId: state.workspace.id, archived: tag.archived };
}

function rateOrNull(rate: Rate | null): Rate | null {
  return rate ? { ...rate } : null;
}

/** Tracked seconds of finished entries matching a predicate (running entries have no duration yet). */
function trackedSeconds(state: ClockifyState, match: (entry: StoredTimeEntry) => boolean): number {
  let total = 0;
  for (const entry of state.timeEntries) {
    if (entry.end !== null && match(entry)) total += secondsBetween(entry.start, entry.end);
  }
  return total;
}

function projectMembership(project: StoredProject, userId: string, hourlyRate: Rate | null, costRate: Rate | null) {
  return {
    userId,
    hourlyRate: rateOrNull(hourlyRate),
    costRate: rateOrNull(costRate),
    targetId: project.id,
    membershipType: 'PROJECT',
    membershipStatus: 'ACTIVE',
  };
}

export function projectView(state: ClockifyState, project: StoredProject, hydrated = false): Record<string, unknown> {
  const client = project.clientId ? findById(state.clients, project.clientId) : undefined;
  const view: Record<string, unknown> = {
    id: project.id,
    name: project.name,
    hourlyRate: rateOrNull(project.hourlyRate),
    costRate: rateOrNull(project.costRate),
    clientId: client ? client.id : '',
    clientName: client ? client.name : '',
    workspaceId: state.workspace.id,
    billable: project.billable,
    memberships: project.memberships.map((m) => projectMembership(project, m.userId, m.hourlyRate, m.costRate)),
    color: project.color,
    estimate: { estimate: isoDuration(project.estimateSeconds), type: 'AUTO' },
    archived: project.archived,
    duration: isoDuration(trackedSeconds(state, (e) => e.projectId === project.id)),
    note: project.note,
    template: project.template,
    public: project.public,
    budgetEstimate: null,
    timeEstimate: {
      estimate: isoDuration(project.estimateSeconds),
      type: 'AUTO',
      resetOption: null,
      active: project.estimateSeconds > 0,
      includeNonBillable: true,
    },
    estimateReset: null,
  };
  if (hydrated) {
    // Hydrated projects also embed their tasks and (empty) custom fields.
    view['tasks'] = state.tasks.filter((t) => t.projectId === project.id).map((t) => taskView(state, t));
    view['customFields'] = [];
  }
  return view;
}

export function taskView(state: ClockifyState, task: StoredTask): Record<string, unknown> {
  return {
    id: task.id,
    name: task.name,
    projectId: task.projectId,
    assigneeIds: [...task.assigneeIds],
    // Deprecated single assignee: the first of the list, or null.
    assigneeId: task.assigneeIds[0] ?? null,
    userGroupIds: [...task.userGroupIds],
    estimate: isoDuration(task.estimateSeconds),
    status: task.status,
    budgetEstimate: task.budgetEstimate,
    duration: isoDuration(trackedSeconds(state, (e) => e.taskId === task.id)),
    billable: task.billable,
    hourlyRate: rateOrNull(task.hourlyRate),
    costRate: rateOrNull(task.costRate),
  };
}

/** The rate an entry earns at: task, then project membership, project, user, workspace. */
export function entryRates(state: ClockifyState, entry: StoredTimeEntry): { hourlyRate: Rate; costRate: Rate } {
  const task = entry.taskId ? findById(state.tasks, entry.taskId) : undefined;
  const project = entry.projectId ? findById(state.projects, entry.projectId) : undefined;
  const membership = project?.memberships.find((m) => m.userId === entry.userId);
  const user = findById(state.users, entry.userId);
  const ws = state.workspace;
  const hourlyRate = task?.hourlyRate ?? membership?.hourlyRate ?? project?.hourlyRate ?? user?.hourlyRate ?? ws.hourlyRate;
  const costRate = task?.costRate ?? membership?.costRate ?? project?.costRate ?? user?.costRate ?? ws.costRate;
  return { hourlyRate: { ...hourlyRate }, costRate: { ...costRate } };
}

/** Billable amount in minor units: rate × hours, 0 for non-billable entries. */
export function entryAmount(state: ClockifyState, entry: StoredTimeEntry): number {
  if (!entry.billable || entry.end === null) return 0;
  return Math.round((entryRates(state, entry).hourlyRate.amount * secondsBetween(entry.start, entry.end)) / 3600);
}

function timeInterval(entry: StoredTimeEntry) {
  return {
    start: entry.start,
    end: entry.end,
    // Running entries have no duration yet: `null`, not `PT0S` (cli models `End` as a pointer).
    duration: entry.end === null ? null : isoDuration(secondsBetween(entry.start, entry.end)),
  };
}

/** Custom field values as entries carry them: `{customFieldId, timeEntryId, value}`. */
function customFieldValuesView(entry: StoredTimeEntry): Array<Record<string, unknown>> {
  return (entry.customFieldValues ?? []).map((v) => ({ customFieldId: v.customFieldId, timeEntryId: entry.id, value: v.value }));
}

/**
 * The plain time entry. `withRates` adds `hourlyRate`/`costRate`, which the docs' samples show
 * on GET-by-id and on the user list but not on create, update or stop.
 */
export function timeEntryView(state: ClockifyState, entry: StoredTimeEntry, withRates = false): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: entry.id,
    description: entry.description,
    tagIds: [...entry.tagIds],
    userId: entry.userId,
    billable: entry.billable,
    taskId: entry.taskId,
    projectId: entry.projectId,
    workspaceId: state.workspace.id,
    timeInterval: timeInterval(entry),
    customFieldValues: customFieldValuesView(entry),
    type: entry.type,
    kioskId: null,
    isLocked: entry.isLocked,
  };
  if (withRates) Object.assign(view, entryRates(state, entry));
  return view;
}

/**
 * `hydrated=true`: the ids of project, task, tags and user are replaced by the embedded
 * objects (cli `dto.TimeEntry` has `project`, `task`, `tags`, `user`, `totalBillable`, and keeps
 * only `projectId` among the ids).
 */
export function hydratedTimeEntryView(state: ClockifyState, entry: StoredTimeEntry): Record<string, unknown> {
  const project = entry.projectId ? findById(state.projects, entry.projectId) : undefined;
  const task = entry.taskId ? findById(state.tasks, entry.taskId) : undefined;
  const user = findById(state.users, entry.userId);
  return {
    id: entry.id,
    description: entry.description,
    tags: entry.tagIds.flatMap((id) => {
      const tag = findById(state.tags, id);
      return tag ? [tagView(state, tag)] : [];
    }),
    user: user ? userView(state, user) : null,
    billable: entry.billable,
    task: task ? taskView(state, task) : null,
    project: project ? projectView(state, project) : null,
    projectId: entry.projectId,
    workspaceId: state.workspace.id,
    timeInterval: timeInterval(entry),
    ...entryRates(state, entry),
    totalBillable: entry.end === null ? null : entryAmount(state, entry),
    customFieldValues: customFieldValuesView(entry),
    type: entry.type,
    kioskId: null,
    isLocked: entry.isLocked,
  };
}
