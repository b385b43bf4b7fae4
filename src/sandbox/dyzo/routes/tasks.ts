/**
 * Tasks (docs: /tasks, partial; frontend for delete):
 *
 *   POST        /create-task/{assignby_id}/          multipart/form-data ONLY ("not JSON")
 *   POST        /api/bulk-create-tasks/{assignby_id}/ JSON {"tasks": [...]}
 *   GET         /company-tasks/{company_id}/{employee_id}/?search=&startdate=&enddate=&projectId=&userId=
 *                 &assignById=&collaboratorId=&taskPosition=&priority=&repeat=&isImported=&isComplete=
 *   GET         /api/tasks/{task_id}/
 *   PUT | PATCH /task/{task_id}/{user_id}/            partial update (method not visible in the docs)
 *   DELETE      /api/tasks/{id}/  and  /api/tasks/{id} (the frontend calls it without the slash)
 */
import { z } from 'zod';
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { domainError, success } from '../envelope.js';
import { isMultipart, parseMultipart, type FormFields } from '../multipart.js';
import { paginate } from '../paging.js';
import { param, route, type IntParams } from '../routing.js';
import { taskWire } from '../serialize.js';
import { allocateId, findEmployee, findProject, findTask, type DyzoState, type DyzoTask } from '../state.js';
import { DAY_MS, normaliseInstant, parseDate } from '../time.js';
import { id, instant, jsonBody, parseWith, priority } from '../validation.js';
import type { DyzoContext } from './context.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Form values are strings; these turn them into the numbers the task stores. */
const formInt = z.string().regex(/^\d+$/, 'must be an integer').transform(Number);
const formDecimal = z.string().regex(/^\d+(\.\d+)?$/, 'must be a decimal number').transform(Number);

const createForm = z.object({
  taskName: z.string().trim().min(1, 'may not be blank'),
  projectId: formInt,
  description: z.string().optional(),
  'assigned_users[]': z.array(formInt).optional(),
  'collaborators[]': z.array(formInt).optional(),
  priority: priority.optional(),
  taskPosition: z.string().min(1).optional(),
  dueDate: instant.optional(),
  allocated_time: formDecimal.optional(),
  repeat: z.string().min(1).optional(),
  'repeat_days[]': z.array(z.enum(WEEKDAYS)).optional(),
  'attachments[]': z.array(z.string()).optional(),
});

const bulkCreate = z.object({
  tasks: z.array(
    z.object({
      taskName: z.string().trim().min(1, 'may not be blank'),
      description: z.string().optional(),
      projectId: id,
      userId: id.optional(),
      assigned_users: z.array(id).optional(),
      priority: priority.optional(),
      dueDate: instant.optional(),
    }),
  ),
});

const update = z.object({
  taskName: z.string().trim().min(1, 'may not be blank').optional(),
  description: z.string().optional(),
  projectId: id.optional(),
  userId: id.optional(),
  assigned_users: z.array(id).optional(),
  collaborators: z.array(id).optional(),
  priority: priority.optional(),
  taskPosition: z.string().min(1).optional(),
  dueDate: instant.nullable().optional(),
  allocated_time: z.number().nonnegative().nullable().optional(),
  repeat: z.string().min(1).optional(),
  repeat_days: z.array(z.enum(WEEKDAYS)).optional(),
  attachments: z.array(z.string()).optional(),
  isComplete: z.boolean().optional(),
});

/** Form fields as an object: `name[]` fields stay arrays, the others take their first value. */
function formObject(fields: FormFields): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, values] of fields) out[name] = name.endsWith('[]') ? values : (values[0] ?? '');
  return out;
}

function missingEmployee(state: DyzoState, ids: number[]): string | undefined {
  const unknown = ids.find((e) => !findEmployee(state, e));
  return unknown === undefined ? undefined : `Employee ${unknown} not found`;
}

interface NewTask {
  taskName: string;
  projectId: number;
  description?: string | undefined;
  userId?: number | undefined;
  assigned_users?: number[] | undefined;
  collaborators?: number[] | undefined;
  priority?: DyzoTask['priority'] | undefined;
  taskPosition?: string | undefined;
  dueDate?: string | undefined;
  allocated_time?: number | undefined;
  repeat?: string | undefined;
  repeat_days?: string[] | undefined;
  attachments?: string[] | undefined;
}

function checkNewTask(state: DyzoState, input: NewTask): string | undefined {
  if (!findProject(state, input.projectId)) return 'Project not found';
  return missingEmployee(state, [...(input.userId ? [input.userId] : []), ...(input.assigned_users ?? []), ...(input.collaborators ?? [])]);
}

