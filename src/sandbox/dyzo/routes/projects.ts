/**
 * Projects (docs: /projects, partial):
 *
 *   POST /project-v2/{user_id}/                        create; the creator becomes an admin assignee
 *   GET  /project/company/{company_id}/                all projects of the company
 *   GET  /project/company/{company_id}/{employee_id}/?isCompleted=&name=&start_date=&end_date=&project_leader=&page=
 *        projects the employee can see, most recent task activity first
 *
 * Older paths (`/projects/detail/{id}/`, `PUT /project/{id}/`, `/api/project/delete/{id}/`) come only
 * from an outdated URL dump and old docs, so they are not simulated.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { DEFAULT_PROJECT_STATUSES } from '../dataset.js';
import { domainError, success } from '../envelope.js';
import { paginate } from '../paging.js';
import { param, route } from '../routing.js';
import { projectWire } from '../serialize.js';
import { allocateId, findEmployee, type DyzoEmployee, type DyzoProject, type DyzoState } from '../state.js';
import { DAY_MS, normaliseInstant, parseDate } from '../time.js';
import { id, instant, jsonBody, priority } from '../validation.js';
import type { DyzoContext } from './context.js';

const createProject = z.object({
  name: z.string().trim().min(1, 'may not be blank'),
  companyId: id,
  description: z.string().optional(),
  client: id.nullable().optional(),
  priority: priority.optional(),
  project_leader: id.nullable().optional(),
  assignee: z.array(id).optional(),
  clientAssignee: z.array(id).optional(),
  budget: z.number().nonnegative().nullable().optional(),
  currencyType: z.string().nullable().optional(),
  dueDate: instant.nullable().optional(),
  stagingServerURL: z.string().nullable().optional(),
  liveServerURL: z.string().nullable().optional(),
  allocated_hours: z.number().nonnegative().nullable().optional(),
  accessLevels: z.record(z.string().regex(/^\d+$/, 'keys must be employee ids'), z.enum(['admin', 'editor', 'viewer'])).optional(),
  status: z
    .array(z.object({ id: z.string(), name: z.string().min(1), value: z.string().min(1), color: z.string() }))
    .optional(),
});

/** Last task-log start in the project, for the documented "sorted by recent task activity". */
function lastActivity(state: DyzoState, project: DyzoProject): number {
  const tasks = new Set(state.tasks.filter((t) => t.projectId === project._id).map((t) => t.taskId));
  let latest = Date.parse(project.dateAdded);
  for (const log of state.taskLogs) if (tasks.has(log.taskId)) latest = Math.max(latest, Date.parse(log.startTime));
  return latest;
}

function visibleTo(employee: DyzoEmployee, project: DyzoProject): boolean {
  return employee.isAdmin || project.project_leader === employee._id || project.assignee.includes(employee._id);
}

export function projectRoutes({ state, auth }: DyzoContext): SimRoute[] {
  const companyProjects = () => state.projects.filter((p) => p.companyId === state.company.id);

  return [
    route('POST', '/project-v2/:user_id/', (req, params) => {
      const creator = findEmployee(state, param(params, 'user_id'));
      const body = jsonBody(req, createProject);
      if (!body.ok) return body.response;
      const b = body.data;
      const denied = auth.companyGuard(b.companyId);
      if (denied) return denied;
      if (!creator) return domainError('Employee not found');
      const people = [...(b.project_leader ? [b.project_leader] : []), ...(b.assignee ?? [])];
      const unknown = people.find((e) => !findEmployee(state, e));
      if (unknown !== undefined) return domainError(`Employee ${unknown} not found`);
      const assignee = [...new Set([...(b.assignee ?? []), creator._id])];
      const project: DyzoProject = {
        _id: allocateId(state, 'project'),
        name: b.name.trim(),
        companyId: b.companyId,
        description: b.description ?? '',
        client: b.client ?? null,
        priority: b.priority ?? 'medium',
        project_leader: b.project_leader ?? null,
        assignee,
        clientAssignee: [...(b.clientAssignee ?? [])],
        budget: b.budget ?? null,
        currencyType: b.currencyType ?? null,
        dueDate: b.dueDate ? normaliseInstant(b.dueDate)! : null,
        stagingServerURL: b.stagingServerURL ?? null,
        liveServerURL: b.liveServerURL ?? null,
        allocated_hours: b.allocated_hours ?? null,
        // "The creator is automatically added as an assignee with admin access."
        accessLevels: { ...(b.accessLevels ?? {}), [String(creator._id)]: 'admin' },
        status: (b.status ?? DEFAULT_PROJECT_STATUSES).map((s) => ({ ...s })),
        isActive: true,
        isCompleted: false,
        dateAdded: state.clock,
      };
      state.projects.push(project);
      return success('Project created successfully', { data: projectWire(project) });
    }),

    route('GET', '/project/company/:company_id/', (req, params) => {
      const denied = auth.companyGuard(param(params, 'company_id'));
      if (denied) return denied;
      const page = paginate(companyProjects().sort((a, b) => a._id - b._id), req.query);
      if (!page.ok) return page.response;
      return success('Projects fetched successfully', { data: page.items.map(projectWire) }, page.headers);
    }),

    route('GET', '/project/company/:company_id/:employee_id/', (req, params) => {
      const denied = auth.companyGuard(param(params, 'company_id'));
      if (denied) return denied;
      const employee = findEmployee(state, param(params, 'employee_id'));
      if (!employee) return domainError('Employee not found');
      const q = req.query;
      let projects = companyProjects().filter((p) => visibleTo(employee, p));
      const isCompleted = q.get('isCompleted');
      if (isCompleted) {
        if (isCompleted !== 'true' && isCompleted !== 'false') return domainError("Invalid isCompleted: use 'true' or 'false'");
        projects = projects.filter((p) => p.isCompleted === (isCompleted === 'true'));
      }
      const name = q.get('name')?.toLowerCase();
      if (name) projects = projects.filter((p) => p.name.toLowerCase().includes(name));
      // start_date/end_date: inclusive days of `dateAdded` (the docs do not say which date).
      for (const [key, isEnd] of [['start_date', false], ['end_date', true]] as const) {
        const raw = q.get(key);
        if (!raw) continue;
        const day = parseDate(raw);
        if (day === undefined) return domainError(`Invalid ${key}: use YYYY-MM-DD`);
        projects = projects.filter((p) => (isEnd ? Date.parse(p.dateAdded) < day + DAY_MS : Date.parse(p.dateAdded) >= day));
      }
      const leader = q.get('project_leader');
      if (leader) {
        if (!/^\d+$/.test(leader)) return domainError('Invalid project_leader');
        projects = projects.filter((p) => p.project_leader === Number(leader));
      }
      projects.sort((a, b) => lastActivity(state, b) - lastActivity(state, a) || a._id - b._id);
      const page = paginate(projects, q);
      if (!page.ok) return page.response;
      return success('Projects fetched successfully', { data: page.items.map(projectWire) }, page.headers);
    }),
  ];
}
