/**
 * Projects (https://help.getharvest.com/api-v2/projects-api/projects/projects/), their task
 * assignments (…/projects-api/projects/task-assignments/) and user assignments
 * (…/projects-api/projects/user-assignments/).
 */
import type { SimRoute } from '../../kit.js';
import { created, ok, paginate, route, unprocessable } from '../envelope.js';
import { optBool, optInt, optNumber, optString, pathId, queryInt, readBody } from '../input.js';
import { findById, type StoredProject } from '../state.js';
import { projectView, taskAssignmentView, userAssignmentView } from '../views.js';
import { activeAndSince, findOr404, newestFirst, pageContext, requireManager, V2, type RouteContext } from './context.js';

const BILL_BY = ['Project', 'Tasks', 'People', 'none'] as const;
const BUDGET_BY = ['project', 'project_cost', 'task', 'task_fees', 'person', 'none'] as const;

function oneOf<T extends string>(value: string | null | undefined, values: readonly T[], field: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!(values as readonly string[]).includes(value)) throw unprocessable(`${field} is not included in the list`);
  return value as T;
}

export function projectRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const find = (id: number | null): StoredProject => findOr404(state.projects, id);
  const clientOf = (id: number | undefined) => {
    if (id === undefined) throw unprocessable("Client can't be blank");
    if (!findById(state.clients, id)) throw unprocessable('Client must exist');
    return id;
  };

  return [
    route('GET', `${V2}/projects`, (req) => {
      requireManager(ctx, req);
      const keep = activeAndSince(req);
      const clientId = queryInt(req.query, 'client_id');
      const items = state.projects.filter((p) => keep(p) && (clientId === undefined || p.clientId === clientId)).sort(newestFirst);
      return paginate('projects', items, (p) => projectView(state, p), pageContext(req, true));
    }),

    route('GET', `${V2}/projects/:id`, (req) => {
      requireManager(ctx, req);
      return ok(projectView(state, find(pathId(req))));
    }),

    // Required: client_id, name, is_billable, bill_by, budget_by ("Create a project").
    route('POST', `${V2}/projects`, (req) => {
      requireManager(ctx, req);
      const body = readBody(req);
      const name = optString(body, 'name');
      if (!name) throw unprocessable("Name can't be blank");
      const clientId = clientOf(optInt(body, 'client_id'));
      const isBillable = optBool(body, 'is_billable');
      if (isBillable === undefined) throw unprocessable("Is billable can't be blank");
      const billBy = oneOf(optString(body, 'bill_by'), BILL_BY, 'bill_by');
      if (!billBy) throw unprocessable("Bill by can't be blank");
      const budgetBy = oneOf(optString(body, 'budget_by'), BUDGET_BY, 'budget_by');
      if (!budgetBy) throw unprocessable("Budget by can't be blank");
      if (state.projects.some((p) => p.name === name && p.clientId === clientId)) throw unprocessable('Name has already been taken');
      const now = state.now();
      const project: StoredProject = {
        id: state.nextId(),
        clientId,
        name,
        code: optString(body, 'code') ?? null,
        isActive: optBool(body, 'is_active') ?? true,
        isBillable,
        billBy,
        budgetBy,
        hourlyRate: optNumber(body, 'hourly_rate') ?? null,
        budget: optNumber(body, 'budget') ?? null,
        notes: optString(body, 'notes') ?? null,
        createdAt: now,
        updatedAt: now,
      };
      state.projects.push(project);
      return created(projectView(state, project));
    }),

    route('PATCH', `${V2}/projects/:id`, (req) => {
      requireManager(ctx, req);
      const project = find(pathId(req));
      const body = readBody(req);
      const name = optString(body, 'name');
      if (name === null || name === '') throw unprocessable("Name can't be blank");
      if (name !== undefined) project.name = name;
      const clientId = optInt(body, 'client_id');
      if (clientId !== undefined) project.clientId = clientOf(clientId);
      const code = optString(body, 'code');
      if (code !== undefined) project.code = code;
      const notes = optString(body, 'notes');
      if (notes !== undefined) project.notes = notes;
      project.isActive = optBool(body, 'is_active') ?? project.isActive;
      project.isBillable = optBool(body, 'is_billable') ?? project.isBillable;
      project.billBy = oneOf(optString(body, 'bill_by'), BILL_BY, 'bill_by') ?? project.billBy;
      project.budgetBy = oneOf(optString(body, 'budget_by'), BUDGET_BY, 'budget_by') ?? project.budgetBy;
      project.hourlyRate = optNumber(body, 'hourly_rate') ?? project.hourlyRate;
      project.budget = optNumber(body, 'budget') ?? project.budget;
      project.updatedAt = state.now();
      return ok(projectView(state, project));
    }),

    // "Deletes a project and any time entries or expenses tracked to it" ("Delete a project").
    route('DELETE', `${V2}/projects/:id`, (req) => {
      requireManager(ctx, req);
      const project = find(pathId(req));
      state.projects.splice(state.projects.indexOf(project), 1);
      state.timeEntries = state.timeEntries.filter((e) => e.projectId !== project.id);
      state.taskAssignments = state.taskAssignments.filter((a) => a.projectId !== project.id);
      state.userAssignments = state.userAssignments.filter((a) => a.projectId !== project.id);
      return { status: 200 };
    }),

    route('GET', `${V2}/task_assignments`, (req) => {
      requireManager(ctx, req);
      const keep = activeAndSince(req);
      const items = state.taskAssignments.filter(keep).sort(newestFirst);
      return paginate('task_assignments', items, (a) => taskAssignmentView(state, a), pageContext(req, true));
    }),

    route('GET', `${V2}/projects/:id/task_assignments`, (req) => {
      requireManager(ctx, req);
      const project = find(pathId(req));
      const keep = activeAndSince(req);
      const items = state.taskAssignments.filter((a) => a.projectId === project.id && keep(a)).sort(newestFirst);
      // Documented with `page` (not deprecated) on this endpoint, so page links.
      return paginate('task_assignments', items, (a) => taskAssignmentView(state, a), pageContext(req, false));
    }),

    route('GET', `${V2}/user_assignments`, (req) => {
      requireManager(ctx, req);
      const keep = activeAndSince(req);
      const userId = queryInt(req.query, 'user_id');
      const items = state.userAssignments.filter((a) => keep(a) && (userId === undefined || a.userId === userId)).sort(newestFirst);
      return paginate('user_assignments', items, (a) => userAssignmentView(state, a), pageContext(req, true));
    }),

    route('GET', `${V2}/projects/:id/user_assignments`, (req) => {
      requireManager(ctx, req);
      const project = find(pathId(req));
      const keep = activeAndSince(req);
      const userId = queryInt(req.query, 'user_id');
      const items = state.userAssignments
        .filter((a) => a.projectId === project.id && keep(a) && (userId === undefined || a.userId === userId))
        .sort(newestFirst);
      return paginate('user_assignments', items, (a) => userAssignmentView(state, a), pageContext(req, false));
    }),
  ];
}
