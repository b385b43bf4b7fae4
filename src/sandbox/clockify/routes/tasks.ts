/**
 * Tasks, nested under a project (`/projects/{projectId}/tasks`). `name` is required on create
 * and on update; `estimate` is an ISO-8601 duration; `status` accepts ALL on input (a filter
 * value) and stores it as ACTIVE.
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, created, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredProject, type StoredTask } from '../state.js';
import { parseIsoDuration } from '../time.js';
import {
  nameFilter,
  optBool,
  optEnum,
  optInt,
  optRate,
  optString,
  optStringArray,
  queryBool,
  queryEnum,
  requireName,
  requireObject,
  sortByQuery,
  type Body,
} from '../validate.js';
import { taskView } from '../views.js';
import { ws, type RouteContext } from './context.js';
import { findProject } from './projects.js';

function findTask(state: ClockifyState, project: StoredProject, id: string | undefined): StoredTask {
  // A task id from another project is "not found" here, like Clockify's project-scoped lookup.
  const task = state.tasks.find((t) => t.id === id && t.projectId === project.id);
  if (!task) throw notFound('Task not found');
  return task;
}

function assertUniqueName(state: ClockifyState, projectId: string, name: string, exceptId?: string): void {
  if (state.tasks.some((t) => t.projectId === projectId && t.id !== exceptId && t.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`Task with name '${name}' already exists on this project`);
  }
}

interface TaskFields {
  assigneeIds?: string[];
  userGroupIds?: string[];
  status?: 'ACTIVE' | 'DONE';
  estimateSeconds?: number;
  budgetEstimate?: number;
  billable?: boolean;
}

/** Reads the optional task fields shared by create and update, validating references (400). */
function readTaskFields(state: ClockifyState, body: Body): TaskFields {
  let assigneeIds = optStringArray(body, 'assigneeIds');
  const single = optString(body, 'assigneeId');
  if (assigneeIds === undefined && single) assigneeIds = [single];
  for (const id of assigneeIds ?? []) {
    if (!findById(state.users, id)) throw badRequest(`User with id ${id} does not exist in the workspace`);
  }
  const userGroupIds = optStringArray(body, 'userGroupIds');
  for (const id of userGroupIds ?? []) {
    if (!findById(state.userGroups, id)) throw badRequest(`User group with id ${id} does not exist in the workspace`);
  }
  const status = optEnum(body, 'status', ['ACTIVE', 'DONE', 'ALL'] as const);
  const estimate = optString(body, 'estimate');
  let estimateSeconds: number | undefined;
  if (estimate !== undefined && estimate !== '') {
    const parsed = parseIsoDuration(estimate);
    if (parsed === null) throw badRequest("Field 'estimate' must be an ISO-8601 duration such as PT1H30M");
    estimateSeconds = parsed;
  }
  return {
    assigneeIds,
    userGroupIds,
    status: status === undefined ? undefined : status === 'DONE' ? 'DONE' : 'ACTIVE',
    estimateSeconds,
    budgetEstimate: optInt(body, 'budgetEstimate', { min: 0 }),
    billable: optBool(body, 'billable'),
  };
}

export function taskRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = `${ws(ctx)}/projects/:projectId/tasks`;
  return [
    route('GET', base, (req) => {
      const project = findProject(state, req.params['projectId']);
      const q = req.query;
      const matches = nameFilter(q);
      const active = queryBool(q, 'is-active');
      const tasks = state.tasks.filter(
        (t) =>
          t.projectId === project.id &&
          (!matches || matches(t.name)) &&
          (active === undefined || (t.status === 'ACTIVE') === active),
      );
      const sorted = sortByQuery(tasks, q, { ID: (t) => t.id, NAME: (t) => t.name.toLowerCase() }, { column: 'NAME' });
      return ok(paginate(sorted, q).map((t) => taskView(state, t)));
    }),

    route('POST', base, (req) => {
      const project = findProject(state, req.params['projectId']);
      queryBool(req.query, 'contains-assignee');
      const body = requireObject(req);
      const name = requireName(body, 'name', 'Task', { max: 1000 });
      assertUniqueName(state, project.id, name);
      const fields = readTaskFields(state, body);
      const task: StoredTask = {
        id: state.nextId(),
        projectId: project.id,
        name,
        assigneeIds: fields.assigneeIds ?? [],
        userGroupIds: fields.userGroupIds ?? [],
        // New tasks inherit the project's billable flag, as in Clockify.
        billable: fields.billable ?? project.billable,
        status: fields.status ?? 'ACTIVE',
        estimateSeconds: fields.estimateSeconds ?? 0,
        budgetEstimate: fields.budgetEstimate ?? 0,
        hourlyRate: null,
        costRate: null,
      };
      state.tasks.push(task);
      return created(taskView(state, task));
    }),

    route('GET', `${base}/:taskId`, (req) => {
      const project = findProject(state, req.params['projectId']);
      return ok(taskView(state, findTask(state, project, req.params['taskId'])));
    }),

    route('PUT', `${base}/:taskId`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const task = findTask(state, project, req.params['taskId']);
      queryBool(req.query, 'contains-assignee');
      queryEnum(req.query, 'membership-status', ['PENDING', 'ACTIVE', 'DECLINED', 'INACTIVE', 'ALL'] as const);
      const body = requireObject(req);
      const name = requireName(body, 'name', 'Task', { max: 1000 });
      assertUniqueName(state, project.id, name, task.id);
      const fields = readTaskFields(state, body);
      task.name = name;
      if (fields.assigneeIds !== undefined) task.assigneeIds = fields.assigneeIds;
      if (fields.userGroupIds !== undefined) task.userGroupIds = fields.userGroupIds;
      if (fields.status !== undefined) task.status = fields.status;
      if (fields.estimateSeconds !== undefined) task.estimateSeconds = fields.estimateSeconds;
      if (fields.budgetEstimate !== undefined) task.budgetEstimate = fields.budgetEstimate;
      if (fields.billable !== undefined) task.billable = fields.billable;
      return ok(taskView(state, task));
    }),

    route('DELETE', `${base}/:taskId`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const task = findTask(state, project, req.params['taskId']);
      const view = taskView(state, task);
      state.tasks.splice(state.tasks.indexOf(task), 1);
      for (const e of state.timeEntries) if (e.taskId === task.id) e.taskId = null;
      return ok(view);
    }),

    route('PUT', `${base}/:taskId/hourly-rate`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const task = findTask(state, project, req.params['taskId']);
      const rate = optRate({ rate: requireObject(req) }, 'rate', state.workspace.currencyCode);
      task.hourlyRate = rate ?? null;
      return ok(taskView(state, task));
    }),

    route('PUT', `${base}/:taskId/cost-rate`, (req) => {
      const project = findProject(state, req.params['projectId']);
      const task = findTask(state, project, req.params['taskId']);
      const rate = optRate({ rate: requireObject(req) }, 'rate', state.workspace.currencyCode);
      task.costRate = rate ?? null;
      return ok(taskView(state, task));
    }),
  ];
}
