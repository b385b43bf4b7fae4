/** Tasks belong to a project: docs/api/tasks (GET/POST /workspaces/{wid}/projects/{pid}/tasks, GET/PUT/DELETE .../tasks/{tid}). */
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import type { StoredProject, StoredTask } from '../state.js';
import { taskView } from '../views.js';
import { boolFilter, isResponse, objectBody, pathInt, ws, workspaceOf, type RouteContext } from './context.js';

export function taskRoutes(ctx: RouteContext): SimRoute[] {
  const base = `${ws(ctx)}/projects/:projectId/tasks`;
  const projectOf = (req: SimRequest): { project: StoredProject } | { error: SimResponse } => {
    const w = workspaceOf(ctx, req);
    if ('error' in w) return w;
    const id = pathInt(req.params['projectId']);
    const project = ctx.state.projects.find((p) => p.id === id && p.workspaceId === w.id);
    return project ? { project } : { error: textError(404, 'Project not found') };
  };
  const find = (req: SimRequest): { task: StoredTask } | { error: SimResponse } => {
    const p = projectOf(req);
    if ('error' in p) return p;
    const id = pathInt(req.params['taskId']);
    const task = ctx.state.tasks.find((t) => t.id === id && t.projectId === p.project.id);
    return task ? { task } : { error: textError(404, 'Task not found') };
  };
  const apply = (task: StoredTask, body: Record<string, unknown>): SimResponse | undefined => {
    if ('name' in body) {
      if (typeof body['name'] !== 'string' || body['name'].trim() === '') return textError(400, 'Task name must not be empty');
      task.name = body['name'];
    }
    if (typeof body['active'] === 'boolean') task.active = body['active'];
    if (typeof body['estimated_seconds'] === 'number') task.estimatedSeconds = body['estimated_seconds'];
    if ('user_id' in body) task.userId = typeof body['user_id'] === 'number' ? body['user_id'] : null;
    task.at = ctx.state.now();
    return undefined;
  };
  return [
    {
      method: 'GET',
      pattern: base,
      handler: (req) => {
        const p = projectOf(req);
        if ('error' in p) return p.error;
        const active = boolFilter(req.query.get('active')) ?? 'both';
        return json(
          ctx.state.tasks
            .filter((t) => t.projectId === p.project.id && (active === 'both' || t.active === active))
            .map((t) => taskView(ctx.state, t)),
        );
      },
    },
    {
      method: 'GET',
      pattern: `${base}/:taskId`,
      handler: (req) => {
        const found = find(req);
        return 'error' in found ? found.error : json(taskView(ctx.state, found.task));
      },
    },
    {
      method: 'POST',
      pattern: base,
      handler: (req) => {
        const p = projectOf(req);
        if ('error' in p) return p.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        if (typeof body['name'] !== 'string') return textError(400, 'Task name must not be empty');
        const task: StoredTask = { id: ctx.state.nextId(), workspaceId: p.project.workspaceId, projectId: p.project.id, name: '', userId: null, active: true, estimatedSeconds: 0, at: ctx.state.now() };
        const bad = apply(task, body);
        if (bad) return bad;
        ctx.state.tasks.push(task);
        return json(taskView(ctx.state, task));
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:taskId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const copy = { ...found.task };
        const bad = apply(copy, body);
        if (bad) return bad;
        Object.assign(found.task, copy);
        return json(taskView(ctx.state, found.task));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:taskId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        ctx.state.tasks.splice(ctx.state.tasks.indexOf(found.task), 1);
        for (const e of ctx.state.timeEntries) if (e.taskId === found.task.id) e.taskId = null;
        return { status: 200 };
      },
    },
  ];
}
