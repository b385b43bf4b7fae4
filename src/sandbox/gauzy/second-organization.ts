/**
 * A second organization in the same tenant, for tests of organization scope.
 *
 * In Gauzy a tenant holds several organizations and the tenant-aware CRUD services add only
 * `tenantId` to a query on their own (core/crud/tenant-aware-crud.service.ts
 * `findConditionsWithTenantByUser`); the organization comes from `where[organizationId]`, or
 * from nowhere. Reads by id (`findOneByIdString`) are tenant-scoped only, so a record of the
 * other organization is answered to anyone of the tenant who asks for its id. The rows below
 * give a client that forgets the scope something to mix in.
 */
import { uuidFrom } from './ids.js';
import {
  baseColumns,
  EMPLOYEE_DEFAULTS,
  roleByName,
  type EmployeeRow,
  type GauzyState,
  type TimeLogRow,
  type UserRow,
} from './state.js';
import { attachTimesheet } from './tracking.js';

const SEEDED_AT = '2026-10-01T08:00:00.000Z';

export const SECOND_ORG_IDS = {
  organization: uuidFrom('organization:second'),
  user: uuidFrom('user:grace'),
  employee: uuidFrom('employee:grace'),
  team: uuidFrom('team:mark-i'),
  contact: uuidFrom('contact:navy'),
  project: uuidFrom('project:cobol'),
  task: uuidFrom('task:compiler'),
  tag: uuidFrom('tag:navy'),
  timeLog: uuidFrom('time-log:grace:1'),
} as const;

export function addSecondOrganization(state: GauzyState): void {
  const ids = SECOND_ORG_IDS;
  const org = { tenantId: state.tenant.id, organizationId: ids.organization };
  const base = (id: string) => baseColumns(id, SEEDED_AT);
  state.extraOrganizations.push({ ...state.organization, ...base(ids.organization), name: 'Harvard Computation Lab', isDefault: false, profile_link: 'harvard-computation-lab' });

  const user: UserRow = {
    ...base(ids.user),
    tenantId: state.tenant.id,
    thirdPartyId: null,
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
    phoneNumber: null,
    username: null,
    timeZone: 'Etc/UTC',
    timeFormat: 24,
    imageUrl: null,
    preferredLanguage: 'en',
    preferredComponentLayout: 'TABLE',
    lastLoginAt: null,
    emailVerifiedAt: SEEDED_AT,
    roleId: roleByName(state, 'EMPLOYEE')?.id ?? '',
  };
  const employee: EmployeeRow = {
    ...base(ids.employee),
    ...org,
    userId: user.id,
    ...EMPLOYEE_DEFAULTS,
    startedWorkOn: null,
    payPeriod: null,
    billRateValue: 90,
    billRateCurrency: 'USD',
    reWeeklyLimit: null,
    profile_link: 'grace-hopper',
  };
  state.users.set(user.id, user);
  state.employees.set(employee.id, employee);

  state.teams.set(ids.team, {
    ...base(ids.team),
    ...org,
    name: 'Mark I Crew',
    color: null,
    emoji: null,
    teamSize: null,
    logo: null,
    prefix: 'MAR',
    public: false,
    profile_link: null,
    shareProfileView: true,
    requirePlanToTrack: false,
    imageId: null,
  });
  state.contacts.set(ids.contact, {
    ...base(ids.contact),
    ...org,
    name: 'US Navy',
    primaryEmail: 'navy@example.com',
    primaryPhone: null,
    inviteStatus: null,
    notes: null,
    contactType: 'CLIENT',
    imageUrl: null,
    budget: null,
    budgetType: 'hours',
    contactId: null,
    imageId: null,
  });
  state.projects.set(ids.project, {
    ...base(ids.project),
    ...org,
    name: 'COBOL',
    code: null,
    description: null,
    color: null,
    startDate: null,
    endDate: null,
    billing: 'RATE',
    currency: 'USD',
    public: false,
    owner: 'CLIENT',
    taskListType: 'GRID',
    billable: true,
    billingFlat: false,
    openSource: false,
    projectUrl: null,
    openSourceProjectUrl: null,
    budget: null,
    budgetType: 'hours',
    imageUrl: null,
    icon: null,
    status: 'open',
    archiveTasksIn: null,
    closeTasksIn: null,
    organizationContactId: ids.contact,
    imageId: null,
    defaultAssigneeId: null,
  });
  state.tasks.set(ids.task, {
    ...base(ids.task),
    ...org,
    number: 1,
    prefix: 'COB',
    title: 'A-0 compiler',
    description: null,
    status: 'open',
    priority: 'high',
    size: null,
    issueType: 'task',
    estimate: null,
    dueDate: null,
    public: true,
    startDate: null,
    resolvedAt: null,
    version: null,
    isDraft: false,
    isScreeningTask: false,
    parentId: null,
    projectId: ids.project,
    creatorId: user.id,
    organizationSprintId: null,
    taskStatusId: null,
    taskSizeId: null,
    taskPriorityId: null,
    taskTypeId: null,
  });
  state.tags.set(ids.tag, {
    ...base(ids.tag),
    ...org,
    name: 'navy',
    description: null,
    color: '#000080',
    textColor: null,
    icon: null,
    isSystem: false,
    tagTypeId: null,
    organizationTeamId: null,
  });
  const log: TimeLogRow = {
    ...base(ids.timeLog),
    ...org,
    startedAt: '2026-11-10T09:00:00.000Z',
    stoppedAt: '2026-11-10T11:00:00.000Z',
    editedAt: null,
    logType: 'TRACKED',
    source: 'DESKTOP',
    description: 'Compiler work in the other organization',
    reason: null,
    isBillable: true,
    isRunning: false,
    version: null,
    employeeId: ids.employee,
    timesheetId: null,
    projectId: ids.project,
    taskId: ids.task,
    organizationContactId: ids.contact,
    organizationTeamId: null,
  };
  state.timeLogs.set(log.id, log);
  attachTimesheet(state, log, SEEDED_AT, () => uuidFrom('timesheet:grace:1'));
}
