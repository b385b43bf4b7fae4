/**
 * Projects. Input says `isPublic`, output says `public` (docs §2.2). A project must be archived
 * before it can be deleted (observed Clockify practice, notes §4); deleting it removes its
 * tasks and detaches its time entries.
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, created, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredProject, type StoredProjectMembership, type StoredTask } from '../state.js';
import { parseIsoDuration, secondsBetween } from '../time.js';
import {
  nameFilter,
  optBool,
  optColor,
  optEnum,
  optInt,
  optRate,
  optString,
  optStringArray,
  queryBool,
  queryEnum,
  queryList,
  requireName,
  requireObject,
  sortByQuery,
  type Body,
} from '../validate.js';
import { projectView } from '../views.js';
import { ws, type RouteContext } from './context.js';

export function findProject(state: ClockifyState, id: string | undefined): StoredProject {
  const project = findById(state.projects, id ?? '');
  if (!project) throw notFound('Project not found');
  return project;
}

/** Clockify refuses two projects with the same name under the same client. */
function assertUniqueName(state: ClockifyState, name: string, clientId: string | null, exceptId?: string): void {
  const clash = state.projects.some(
    (p) => p.id !== exceptId && p.clientId === clientId && p.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash) throw badRequest(`Project with name '${name}' already exists for this client`);
}

/** `clientId` in a body: empty string or null means "no client"; anything else must exist. */
function readClientId(state: ClockifyState, body: Body): string | null | undefined {
  if (!('clientId' in body)) return undefined;
  const raw = body['clientId'];
  if (raw === null || raw === '') return null;
  const id = optString(body, 'clientId');
  if (id === undefined || !findById(state.clients, id)) throw badRequest(`Client with id ${String(raw)} does not exist in the workspace`);
  return id;
}

function readMemberships(state: ClockifyState, body: Body): StoredProjectMembership[] | undefined {
  const raw = body['memberships'];
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw badRequest("Field 'memberships' must be an array");
  const list: StoredProjectMembership[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) throw badRequest("Field 'memberships' must contain objects");
    const m = item as Body;
    const userId = optString(m, 'userId');
    if (!userId || !findById(state.users, userId)) throw badRequest(`User with id ${String(userId)} does not exist in the workspace`);
    if (list.some((existing) => existing.userId === userId)) continue;
    list.push({ userId, hourlyRate: optRate(m, 'hourlyRate', state.workspace.currencyCode) ?? null, costRate: null });
  }
  return list;
}

/** `tasks` on project create: each needs a name; they are created ACTIVE unless told otherwise. */
function readTasks(state: ClockifyState, body: Body, projectId: string, billable: boolean): StoredTask[] {
  const raw = body['tasks'];
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest("Field 'tasks' must be an array");
  return (raw as unknown[]).map((item) => {
    if (typeof item !== 'object' || item === null) throw badRequest("Field 'tasks' must contain objects");
    const t = item as Body;
    const assigneeIds = optStringArray(t, 'assigneeIds') ?? [];
    for (const id of assigneeIds) if (!findById(state.users, id)) throw badRequest(`User with id ${id} does not exist in the workspace`);
    const status = optEnum(t, 'status', ['ACTIVE', 'DONE', 'ALL'] as const);
    return {
      id: state.nextId(),
      projectId,
      name: requireName(t, 'name', 'Task', { max: 1000 }),
      assigneeIds,
      userGroupIds: [],
      billable,
      status: status === 'DONE' ? 'DONE' : 'ACTIVE',
      estimateSeconds: 0,
      budgetEstimate: 0,
      hourlyRate: null,
      costRate: null,
    };
  });
}

function readEstimate(body: Body): number | undefined {
  const raw = body['estimate'];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badRequest("Field 'estimate' must be an object");
  const est = raw as Body;
  optEnum(est, 'type', ['AUTO', 'MANUAL'] as const);
  const value = optString(est, 'estimate');
  if (value === undefined) return 0;
  const seconds = parseIsoDuration(value);
  if (seconds === null) throw badRequest(`Field 'estimate.estimate' must be an ISO-8601 duration such as PT1H30M`);
  return seconds;
}

