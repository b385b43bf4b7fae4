/**
 * The live in-memory data of the Dyzo simulator.
 *
 * Records are stored with Dyzo's own field names (a mix of camelCase and snake_case, `_id` on
 * employees and projects, `taskId` / `id` as the keys of tasks and task logs) so that a
 * test can compare `sim.state` with what the wire returned without a translation table.
 * Derived fields (`duration`, `total_time`, `user_name`, …) are computed in serialize.ts.
 */

export type DyzoPriority = 'low' | 'medium' | 'high';
export type DyzoAccessLevel = 'admin' | 'editor' | 'viewer';

export interface DyzoCompany {
  id: number;
  company_name: string;
}

export interface DyzoEmployee {
  _id: number;
  name: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  designation: string;
  department: string;
  companyId: number;
  salary: number | null;
  isAdmin: boolean;
  team_leader: boolean;
  isActive: boolean;
  isDeleted: boolean;
  profile_picture: string | null;
  /** `YYYY-MM-DD` */
  date_of_joining: string | null;
  date_of_birth: string | null;
  gender: string | null;
  country_code: string | null;
}

/** An API key as `GET /api-keys/{user_id}/` shows it; `employeeId` is the owner the key acts as. */
export interface DyzoApiKey {
  id: number;
  name: string;
  key: string;
  is_active: boolean;
  /** Requests per minute for this key (the docs give the number but not the period). */
  rate_limit: number;
  expires_at: string;
  employeeId: number;
}

/** One of a project's custom statuses (`status` on project create). */
export interface DyzoProjectStatus {
  id: string;
  name: string;
  value: string;
  color: string;
}

export interface DyzoProject {
  _id: number;
  name: string;
  companyId: number;
  description: string;
  client: number | null;
  priority: DyzoPriority;
  project_leader: number | null;
  assignee: number[];
  clientAssignee: number[];
  budget: number | null;
  currencyType: string | null;
  dueDate: string | null;
  stagingServerURL: string | null;
  liveServerURL: string | null;
  /** Decimal hours; bulk task-log create compares the project's logged time against it. */
  allocated_hours: number | null;
  /** Keyed by employee id written as a string, as the docs show. */
  accessLevels: Record<string, DyzoAccessLevel>;
  status: DyzoProjectStatus[];
  isActive: boolean;
  isCompleted: boolean;
  dateAdded: string;
}

export interface DyzoTask {
  taskId: number;
  taskName: string;
  description: string;
  projectId: number;
  /** The task's main assignee (the frontend reads `task.userId`). */
  userId: number;
  /** The employee that created the task (`assignby_id` in the create path). */
  assignBy: number;
  assigned_users: number[];
  collaborators: number[];
  priority: DyzoPriority;
  taskPosition: string;
  dueDate: string | null;
  /** Decimal hours. */
  allocated_time: number | null;
  repeat: string;
  repeat_days: string[];
  attachments: string[];
  isComplete: boolean;
  isImported: boolean;
  dateCreated: string;
}

export interface DyzoTaskLog {
  /**
   * The log's own key is `id` (vendor-docs/dyzo.md §2.6, "Task log object": `id` / `_id`, then
   * `taskId`, `userId`, …); the docs' path placeholder `{taskLogId}` (§2.4) names the same value.
   * A log therefore carries two ids, its own and its task's: a reader that keys logs by
   * `taskId` collapses every task to one log.
   */
  id: number;
  taskId: number;
  userId: number;
  startTime: string;
  endTime: string;
  description: string;
  /** false for timer sessions, true for entries typed in by hand. */
  manualAdd: boolean;
}

/** What bulk task-log create "notifies admins" about; kept so tests can observe it. */
export interface DyzoAdminNotification {
  kind: 'allocated_hours_exceeded';
  projectId: number;
  allocated_hours: number;
  logged_hours: number;
  notified: number[];
}

export interface DyzoState {
  company: DyzoCompany;
  employees: DyzoEmployee[];
  apiKeys: DyzoApiKey[];
  projects: DyzoProject[];
  tasks: DyzoTask[];
  taskLogs: DyzoTaskLog[];
  adminNotifications: DyzoAdminNotification[];
  /**
   * The simulator's "now" (ISO-8601 UTC) for creation dates and key expiry. Fixed so responses
   * are reproducible; tests may move it. Rate limiting uses the real clock instead.
   */
  clock: string;
  nextIds: { employee: number; apiKey: number; project: number; task: number; taskLog: number };
}

export function allocateId(state: DyzoState, kind: keyof DyzoState['nextIds']): number {
  const id = state.nextIds[kind];
  state.nextIds[kind] = id + 1;
  return id;
}

export function findEmployee(state: DyzoState, id: number): DyzoEmployee | undefined {
  return state.employees.find((e) => e._id === id && e.companyId === state.company.id && !e.isDeleted);
}

export function findProject(state: DyzoState, id: number): DyzoProject | undefined {
  return state.projects.find((p) => p._id === id && p.companyId === state.company.id);
}

export function findTask(state: DyzoState, id: number): DyzoTask | undefined {
  return state.tasks.find((t) => t.taskId === id);
}

export function findTaskLog(state: DyzoState, id: number): DyzoTaskLog | undefined {
  return state.taskLogs.find((l) => l.id === id);
}
