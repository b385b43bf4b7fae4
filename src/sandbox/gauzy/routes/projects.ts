/**
 * `/api/organization-projects`: CRUD plus the per-employee list. Enum wire values follow the
 * code, not the docs: billing `FLAT_FEE` (not `FLAT`), budgetType lowercase `hours`/`cost`.
 * Members are managed with `memberIds`/`managerIds`.
 */
import type { SimRoute } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, OFFSET_PAGING, organizationIdOf, PAGE_PAGING, parseListQuery } from '../listing.js';
import { parseQuery, parseRelations } from '../query.js';
import { projectJson } from '../serialize.js';
import { baseColumns, PROJECT_BILLING, PROJECT_BUDGET_TYPES, PROJECT_OWNERS, PROJECT_STATUSES, setTags, type ProjectRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, checkIdList, countRoute, deleteResult, fieldPatch, type FieldKind } from './common.js';

const PROJECT_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  code: 'string',
  description: 'string',
  color: 'string',
  startDate: 'date',
  endDate: 'date',
  billing: PROJECT_BILLING,
  currency: 'string',
  public: 'boolean',
  owner: PROJECT_OWNERS,
  taskListType: ['GRID', 'SPRINT'],
  billable: 'boolean',
  billingFlat: 'boolean',
  openSource: 'boolean',
  projectUrl: 'string',
  openSourceProjectUrl: 'string',
  budget: 'number',
  budgetType: PROJECT_BUDGET_TYPES,
  imageUrl: 'string',
  icon: 'string',
  status: PROJECT_STATUSES,
  organizationContactId: 'uuid',
  defaultAssigneeId: 'uuid',
  imageId: 'uuid',
};

const WITH_MEMBERS = new Set(['members', 'members.employee', 'members.employee.user', 'tags', 'organizationContact']);

export function projectRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const load = (id: string): ProjectRow => {
    const p = state.projects.get(id);
    if (!p || p.deletedAt !== null) throw notFound();
    return p;
  };
  const setMembers = (project: ProjectRow, memberIds: string[], managerIds: string[], caller: Caller) => {
    const existing = state.projectMembers.filter((m) => m.organizationProjectId === project.id);
    state.projectMembers = state.projectMembers.filter((m) => m.organizationProjectId !== project.id);
    for (const employeeId of new Set([...managerIds, ...memberIds])) {
      if (!state.employees.has(employeeId)) continue;
      const prior = existing.find((m) => m.employeeId === employeeId);
      const at = ctx.nowIso();
      state.projectMembers.push({
        ...(prior ?? { ...baseColumns(ctx.newId(), at, caller.user.id), tenantId: project.tenantId, organizationId: project.organizationId }),
        organizationProjectId: project.id,
        employeeId,
        isManager: managerIds.includes(employeeId),
        assignedAt: prior?.assignedAt ?? at,
        roleId: null,
      });
    }
  };

  const list = route('GET', '/api/organization-projects', (req, caller) => {
    const q = parseListQuery(ctx, caller, req);
    // `GET /` → organization-project.service.ts `findAll` → CrudService.findAll (offset);
    // `/pagination` → `super.paginate` (L512): page-number skip, take 10 by default.
    const page = findAll(state.projects.values(), q, req.path.endsWith('/pagination') ? PAGE_PAGING : OFFSET_PAGING);
    return json({ items: page.items.map((p) => projectJson(state, p, q.relations)), total: page.total });
  });

  return [
    route('GET', '/api/organization-projects/count', countRoute(ctx, () => state.projects.values())),
    { ...list, pattern: '/api/organization-projects/pagination' },
    list,
    route('GET', '/api/organization-projects/employee/:employeeId', (req, caller) => {
      const employeeId = uuidParam(req.params, 'employeeId');
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const ids = new Set(state.projectMembers.filter((m) => m.employeeId === employeeId).map((m) => m.organizationProjectId));
      const rows = [...state.projects.values()].filter((p) => p.deletedAt === null && ids.has(p.id));
      return json(rows.map((p) => projectJson(state, p, parseRelations(q['relations']))));
    }),
    route('GET', '/api/organization-projects/:id', (req) => {
      const p = load(uuidParam(req.params));
      return json(projectJson(state, p, parseRelations(parseQuery(req.query)['relations'])));
    }),
    route('POST', '/api/organization-projects', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      v.notEmpty(errors, 'name', body['name']);
      const patch = fieldPatch(errors, body, PROJECT_FIELDS);
      const memberIds = checkIdList(errors, 'memberIds', body['memberIds']);
      const managerIds = checkIdList(errors, 'managerIds', body['managerIds']);
      const tagIds = checkIdList(errors, 'tags', body['tags']);
      v.throwIfAny(errors);
      const at = ctx.nowIso();
      const project: ProjectRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? state.organization.id,
        name: String(body['name']),
        code: null,
        description: null,
        color: null,
        startDate: null,
        endDate: null,
        billing: 'RATE',
        currency: state.organization.currency,
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
        status: null,
        archiveTasksIn: null,
        closeTasksIn: null,
        organizationContactId: null,
        imageId: null,
        defaultAssigneeId: null,
        ...(patch as Partial<ProjectRow>),
      };
      state.projects.set(project.id, project);
      setMembers(project, memberIds, managerIds, caller);
      setTags(state, 'project', project.id, tagIds);
      return json(projectJson(state, project, WITH_MEMBERS), 201);
    }),
    route('PUT', '/api/organization-projects/:id', (req, caller) => {
      const project = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      if ('name' in body) v.notEmpty(errors, 'name', body['name']);
      const patch = fieldPatch(errors, body, PROJECT_FIELDS);
      const memberIds = checkIdList(errors, 'memberIds', body['memberIds']);
      const managerIds = checkIdList(errors, 'managerIds', body['managerIds']);
      const tagIds = 'tags' in body ? checkIdList(errors, 'tags', body['tags']) : undefined;
      v.throwIfAny(errors);
      Object.assign(project, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      if ('memberIds' in body || 'managerIds' in body) setMembers(project, memberIds, managerIds, caller);
      if (tagIds) setTags(state, 'project', project.id, tagIds);
      return json(projectJson(state, project, WITH_MEMBERS), 202);
    }),
    route('DELETE', '/api/organization-projects/:id', (req) => {
      const project = load(uuidParam(req.params));
      state.projects.delete(project.id);
      state.projectMembers = state.projectMembers.filter((m) => m.organizationProjectId !== project.id);
      setTags(state, 'project', project.id, []);
      // time_log.projectId and task.projectId are ON DELETE SET NULL.
      for (const log of state.timeLogs.values()) if (log.projectId === project.id) log.projectId = null;
      for (const task of state.tasks.values()) if (task.projectId === project.id) task.projectId = null;
      return deleteResult(1);
    }),
  ];
}