export function projectRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = `${ws(ctx)}/projects`;
  const duration = (p: StoredProject) =>
    state.timeEntries.reduce((sum, e) => (e.projectId === p.id && e.end ? sum + secondsBetween(e.start, e.end) : sum), 0);
  const clientName = (p: StoredProject) => (p.clientId ? (findById(state.clients, p.clientId)?.name ?? '') : '').toLowerCase();

  return [
    route('GET', base, (req) => {
      const q = req.query;
      const matches = nameFilter(q);
      const archived = queryBool(q, 'archived');
      const billable = queryBool(q, 'billable');
      const isTemplate = queryBool(q, 'is-template');
      const hydrated = queryBool(q, 'hydrated') ?? false;
      const clients = queryList(q, 'clients');
      const containsClient = queryBool(q, 'contains-client') ?? true;
      const clientStatus = queryEnum(q, 'client-status', ['ACTIVE', 'ARCHIVED', 'ALL'] as const);
      const users = queryList(q, 'users');
      const containsUser = queryBool(q, 'contains-user') ?? true;
      queryEnum(q, 'user-status', ['PENDING', 'ACTIVE', 'DECLINED', 'INACTIVE', 'ALL'] as const);
      const groups = queryList(q, 'userGroups');
      const containsGroup = queryBool(q, 'contains-group') ?? true;
      const access = queryEnum(q, 'access', ['PUBLIC', 'PRIVATE'] as const);

      const projects = state.projects.filter((p) => {
        if (matches && !matches(p.name)) return false;
        if (archived !== undefined && p.archived !== archived) return false;
        if (billable !== undefined && p.billable !== billable) return false;
        if (isTemplate !== undefined && p.template !== isTemplate) return false;
        if (access !== undefined && p.public !== (access === 'PUBLIC')) return false;
        if (clients.length > 0) {
          const hit = p.clientId !== null && clients.includes(p.clientId);
          if (hit !== containsClient) return false;
        }
        if (clientStatus && clientStatus !== 'ALL' && p.clientId) {
          const client = findById(state.clients, p.clientId);
          if (client && client.archived !== (clientStatus === 'ARCHIVED')) return false;
        }
        if (users.length > 0) {
          const hit = p.memberships.some((m) => users.includes(m.userId));
          if (hit !== containsUser) return false;
        }
        if (groups.length > 0) {
          const hit = p.userGroupIds.some((id) => groups.includes(id));
          if (hit !== containsGroup) return false;
        }
        return true;
      });
      const sorted = sortByQuery(
        projects,
        q,
        {
          ID: (p) => p.id,
          NAME: (p) => p.name.toLowerCase(),
          CLIENT_NAME: clientName,
          DURATION: duration,
          BUDGET: () => 0,
          PROGRESS: (p) => (p.estimateSeconds > 0 ? duration(p) / p.estimateSeconds : 0),
        },
        { column: 'NAME' },
      );
      return ok(paginate(sorted, q).map((p) => projectView(state, p, hydrated)));
    }),

    route('POST', base, (req) => {
      const body = requireObject(req);
      const name = requireName(body, 'name', 'Project', { min: 2, max: 250 });
      const clientId = readClientId(state, body) ?? null;
      assertUniqueName(state, name, clientId);
      const currency = state.workspace.currencyCode;
      const id = state.nextId();
      const billable = optBool(body, 'billable') ?? false;
      const project: StoredProject = {
        id,
        name,
        clientId,
        color: optColor(body, 'color') ?? '#03A9F4',
        note: optString(body, 'note', { max: 16384 }) ?? '',
        billable,
        archived: false,
        public: optBool(body, 'isPublic') ?? true,
        template: false,
        hourlyRate: optRate(body, 'hourlyRate', currency) ?? null,
        costRate: optRate(body, 'costRate', currency) ?? null,
        estimateSeconds: readEstimate(body) ?? 0,
        // The creator becomes a member when no memberships are given, as in the Clockify UI.
        memberships: readMemberships(state, body) ?? [{ userId: state.ownerId, hourlyRate: null, costRate: null }],
        userGroupIds: [],
      };
      const tasks = readTasks(state, body, id, billable);
      state.projects.push(project);
      state.tasks.push(...tasks);
      return created(projectView(state, project));
    }),

    route('GET', `${base}/:projectId`, (req) => {
      const hydrated = queryBool(req.query, 'hydrated') ?? false;
      return ok(projectView(state, findProject(state, req.params['projectId']), hydrated));
    }),

    route('PUT', `${base}/:projectId`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const body = requireObject(req);
      const currency = state.workspace.currencyCode;
      // Read and validate everything first so a 400 leaves the project unchanged.
      const name = body['name'] === undefined || body['name'] === null ? undefined : requireName(body, 'name', 'Project', { min: 2, max: 250 });
      const clientId = readClientId(state, body);
      const nextClient = clientId === undefined ? project.clientId : clientId;
      if (name !== undefined || clientId !== undefined) assertUniqueName(state, name ?? project.name, nextClient, project.id);
      const patch = {
        archived: optBool(body, 'archived'),
        billable: optBool(body, 'billable'),
        color: optColor(body, 'color'),
        public: optBool(body, 'isPublic'),
        note: optString(body, 'note', { max: 16384 }),
        hourlyRate: optRate(body, 'hourlyRate', currency),
        costRate: optRate(body, 'costRate', currency),
      };
      if (name !== undefined) project.name = name;
      project.clientId = nextClient;
      if (patch.archived !== undefined) project.archived = patch.archived;
      if (patch.billable !== undefined) project.billable = patch.billable;
      if (patch.color !== undefined) project.color = patch.color;
      if (patch.public !== undefined) project.public = patch.public;
      if (patch.note !== undefined) project.note = patch.note;
      if (patch.hourlyRate !== undefined) project.hourlyRate = patch.hourlyRate;
      if (patch.costRate !== undefined) project.costRate = patch.costRate;
      return ok(projectView(state, project));
    }),

    route('DELETE', `${base}/:projectId`, (req) => {
      const project = findProject(state, req.params['projectId']);
      if (!project.archived) throw badRequest('Cannot delete an active project. Archive the project first.');
      const view = projectView(state, project);
      state.projects.splice(state.projects.indexOf(project), 1);
      state.tasks = state.tasks.filter((t) => t.projectId !== project.id);
      for (const e of state.timeEntries) {
        if (e.projectId === project.id) {
          e.projectId = null;
          e.taskId = null;
        }
      }
      return ok(view);
    }),

    // Memberships decide who sees a private project (users?project-id, projects?users=…).
    route('PATCH', `${base}/:projectId/memberships`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const memberships = readMemberships(state, requireObject(req));
      if (memberships === undefined) throw badRequest("Field 'memberships' is required");
      project.memberships = memberships;
      return ok(projectView(state, project));
    }),

    route('POST', `${base}/:projectId/memberships`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const body = requireObject(req);
      const userIds = optStringArray(body, 'userIds') ?? [];
      const remove = optBool(body, 'remove') ?? false;
      for (const id of userIds) if (!findById(state.users, id)) throw badRequest(`User with id ${id} does not exist in the workspace`);
      if (remove) {
        project.memberships = project.memberships.filter((m) => !userIds.includes(m.userId));
      } else {
        for (const userId of userIds) {
          if (!project.memberships.some((m) => m.userId === userId)) project.memberships.push({ userId, hourlyRate: null, costRate: null });
        }
      }
      return ok(projectView(state, project));
    }),

    // A member's billable rate on this project; it outranks the user's workspace rate in entry rates.
    route('PUT', `${base}/:projectId/users/:userId/hourly-rate`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const membership = project.memberships.find((m) => m.userId === req.params['userId']);
      if (!membership) throw notFound('User is not a member of the project');
      const amount = optInt(requireObject(req), 'amount', { min: 0 });
      if (amount === undefined) throw badRequest("Field 'amount' is required");
      membership.hourlyRate = { amount, currency: state.workspace.currencyCode };
      return ok(projectView(state, project));
    }),
  ];
}
