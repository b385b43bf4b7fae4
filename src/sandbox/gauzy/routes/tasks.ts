/**
 * `/api/tasks`: CRUD. `status`, `priority` and `size` are lowercase kebab-case enums
 * (`in-progress`, `x-large`…); `estimate` is seconds. New tasks get the next `number` within
 * their project and the first three letters of the project name as `prefix`. Members, teams and
 * tags are sent as entity lists (`members: [{id}]`).
 */
import type { SimRoute } from '../../kit.js';
import type { SimContext } from '../context.js';
import { json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, OFFSET_PAGING, organizationIdOf, parseListQuery } from '../listing.js';
import { parseQuery, parseRelations } from '../query.js';
import { taskJson } from '../serialize.js';
import { baseColumns, setTags, TASK_PRIORITIES, TASK_SIZES, TASK_TYPES, type TaskRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, checkIdList, countRoute, deleteResult, fieldPatch, type FieldKind } from './common.js';

const TASK_FIELDS: Record<string, FieldKind> = {
  title: 'string',
  description: 'string',
  // task.entity.ts L106-113: `status` is @IsNotEmpty @IsString, not an enum check (organizations
  // define their own statuses through /task-statuses).
  status: 'string',
  priority: TASK_PRIORITIES,
  size: TASK_SIZES,
  issueType: TASK_TYPES,
  estimate: 'number',
  dueDate: 'date',
  startDate: 'date',
  resolvedAt: 'date',
  public: 'boolean',
  isDraft: 'boolean',
  isScreeningTask: 'boolean',
  version: 'string',
  projectId: 'uuid',
  parentId: 'uuid',
  organizationSprintId: 'uuid',
  taskStatusId: 'uuid',
  taskSizeId: 'uuid',
  taskPriorityId: 'uuid',
  taskTypeId: 'uuid',
};

/** task.entity.ts: `title` (L70-76) and `status` (L106-113) are both @IsNotEmpty @IsString. */
function requireTitleAndStatus(errors: v.Errors, body: Record<string, unknown>): void {
  if (v.notEmpty(errors, 'title', body['title'])) v.string(errors, 'title', body['title'], true);
  if (v.notEmpty(errors, 'status', body['status'])) v.string(errors, 'status', body['status'], true);
}

const FULL = new Set(['members', 'members.user', 'teams', 'tags']);

