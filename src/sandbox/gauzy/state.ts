/**
 * The simulator's live data, shaped like Gauzy's tables: one typed row per entity with the raw
 * column names of Gauzy's TypeORM entities, plus the join tables (team/project/contact/task
 * members, tag links) kept separately as TypeORM does. Virtual columns (`duration`,
 * `isEdited`, `membersCount`, `name`, `fullName`) are computed at serialisation time, never
 * stored, because Gauzy computes them on load.
 */

export const TIME_LOG_TYPES = ['TRACKED', 'MANUAL', 'IDLE', 'RESUMED'] as const;
export type TimeLogType = (typeof TIME_LOG_TYPES)[number];

/** TimeLogSourceEnum wire values in declaration order; WEB_TIMER's wire value is `BROWSER`. */
export const TIME_LOG_SOURCES = [
  'MOBILE',
  'BROWSER',
  'DESKTOP',
  'BROWSER_EXTENSION',
  'HUBSTAFF',
  'UPWORK',
  'TEAMS',
  'CLOC',
] as const;
export type TimeLogSource = (typeof TIME_LOG_SOURCES)[number];

/** TimesheetStatus wire values; `IN REVIEW` has a space (the enum key is IN_REVIEW). */
export const TIMESHEET_STATUSES = ['DRAFT', 'PENDING', 'IN REVIEW', 'DENIED', 'APPROVED'] as const;
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];

export const TASK_STATUSES = [
  'backlog',
  'open',
  'in-progress',
  'ready-for-review',
  'in-review',
  'blocked',
  'done',
  'completed',
  'cancelled',
  'custom',
] as const;
export const TASK_PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
export const TASK_SIZES = ['x-large', 'large', 'medium', 'small', 'tiny'] as const;
export const TASK_TYPES = ['epic', 'story', 'task', 'bug', 'memo'] as const;
export const PROJECT_BILLING = ['RATE', 'FLAT_FEE', 'MILESTONES'] as const;
export const PROJECT_BUDGET_TYPES = ['hours', 'cost'] as const;
export const PROJECT_OWNERS = ['CLIENT', 'INTERNAL'] as const;
export const PROJECT_STATUSES = ['open', 'in-progress', 'completed', 'cancelled', 'custom'] as const;
export const CONTACT_TYPES = ['CLIENT', 'CUSTOMER', 'LEAD'] as const;
export const ROLES = ['SUPER_ADMIN', 'ADMIN', 'DATA_ENTRY', 'EMPLOYEE', 'CANDIDATE', 'MANAGER', 'VIEWER', 'INTERVIEWER'] as const;
export type RoleName = (typeof ROLES)[number];

/** Columns every Gauzy entity inherits from BaseEntity. */
export interface BaseRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  isActive: boolean;
  isArchived: boolean;
  archivedAt: string | null;
  createdByUserId: string | null;
  updatedByUserId: string | null;
}

export interface TenantRow extends BaseRow {
  name: string;
  logo: string | null;
  imageUrl: string | null;
}

export interface TenantOrgRow extends BaseRow {
  tenantId: string;
  organizationId: string;
}

export interface OrganizationRow extends BaseRow {
  tenantId: string;
  name: string;
  isDefault: boolean;
  profile_link: string;
  currency: string;
  timeZone: string;
  brandColor: string;
  imageUrl: string | null;
  startWeekOn: string;
  timeFormat: 12 | 24;
  futureDateAllowed: boolean;
  allowManualTime: boolean;
  allowModifyTime: boolean;
  allowDeleteTime: boolean;
  allowTrackInactivity: boolean;
  allowScreenshotCapture: boolean;
}

export interface RoleRow extends BaseRow {
  tenantId: string;
  name: RoleName;
  isSystem: boolean;
}

export interface UserRow extends BaseRow {
  tenantId: string;
  thirdPartyId: string | null;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string | null;
  username: string | null;
  timeZone: string;
  timeFormat: 12 | 24;
  imageUrl: string | null;
  preferredLanguage: string;
  preferredComponentLayout: string;
  lastLoginAt: string | null;
  emailVerifiedAt: string | null;
  roleId: string;
}

