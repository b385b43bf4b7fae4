/**
 * `/api/employee` (EmployeeController): list and pagination (`{items, total}`, only employees
 * whose user is active and not archived), get by id, create (a new user + employee), update
 * (202, as the controller's @HttpCode says) and hard delete. Time tracking in Gauzy is done as an
 * employee, so `employeeId` ≠ `userId` everywhere.
 */
import type { SimRoute } from '../../kit.js';
import type { SimContext } from '../context.js';
import { badRequest, json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, OFFSET_PAGING, PAGE_PAGING, parseListQuery, organizationIdOf } from '../listing.js';
import { parseQuery, parseRelations } from '../query.js';
import { employeeJson, userJson } from '../serialize.js';
import { baseColumns, EMPLOYEE_DEFAULTS, roleByName, setTags, type EmployeeRow, type UserRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, checkIdList, countRoute, deleteResult, fieldPatch, type FieldKind } from './common.js';

const PAY_PERIODS = ['NONE', 'BI_WEEKLY', 'WEEKLY', 'TWICE_PER_MONTH', 'MONTHLY'] as const;

const EMPLOYEE_FIELDS: Record<string, FieldKind> = {
  short_description: 'string',
  description: 'string',
  startedWorkOn: 'date',
  endWork: 'date',
  payPeriod: PAY_PERIODS,
  billRateValue: 'number',
  billRateCurrency: 'string',
  minimumBillingRate: 'number',
  reWeeklyLimit: 'number',
  employeeLevel: 'string',
  profile_link: 'string',
  isTrackingEnabled: 'boolean',
  allowScreenshotCapture: 'boolean',
  allowManualTime: 'boolean',
  allowModifyTime: 'boolean',
  allowDeleteTime: 'boolean',
  isJobSearchActive: 'boolean',
  valueDate: 'date',
};

const USER_FIELDS: Record<string, FieldKind> = {
  firstName: 'string',
  lastName: 'string',
  email: 'email',
  imageUrl: 'string',
  timeZone: 'string',
  preferredLanguage: 'string',
  phoneNumber: 'string',
  username: 'string',
};