export function taskRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const load = (id: string): TaskRow => {
    const t = state.tasks.get(id);
    if (!t || t.deletedAt !== null) throw notFound();
    return t;
  };
  const maxNumber = (projectId: string | null) =>
    Math.max(0, ...[...state.tasks.values()].filter((t) => t.projectId === projectId).map((t) => t.number ?? 0));

  const setLinks = (task: TaskRow, memberIds?: string[], teamIds?: string[], tagIds?: string[]) => {
    if (memberIds) {
      state.taskMembers = state.taskMembers.filter((m) => m.ownerId !== task.id);
      for (const employeeId of new Set(memberIds)) if (state.employees.has(employeeId)) state.taskMembers.push({ ownerId: task.id, employeeId });
    }
    if (teamIds) {
      state.taskTeams = state.taskTeams.filter((l) => l.taskId !== task.id);
      for (const organizationTeamId of new Set(teamIds)) if (state.teams.has(organizationTeamId)) state.taskTeams.push({ taskId: task.id, organizationTeamId });
    }
    if (tagIds) setTags(state, 'task', task.id, tagIds);
  };

  const list = route('GET', '/api/tasks', (req, caller) => {
    const q = parseListQuery(ctx, caller, req);
    // task.service.ts `findAll` (L283-291) → CrudService.findAll: offset skip, no default take.
    const page = findAll(state.tasks.values(), q, OFFSET_PAGING);
    return json({ items: page.items.map((t) => taskJson(state, t, q.relations)), total: page.total });
  });

  return [
    route('GET', '/api/tasks/count', countRoute(ctx, () => state.tasks.values())),
    { ...list, pattern: '/api/tasks/pagination' },
    route('GET', '/api/tasks/max-number', (req, caller) => {
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.uuid(errors, 'projectId', q['projectId']);
      v.throwIfAny(errors);
      return json(maxNumber(typeof q['projectId'] === 'string' ? q['projectId'] : null));
    }),
    list,
    // A plain array, unlike the other task lists.
    route('GET', '/api/tasks/employee/:employeeId', (req) => {
      const employeeId = req.params['employeeId'] ?? '';
      const ids = new Set(state.taskMembers.filter((m) => m.employeeId === employeeId).map((m) => m.ownerId));
      const rels = parseRelations(parseQuery(req.query)['relations']);
      return json([...state.tasks.values()].filter((t) => t.deletedAt === null && ids.has(t.id)).map((t) => taskJson(state, t, rels)));
    }),
    route('GET', '/api/tasks/:id', (req) => {
      const t = load(uuidParam(req.params));
      return json(taskJson(state, t, parseRelations(parseQuery(req.query)['relations'])));
    }),
    route('POST', '/api/tasks', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      requireTitleAndStatus(errors, body);
      const patch = fieldPatch(errors, body, TASK_FIELDS);
      const memberIds = checkIdList(errors, 'members', body['members']);
      const teamIds = checkIdList(errors, 'teams', body['teams']);
      const tagIds = checkIdList(errors, 'tags', body['tags']);
      v.throwIfAny(errors);
      const at = ctx.nowIso();
      const projectId = typeof body['projectId'] === 'string' ? body['projectId'] : null;
      const project = projectId ? state.projects.get(projectId) : undefined;
      const task: TaskRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? state.organization.id,
        number: maxNumber(projectId) + 1,
        prefix: project ? project.name.substring(0, 3) : null,
        title: String(body['title']),
        description: null,
        status: null,
        priority: null,
        size: null,
        issueType: null,
        estimate: null,
        dueDate: null,
        public: true,
        startDate: null,
        resolvedAt: null,
        version: null,
        isDraft: false,
        isScreeningTask: false,
        parentId: null,
        projectId: null,
        creatorId: caller.user.id,
        organizationSprintId: null,
        taskStatusId: null,
        taskSizeId: null,
        taskPriorityId: null,
        taskTypeId: null,
        ...(patch as Partial<TaskRow>),
      };
      state.tasks.set(task.id, task);
      setLinks(task, memberIds, teamIds, tagIds);
      return json(taskJson(state, task, FULL), 201);
    }),
    route('PUT', '/api/tasks/:id', (req, caller) => {
      const task = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      // UpdateTaskDTO extends CreateTaskDTO (tasks/dto/update-task.dto.ts): the same required
      // fields, so a partial body is a 400 and the client sends the whole task.
      requireTitleAndStatus(errors, body);
      const patch = fieldPatch(errors, body, TASK_FIELDS);
      const memberIds = 'members' in body ? checkIdList(errors, 'members', body['members']) : undefined;
      const teamIds = 'teams' in body ? checkIdList(errors, 'teams', body['teams']) : undefined;
      const tagIds = 'tags' in body ? checkIdList(errors, 'tags', body['tags']) : undefined;
      v.throwIfAny(errors);
      Object.assign(task, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      setLinks(task, memberIds, teamIds, tagIds);
      return json(taskJson(state, task, FULL), 202);
    }),
    route('DELETE', '/api/tasks/:id', (req) => {
      const task = load(uuidParam(req.params));
      state.tasks.delete(task.id);
      state.taskMembers = state.taskMembers.filter((m) => m.ownerId !== task.id);
      state.taskTeams = state.taskTeams.filter((l) => l.taskId !== task.id);
      setTags(state, 'task', task.id, []);
      // time_log.taskId is ON DELETE SET NULL.
      for (const log of state.timeLogs.values()) if (log.taskId === task.id) log.taskId = null;
      return deleteResult(1);
    }),
  ];
}