function buildTask(state: DyzoState, assignBy: number, input: NewTask): DyzoTask {
  const assigned = input.assigned_users ?? (input.userId ? [input.userId] : []);
  const task: DyzoTask = {
    taskId: allocateId(state, 'task'),
    taskName: input.taskName.trim(),
    description: input.description ?? '',
    projectId: input.projectId,
    userId: input.userId ?? assigned[0] ?? assignBy,
    assignBy,
    assigned_users: [...assigned],
    collaborators: [...(input.collaborators ?? [])],
    priority: input.priority ?? 'medium',
    taskPosition: input.taskPosition ?? 'pending',
    dueDate: input.dueDate ? normaliseInstant(input.dueDate)! : null,
    allocated_time: input.allocated_time ?? null,
    repeat: input.repeat ?? 'not_repeatable',
    repeat_days: [...(input.repeat_days ?? [])],
    attachments: [...(input.attachments ?? [])],
    isComplete: false,
    isImported: false,
    dateCreated: state.clock,
  };
  state.tasks.push(task);
  return task;
}

type Filter = (task: DyzoTask) => boolean;

/** Turns the documented query parameters into predicates; a malformed value is a domain error. */
function listFilters(query: URLSearchParams): Filter[] | SimResponse {
  const filters: Filter[] = [];
  const text = (name: string) => query.get(name) || undefined;
  const int = (name: string): number | undefined | SimResponse => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    return /^\d+$/.test(raw) ? Number(raw) : domainError(`Invalid ${name}`);
  };
  const bool = (name: string): boolean | undefined | SimResponse => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    return raw === 'true' ? true : raw === 'false' ? false : domainError(`Invalid ${name}: use 'true' or 'false'`);
  };
  const isError = (v: unknown): v is SimResponse => typeof v === 'object' && v !== null;

  const search = text('search')?.toLowerCase();
  if (search) filters.push((t) => `${t.taskName}\n${t.description}`.toLowerCase().includes(search));
  // startdate/enddate are inclusive calendar days of `dateCreated` (the docs do not say which date).
  for (const [name, inclusiveEnd] of [['startdate', false], ['enddate', true]] as const) {
    const raw = text(name);
    if (raw === undefined) continue;
    const day = parseDate(raw);
    if (day === undefined) return domainError(`Invalid ${name}: use YYYY-MM-DD`);
    filters.push(inclusiveEnd ? (t) => Date.parse(t.dateCreated) < day + DAY_MS : (t) => Date.parse(t.dateCreated) >= day);
  }
  const projectId = int('projectId');
  const userId = int('userId');
  const assignById = int('assignById');
  const collaboratorId = int('collaboratorId');
  for (const v of [projectId, userId, assignById, collaboratorId]) if (isError(v)) return v;
  if (typeof projectId === 'number') filters.push((t) => t.projectId === projectId);
  if (typeof userId === 'number') filters.push((t) => t.userId === userId || t.assigned_users.includes(userId));
  if (typeof assignById === 'number') filters.push((t) => t.assignBy === assignById);
  if (typeof collaboratorId === 'number') filters.push((t) => t.collaborators.includes(collaboratorId));
  for (const name of ['taskPosition', 'priority', 'repeat'] as const) {
    const value = text(name);
    if (value !== undefined) filters.push((t) => t[name] === value);
  }
  const isImported = bool('isImported');
  const isComplete = bool('isComplete');
  for (const v of [isImported, isComplete]) if (isError(v)) return v;
  if (typeof isImported === 'boolean') filters.push((t) => t.isImported === isImported);
  if (typeof isComplete === 'boolean') filters.push((t) => t.isComplete === isComplete);
  return filters;
}

