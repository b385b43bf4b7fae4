/**
 * Stored records → Harvest's wire shapes, field for field as the "object" tables and example
 * responses of each page under https://help.getharvest.com/api-v2/ show them (snake_case keys,
 * integer ids, decimal numbers, `YYYY-MM-DDTHH:MM:SSZ` datetimes, related records as small
 * `{id, name}` objects).
 */
import {
  findById,
  fullName,
  type HarvestState,
  type StoredClient,
  type StoredProject,
  type StoredTask,
  type StoredTaskAssignment,
  type StoredTimeEntry,
  type StoredUser,
  type StoredUserAssignment,
} from './state.js';
import { formatClock, formatDateTime, ianaZone, toHours } from './time.js';

const stamps = (r: { createdAt: number; updatedAt: number }) => ({
  created_at: formatDateTime(r.createdAt),
  updated_at: formatDateTime(r.updatedAt),
});

export function userView(user: StoredUser): Record<string, unknown> {
  return {
    id: user.id,
    first_name: user.firstName,
    last_name: user.lastName,
    email: user.email,
    telephone: '',
    timezone: user.timezone,
    has_access_to_all_future_projects: false,
    is_contractor: user.isContractor,
    is_active: user.isActive,
    weekly_capacity: user.weeklyCapacity,
    default_hourly_rate: user.defaultHourlyRate,
    cost_rate: user.costRate,
    roles: [],
    access_roles: [user.accessRole],
    avatar_url: 'https://d3s3969qhosaug.cloudfront.net/v2/user.png',
    ...stamps(user),
  };
}

export function clientView(client: StoredClient): Record<string, unknown> {
  return {
    id: client.id,
    name: client.name,
    is_active: client.isActive,
    address: client.address,
    statement_key: `sk${client.id.toString(16)}`,
    currency: client.currency,
    ...stamps(client),
  };
}

const projectRef = (p: StoredProject) => ({ id: p.id, name: p.name, code: p.code });

export function projectView(state: HarvestState, project: StoredProject): Record<string, unknown> {
  const client = findById(state.clients, project.clientId);
  return {
    id: project.id,
    name: project.name,
    code: project.code,
    is_active: project.isActive,
    is_billable: project.isBillable,
    is_fixed_fee: false,
    bill_by: project.billBy,
    hourly_rate: project.hourlyRate,
    budget: project.budget,
    budget_by: project.budgetBy,
    budget_is_monthly: false,
    notify_when_over_budget: false,
    over_budget_notification_percentage: 80.0,
    over_budget_notification_date: null,
    show_budget_to_all: false,
    cost_budget: null,
    cost_budget_include_expenses: false,
    fee: null,
    notes: project.notes,
    starts_on: null,
    ends_on: null,
    ...stamps(project),
    client: client ? { id: client.id, name: client.name, currency: client.currency } : null,
  };
}

export function taskView(task: StoredTask): Record<string, unknown> {
  return {
    id: task.id,
    name: task.name,
    billable_by_default: task.billableByDefault,
    default_hourly_rate: task.defaultHourlyRate,
    is_default: task.isDefault,
    is_active: task.isActive,
    ...stamps(task),
  };
}

/** The bare assignment, as embedded in a time entry (`task_assignment`). */
function taskAssignmentCore(a: StoredTaskAssignment) {
  return { id: a.id, billable: a.billable, is_active: a.isActive, ...stamps(a), hourly_rate: a.hourlyRate, budget: a.budget };
}

export function taskAssignmentView(state: HarvestState, a: StoredTaskAssignment): Record<string, unknown> {
  const project = findById(state.projects, a.projectId);
  const task = findById(state.tasks, a.taskId);
  return {
    ...taskAssignmentCore(a),
    project: project ? projectRef(project) : null,
    task: task ? { id: task.id, name: task.name } : null,
  };
}

function userAssignmentCore(a: StoredUserAssignment) {
  return {
    id: a.id,
    is_project_manager: a.isProjectManager,
    is_active: a.isActive,
    use_default_rates: a.useDefaultRates,
    budget: a.budget,
    ...stamps(a),
    hourly_rate: a.hourlyRate,
  };
}