export interface EmployeeRow extends TenantOrgRow {
  userId: string;
  valueDate: string | null;
  isOnline: boolean;
  isTrackingTime: boolean;
  isAway: boolean;
  isTrackingEnabled: boolean;
  allowScreenshotCapture: boolean;
  allowManualTime: boolean;
  allowModifyTime: boolean;
  allowDeleteTime: boolean;
  short_description: string | null;
  description: string | null;
  startedWorkOn: string | null;
  endWork: string | null;
  payPeriod: string | null;
  billRateValue: number | null;
  billRateCurrency: string | null;
  minimumBillingRate: number | null;
  reWeeklyLimit: number | null;
  employeeLevel: string | null;
  anonymousBonus: boolean | null;
  averageIncome: number | null;
  averageBonus: number | null;
  totalWorkHours: number | null;
  averageExpenses: number | null;
  profile_link: string | null;
  isJobSearchActive: boolean | null;
  isVerified: boolean | null;
  isVetted: boolean | null;
  organizationPositionId: string | null;
  contactId: string | null;
}

export interface TeamRow extends TenantOrgRow {
  name: string;
  color: string | null;
  emoji: string | null;
  teamSize: string | null;
  logo: string | null;
  prefix: string | null;
  public: boolean;
  profile_link: string | null;
  shareProfileView: boolean;
  requirePlanToTrack: boolean;
  imageId: string | null;
}

/** organization_team_employee: a manager has the MANAGER role id. */
export interface TeamMemberRow extends TenantOrgRow {
  organizationTeamId: string;
  employeeId: string;
  roleId: string | null;
  isTrackingEnabled: boolean;
  activeTaskId: string | null;
  order: number | null;
}

export interface ContactRow extends TenantOrgRow {
  name: string;
  primaryEmail: string | null;
  primaryPhone: string | null;
  inviteStatus: string | null;
  notes: string | null;
  contactType: string;
  imageUrl: string | null;
  budget: number | null;
  budgetType: string | null;
  contactId: string | null;
  imageId: string | null;
}

export interface ProjectRow extends TenantOrgRow {
  name: string;
  code: string | null;
  description: string | null;
  color: string | null;
  startDate: string | null;
  endDate: string | null;
  billing: string | null;
  currency: string | null;
  public: boolean;
  owner: string | null;
  taskListType: string;
  billable: boolean;
  billingFlat: boolean;
  openSource: boolean;
  projectUrl: string | null;
  openSourceProjectUrl: string | null;
  budget: number | null;
  budgetType: string | null;
  imageUrl: string | null;
  icon: string | null;
  status: string | null;
  archiveTasksIn: number | null;
  closeTasksIn: number | null;
  organizationContactId: string | null;
  imageId: string | null;
  defaultAssigneeId: string | null;
}

/** organization_project_employee */
export interface ProjectMemberRow extends TenantOrgRow {
  organizationProjectId: string;
  employeeId: string;
  isManager: boolean;
  assignedAt: string | null;
  roleId: string | null;
}

export interface TaskRow extends TenantOrgRow {
  number: number | null;
  prefix: string | null;
  title: string;
  description: string | null;
  status: string | null;
  priority: string | null;
  size: string | null;
  issueType: string | null;
  estimate: number | null;
  dueDate: string | null;
  public: boolean;
  startDate: string | null;
  resolvedAt: string | null;
  version: string | null;
  isDraft: boolean;
  isScreeningTask: boolean;
  parentId: string | null;
  projectId: string | null;
  creatorId: string | null;
  organizationSprintId: string | null;
  taskStatusId: string | null;
  taskSizeId: string | null;
  taskPriorityId: string | null;
  taskTypeId: string | null;
}

export interface TagRow extends BaseRow {
  tenantId: string;
  /** Null for tenant-level tags. */
  organizationId: string | null;
  name: string;
  description: string | null;
  color: string;
  textColor: string | null;
  icon: string | null;
  isSystem: boolean;
  tagTypeId: string | null;
  organizationTeamId: string | null;
}

export interface TimeLogRow extends TenantOrgRow {
  startedAt: string;
  stoppedAt: string;
  editedAt: string | null;
  logType: TimeLogType;
  source: TimeLogSource;
  description: string | null;
  reason: string | null;
  isBillable: boolean;
  isRunning: boolean;
  version: string | null;
  employeeId: string;
  timesheetId: string | null;
  projectId: string | null;
  taskId: string | null;
  organizationContactId: string | null;
  organizationTeamId: string | null;
}