export function taskRoutes({ state, auth }: DyzoContext): SimRoute[] {
  const deleteTask = (_req: SimRequest, params: IntParams): SimResponse => {
    const task = findTask(state, param(params, 'id'));
    if (!task || !findProject(state, task.projectId)) return domainError('Task not found');
    state.tasks.splice(state.tasks.indexOf(task), 1);
    // Django's ForeignKey cascade: a task's logs go with it.
    for (let i = state.taskLogs.length - 1; i >= 0; i--) if (state.taskLogs[i]!.taskId === task.taskId) state.taskLogs.splice(i, 1);
    return success('Task deleted successfully');
  };

  return [
    route('POST', '/create-task/:assignby_id/', (req, params) => {
      const assignBy = param(params, 'assignby_id');
      const contentType = String(req.headers['content-type'] ?? '');
      if (!isMultipart(contentType)) return domainError('This API must be sent as multipart/form-data (not JSON)');
      const fields = parseMultipart(req.rawBody, contentType);
      if (!fields) return domainError('Malformed multipart/form-data body');
      if (!findEmployee(state, assignBy)) return domainError('Employee not found');
      const form = parseWith(createForm, formObject(fields));
      if (!form.ok) return form.response;
      const f = form.data;
      const input: NewTask = {
        taskName: f.taskName,
        projectId: f.projectId,
        description: f.description,
        assigned_users: f['assigned_users[]'],
        collaborators: f['collaborators[]'],
        priority: f.priority,
        taskPosition: f.taskPosition,
        dueDate: f.dueDate,
        allocated_time: f.allocated_time,
        repeat: f.repeat,
        repeat_days: f['repeat_days[]'],
        attachments: f['attachments[]'],
      };
      const problem = checkNewTask(state, input);
      if (problem) return domainError(problem);
      return success('Task created successfully', { data: taskWire(state, buildTask(state, assignBy, input)) });
    }),

    route('POST', '/api/bulk-create-tasks/:assignby_id/', (req, params) => {
      const assignBy = param(params, 'assignby_id');
      if (!findEmployee(state, assignBy)) return domainError('Employee not found');
      const body = jsonBody(req, bulkCreate);
      if (!body.ok) return body.response;
      for (const [i, item] of body.data.tasks.entries()) {
        const problem = checkNewTask(state, item);
        if (problem) return domainError(`Task ${i}: ${problem}`);
      }
      const created = body.data.tasks.map((item) => buildTask(state, assignBy, item));
      return success('Tasks created successfully', { data: created.map((t) => taskWire(state, t)) });
    }),

    route('GET', '/company-tasks/:company_id/:employee_id/', (req, params) => {
      const denied = auth.companyGuard(param(params, 'company_id'));
      if (denied) return denied;
      const viewer = findEmployee(state, param(params, 'employee_id'));
      if (!viewer) return domainError('Employee not found');
      const filters = listFilters(req.query);
      if (!Array.isArray(filters)) return filters;
      // Admins see every task of the company; others the tasks they are part of.
      const visible = (t: DyzoTask) =>
        viewer.isAdmin ||
        t.userId === viewer._id ||
        t.assignBy === viewer._id ||
        t.assigned_users.includes(viewer._id) ||
        t.collaborators.includes(viewer._id);
      const tasks = state.tasks
        .filter((t) => findProject(state, t.projectId) && visible(t) && filters.every((f) => f(t)))
        .sort((a, b) => a.taskId - b.taskId);
      const page = paginate(tasks, req.query);
      if (!page.ok) return page.response;
      return success('Tasks fetched successfully', { data: page.items.map((t) => taskWire(state, t)) }, page.headers);
    }),

    route('GET', '/api/tasks/:task_id/', (_req, params) => {
      const task = findTask(state, param(params, 'task_id'));
      if (!task || !findProject(state, task.projectId)) return domainError('Task not found');
      return success('Task fetched successfully', { data: taskWire(state, task) });
    }),

    ...(['PUT', 'PATCH'] as const).map((method) =>
      route(method, '/task/:task_id/:user_id/', (req, params) => {
        const task = findTask(state, param(params, 'task_id'));
        if (!task || !findProject(state, task.projectId)) return domainError('Task not found');
        if (!findEmployee(state, param(params, 'user_id'))) return domainError('Employee not found');
        const body = jsonBody(req, update);
        if (!body.ok) return body.response;
        const b = body.data;
        if (b.projectId !== undefined && !findProject(state, b.projectId)) return domainError('Project not found');
        const problem = missingEmployee(state, [...(b.userId ? [b.userId] : []), ...(b.assigned_users ?? []), ...(b.collaborators ?? [])]);
        if (problem) return domainError(problem);
        if (b.taskName !== undefined) task.taskName = b.taskName;
        if (b.description !== undefined) task.description = b.description;
        if (b.projectId !== undefined) task.projectId = b.projectId;
        if (b.userId !== undefined) task.userId = b.userId;
        if (b.assigned_users !== undefined) task.assigned_users = [...b.assigned_users];
        if (b.collaborators !== undefined) task.collaborators = [...b.collaborators];
        if (b.priority !== undefined) task.priority = b.priority;
        if (b.taskPosition !== undefined) task.taskPosition = b.taskPosition;
        if (b.dueDate !== undefined) task.dueDate = b.dueDate === null ? null : normaliseInstant(b.dueDate)!;
        if (b.allocated_time !== undefined) task.allocated_time = b.allocated_time;
        if (b.repeat !== undefined) task.repeat = b.repeat;
        if (b.repeat_days !== undefined) task.repeat_days = [...b.repeat_days];
        if (b.attachments !== undefined) task.attachments = [...b.attachments];
        if (b.isComplete !== undefined) task.isComplete = b.isComplete;
        return success('Task updated successfully', { data: taskWire(state, task) });
      }),
    ),

    route('DELETE', '/api/tasks/:id/', deleteTask),
    route('DELETE', '/api/tasks/:id', deleteTask),
  ];
}