export function userAssignmentView(state: HarvestState, a: StoredUserAssignment): Record<string, unknown> {
  const project = findById(state.projects, a.projectId);
  const user = findById(state.users, a.userId);
  return {
    ...userAssignmentCore(a),
    project: project ? projectRef(project) : null,
    user: user ? { id: user.id, name: fullName(user) } : null,
  };
}

/** `GET /v2/users/{id}/project_assignments` item: the user assignment with its project's task assignments. */
export function projectAssignmentView(state: HarvestState, a: StoredUserAssignment): Record<string, unknown> {
  const project = findById(state.projects, a.projectId);
  const client = project ? findById(state.clients, project.clientId) : undefined;
  return {
    ...userAssignmentCore(a),
    project: project ? projectRef(project) : null,
    client: client ? { id: client.id, name: client.name, currency: client.currency } : null,
    task_assignments: state.taskAssignments
      .filter((ta) => ta.projectId === a.projectId)
      .map((ta) => {
        const task = findById(state.tasks, ta.taskId);
        return { ...taskAssignmentCore(ta), task: task ? { id: task.id, name: task.name } : null };
      }),
  };
}

/** Hours so far: the stored part plus, while the timer runs, the time since it started. */
export function hoursOf(state: HarvestState, entry: StoredTimeEntry): number {
  const running = entry.timerStartedAt === null ? 0 : state.now() - entry.timerStartedAt;
  return Math.round((entry.hoursWithoutTimer + toHours(running)) * 100) / 100;
}

/** The demo account rounds up to 15 minutes (Time Entries examples: 0.02 → 0.25, 2.11 → 2.25). */
const roundUpToQuarter = (hours: number): number => Math.ceil(Math.round(hours * 100) / 25) / 4;

export function timeEntryView(state: HarvestState, entry: StoredTimeEntry): Record<string, unknown> {
  const user = findById(state.users, entry.userId);
  const project = findById(state.projects, entry.projectId);
  const client = project ? findById(state.clients, project.clientId) : undefined;
  const task = findById(state.tasks, entry.taskId);
  const taskAssignment = state.taskAssignments.find((a) => a.projectId === entry.projectId && a.taskId === entry.taskId);
  const userAssignment = state.userAssignments.find((a) => a.projectId === entry.projectId && a.userId === entry.userId);
  const zone = ianaZone(user?.timezone ?? 'UTC');
  const hours = hoursOf(state, entry);
  const billable = Boolean(project?.isBillable && taskAssignment?.billable);
  return {
    id: entry.id,
    spent_date: entry.spentDate,
    user: user ? { id: user.id, name: fullName(user) } : null,
    client: client ? { id: client.id, name: client.name } : null,
    project: project ? { id: project.id, name: project.name } : null,
    task: task ? { id: task.id, name: task.name } : null,
    user_assignment: userAssignment ? userAssignmentCore(userAssignment) : null,
    task_assignment: taskAssignment ? taskAssignmentCore(taskAssignment) : null,
    hours,
    hours_without_timer: entry.hoursWithoutTimer,
    rounded_hours: roundUpToQuarter(hours),
    notes: entry.notes,
    ...stamps(entry),
    is_locked: entry.isLocked,
    locked_reason: entry.isLocked ? 'Item Approved and Locked for this Time Period' : null,
    is_closed: entry.isClosed,
    is_billed: entry.isBilled,
    timer_started_at: entry.timerStartedAt === null ? null : formatDateTime(entry.timerStartedAt),
    started_time: entry.startedAt === null ? null : formatClock(entry.startedAt, zone),
    ended_time: entry.endedAt === null ? null : formatClock(entry.endedAt, zone),
    is_running: entry.timerStartedAt !== null,
    invoice: null,
    external_reference: null,
    billable,
    budgeted: project?.budgetBy !== 'none',
    billable_rate: billable ? (project?.hourlyRate ?? taskAssignment?.hourlyRate ?? user?.defaultHourlyRate ?? null) : null,
    cost_rate: user?.costRate ?? null,
  };
}