export interface TimesheetRow extends TenantOrgRow {
  duration: number;
  keyboard: number;
  mouse: number;
  overall: number;
  startedAt: string;
  stoppedAt: string;
  approvedAt: string | null;
  submittedAt: string | null;
  lockedAt: string | null;
  editedAt: string | null;
  isBilled: boolean;
  status: TimesheetStatus;
  reason: string | null;
  employeeId: string;
  approvedById: string | null;
}

export type Taggable = 'employee' | 'team' | 'contact' | 'project' | 'task' | 'timeLog';

export interface TagLink {
  tagId: string;
  entity: Taggable;
  entityId: string;
}

export interface MemberLink {
  ownerId: string;
  employeeId: string;
}

export interface GauzyState {
  tenant: TenantRow;
  /** The organization the simulator's source is configured for. */
  organization: OrganizationRow;
  /** Other organizations of the same tenant (the login user belongs to them too). */
  extraOrganizations: OrganizationRow[];
  roles: Map<string, RoleRow>;
  users: Map<string, UserRow>;
  employees: Map<string, EmployeeRow>;
  teams: Map<string, TeamRow>;
  teamMembers: TeamMemberRow[];
  contacts: Map<string, ContactRow>;
  /** organization_contact_employee */
  contactMembers: MemberLink[];
  projects: Map<string, ProjectRow>;
  projectMembers: ProjectMemberRow[];
  tasks: Map<string, TaskRow>;
  /** task_employee */
  taskMembers: MemberLink[];
  /** task_team */
  taskTeams: { taskId: string; organizationTeamId: string }[];
  tags: Map<string, TagRow>;
  tagLinks: TagLink[];
  timeLogs: Map<string, TimeLogRow>;
  timesheets: Map<string, TimesheetRow>;
}

/** Columns of a fresh row; `at` is the creation time, `userId` the acting user. */
export function baseColumns(id: string, at: string, userId: string | null = null): BaseRow {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    isActive: true,
    isArchived: false,
    archivedAt: null,
    createdByUserId: userId,
    updatedByUserId: userId,
  };
}

export function roleByName(state: GauzyState, name: RoleName): RoleRow | undefined {
  for (const role of state.roles.values()) if (role.name === name) return role;
  return undefined;
}

export function employeeOfUser(state: GauzyState, userId: string): EmployeeRow | undefined {
  for (const e of state.employees.values()) if (e.userId === userId && e.deletedAt === null) return e;
  return undefined;
}

export function tagIdsOf(state: GauzyState, entity: Taggable, entityId: string): string[] {
  return state.tagLinks.filter((l) => l.entity === entity && l.entityId === entityId).map((l) => l.tagId);
}

export function setTags(state: GauzyState, entity: Taggable, entityId: string, tagIds: string[]): void {
  state.tagLinks = state.tagLinks.filter((l) => !(l.entity === entity && l.entityId === entityId));
  for (const tagId of new Set(tagIds)) state.tagLinks.push({ tagId, entity, entityId });
}

/** `duration` is virtual in Gauzy: (stoppedAt || now) − startedAt in whole seconds, computed on load. */
export function logDuration(log: Pick<TimeLogRow, 'startedAt' | 'stoppedAt'>, now: Date): number {
  const start = Date.parse(log.startedAt);
  const stop = log.stoppedAt ? Date.parse(log.stoppedAt) : now.getTime();
  return Math.trunc((stop - start) / 1000);
}

/** A timesheet covers one week; moment's default locale starts weeks on Sunday (UTC here). */
export function weekBounds(time: number): { start: string; end: string } {
  const d = new Date(time);
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - d.getUTCDay());
  return { start: new Date(start).toISOString(), end: new Date(start + 7 * 86_400_000 - 1).toISOString() };
}

/** The columns a new employee starts with in Gauzy, whether seeded or created through the API. */
export const EMPLOYEE_DEFAULTS = {
  valueDate: null,
  isOnline: false,
  isTrackingTime: false,
  isAway: false,
  isTrackingEnabled: true,
  allowScreenshotCapture: true,
  allowManualTime: true,
  allowModifyTime: true,
  allowDeleteTime: true,
  short_description: null,
  description: null,
  endWork: null,
  minimumBillingRate: null,
  employeeLevel: null,
  anonymousBonus: null,
  averageIncome: null,
  averageBonus: null,
  totalWorkHours: null,
  averageExpenses: null,
  isJobSearchActive: false,
  isVerified: false,
  isVetted: false,
  organizationPositionId: null,
  contactId: null,
} satisfies Partial<EmployeeRow>;