export function employeeRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const activeUser = (e: EmployeeRow) => {
    const u = state.users.get(e.userId);
    return !!u && u.isActive && !u.isArchived && u.deletedAt === null;
  };
  // employee.controller.ts `findAll` (L257-267): `where.user = { isActive: true, isArchived:
  // false }` is forced in, so a deactivated person is missing; CrudService.findAll pages by offset.
  const list = route('GET', '/api/employee', (req, caller) => {
    const q = parseListQuery(ctx, caller, req);
    const page = findAll([...state.employees.values()].filter(activeUser), q, OFFSET_PAGING);
    return json({ items: page.items.map((e) => employeeJson(state, e, q.relations)), total: page.total });
  });
  // employee.service.ts `pagination` (L517-690): every employee of the tenant, narrowed only by
  // `where.organizationId`, `isActive`, `isArchived`, `isTrackingEnabled`,
  // `allowScreenshotCapture`, tags and user name/email; `skip` is a page number and `take`
  // defaults to 10 (L583-584). The user is joined whatever its state.
  const pagination = route('GET', '/api/employee/pagination', (req, caller) => {
    const q = parseListQuery(ctx, caller, req);
    const where: Record<string, unknown> = {};
    for (const key of ['organizationId', 'isActive', 'isArchived', 'isTrackingEnabled', 'allowScreenshotCapture']) {
      if (key in q.where) where[key] = q.where[key];
    }
    const rows = [...state.employees.values()].filter((e) => e.tenantId === caller.tenantId);
    const page = findAll(rows, { ...q, where }, PAGE_PAGING);
    return json({ items: page.items.map((e) => employeeJson(state, e, q.relations)), total: page.total });
  });
  const load = (id: string): EmployeeRow => {
    const e = state.employees.get(id);
    if (!e || e.deletedAt !== null) throw notFound();
    return e;
  };
  return [
    route('GET', '/api/employee/count', countRoute(ctx, () => state.employees.values())),
    pagination,
    list,
    // user.controller.ts `update` (L240-250): `PUT /user/:id`, UpdateUserDTO (a partial
    // CreateUserDTO: names, e-mail, image, language), 202 with the user.
    route('PUT', '/api/user/:id', (req, caller) => {
      const user = state.users.get(uuidParam(req.params));
      if (!user || user.deletedAt !== null || user.tenantId !== caller.tenantId) throw notFound();
      const errors: v.Errors = [];
      const patch = fieldPatch(errors, bodyOf(req), USER_FIELDS);
      v.throwIfAny(errors);
      if (typeof patch['email'] === 'string') {
        const email = patch['email'].toLowerCase();
        if ([...state.users.values()].some((u) => u.id !== user.id && u.email.toLowerCase() === email && u.deletedAt === null)) throw badRequest('Email already exists');
        patch['email'] = email;
      }
      Object.assign(user, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      return json(userJson(state, user), 202);
    }),
    route('GET', '/api/employee/:id', (req) => {
      const e = load(uuidParam(req.params));
      return json(employeeJson(state, e, parseRelations(parseQuery(req.query)['relations'])));
    }),
    route('POST', '/api/employee', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      const patch = fieldPatch(errors, body, EMPLOYEE_FIELDS);
      const tagIds = checkIdList(errors, 'tags', body['tags']);
      let user: UserRow | undefined;
      let userPatch: Record<string, unknown> = {};
      if (!v.isEmpty(body['userId'])) {
        v.uuid(errors, 'userId', body['userId'], true);
      } else if (!v.plainObject(body['user'])) {
        errors.push('user must be an object');
      } else {
        const input = body['user'];
        userPatch = fieldPatch(errors, input, USER_FIELDS);
        if (v.notEmpty(errors, 'user.email', input['email'])) v.email(errors, 'user.email', input['email'], true);
        // UserInputDTO (employee/dto/user-input-dto.ts): `role` is @IsObject @IsNotEmptyObject;
        // the create handler then assigns the tenant's EMPLOYEE role whatever was sent
        // (employee/commands/handlers/employee.create.handler.ts L104-118).
        if (!v.plainObject(input['role'])) errors.push('user.role must be an object', 'user.role must be a non-empty object');
        else if (Object.keys(input['role']).length === 0) errors.push('user.role must be a non-empty object');
        v.notEmpty(errors, 'password', body['password']);
      }
      v.throwIfAny(errors);
      if (typeof body['userId'] === 'string') {
        user = state.users.get(body['userId']);
        if (!user || user.deletedAt !== null) throw badRequest('User not found');
        const userId = user.id;
        if ([...state.employees.values()].some((e) => e.userId === userId && e.deletedAt === null)) {
          throw badRequest('Employee already exists for this user');
        }
      } else {
        const email = String(userPatch['email']).toLowerCase();
        if ([...state.users.values()].some((u) => u.email.toLowerCase() === email && u.deletedAt === null)) {
          throw badRequest('Email already exists');
        }
        const at = ctx.nowIso();
        user = {
          ...baseColumns(ctx.newId(), at, caller.user.id),
          tenantId: caller.tenantId,
          thirdPartyId: null,
          firstName: '',
          lastName: '',
          email,
          phoneNumber: null,
          username: null,
          timeZone: 'Etc/UTC',
          timeFormat: 12,
          imageUrl: null,
          preferredLanguage: 'en',
          preferredComponentLayout: 'TABLE',
          lastLoginAt: null,
          emailVerifiedAt: null,
          roleId: roleByName(state, 'EMPLOYEE')?.id ?? '',
          ...(userPatch as Partial<UserRow>),
        } as UserRow;
        user.email = email;
        state.users.set(user.id, user);
      }
      const at = ctx.nowIso();
      const employee: EmployeeRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? state.organization.id,
        userId: user.id,
        ...EMPLOYEE_DEFAULTS,
        startedWorkOn: null,
        payPeriod: null,
        billRateValue: 0,
        billRateCurrency: state.organization.currency,
        reWeeklyLimit: null,
        profile_link: null,
        ...(patch as Partial<EmployeeRow>),
      };
      state.employees.set(employee.id, employee);
      setTags(state, 'employee', employee.id, tagIds);
      return json(employeeJson(state, employee, new Set(['user'])), 201);
    }),
    route('PUT', '/api/employee/:id', (req, caller) => {
      const e = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      // UpdateEmployeeDTO (employee/dto/update-employee.dto.ts) has no `user`, and the route
      // validates with `whitelist: true` (employee.controller.ts `update`, L365-369): a `user`
      // object is stripped without a word, so name and e-mail changes are dropped and the answer
      // is still 202.
      const patch = fieldPatch(errors, body, EMPLOYEE_FIELDS);
      const tagIds = 'tags' in body ? checkIdList(errors, 'tags', body['tags']) : undefined;
      v.throwIfAny(errors);
      const at = ctx.nowIso();
      Object.assign(e, patch, { updatedAt: at, updatedByUserId: caller.user.id });
      if (tagIds) setTags(state, 'employee', e.id, tagIds);
      return json(employeeJson(state, e, new Set(['user'])), 202);
    }),
    // employee.controller.ts `delete` (L412-419): `@Query() options: TenantOrganizationBaseDTO`
    // validated, so `organizationId` is required, and the delete is scoped by it.
    route('DELETE', '/api/employee/:id', (req, caller) => {
      const id = uuidParam(req.params);
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const e = load(id);
      if (e.organizationId !== organizationIdOf(q)) return deleteResult(0);
      state.employees.delete(e.id);
      // Foreign keys from time logs, timesheets and memberships cascade on delete.
      state.teamMembers = state.teamMembers.filter((m) => m.employeeId !== e.id);
      state.projectMembers = state.projectMembers.filter((m) => m.employeeId !== e.id);
      state.taskMembers = state.taskMembers.filter((m) => m.employeeId !== e.id);
      state.contactMembers = state.contactMembers.filter((m) => m.employeeId !== e.id);
      for (const [id, log] of state.timeLogs) if (log.employeeId === e.id) state.timeLogs.delete(id);
      for (const [id, ts] of state.timesheets) if (ts.employeeId === e.id) state.timesheets.delete(id);
      setTags(state, 'employee', e.id, []);
      return deleteResult(1);
    }),
  ];
}
