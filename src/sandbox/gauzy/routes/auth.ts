/**
 * Public auth routes plus the "who am I" reads an adapter needs right after login:
 * `POST /auth/login` (200, `{user, token, refresh_token}` — snake_case refresh token, as the code
 * returns, not the docs' `refreshToken`), `POST /auth/refresh-token`, `GET /user/me` and the
 * organization reads.
 */
import type { SimRoute } from '../../kit.js';
import { catching } from '../auth.js';
import type { SimContext } from '../context.js';
import { badRequest, json, notFound, throttled, unauthorized, uuidParam } from '../envelope.js';
import { callerCan } from '../permissions.js';
import { asList, parseQuery, parseRelations } from '../query.js';
import { employeeJson, userJson } from '../serialize.js';
import { email as isEmail, intRange, notEmpty, plainObject, throwIfAny, type Errors } from '../validate.js';

/**
 * `@Throttle({ default: { limit: 5, ttl: 60000 } })` on `POST /auth/login`
 * (auth/auth.controller.ts `login`, L159): five logins a minute, then 429, whatever the global
 * limit says. Real time, as the throttler's storage counts it, not the simulated clock.
 */
const LOGIN_LIMIT = 5;
const LOGIN_WINDOW_MS = 60_000;

export function authRoutes(ctx: SimContext): SimRoute[] {
  const { state, tokens } = ctx;
  let loginWindow = { startedAt: 0, count: 0 };
  return [
    {
      method: 'POST',
      pattern: '/api/auth/login',
      handler: catching((req) => {
        const at = Date.now();
        if (at - loginWindow.startedAt >= LOGIN_WINDOW_MS) loginWindow = { startedAt: at, count: 0 };
        loginWindow.count += 1;
        if (loginWindow.count > LOGIN_LIMIT) {
          return throttled(Math.ceil((loginWindow.startedAt + LOGIN_WINDOW_MS - at) / 1000));
        }
        const body = plainObject(req.body) ? req.body : {};
        const errors: Errors = [];
        if (notEmpty(errors, 'email', body['email'])) isEmail(errors, 'email', body['email'], true);
        notEmpty(errors, 'password', body['password']);
        throwIfAny(errors);
        const email = String(body['email']).toLowerCase();
        const user = [...state.users.values()].find((u) => u.email.toLowerCase() === email && u.deletedAt === null);
        // Only the configured login user has a password in the simulator.
        if (!user || email !== ctx.credentials.email.toLowerCase() || body['password'] !== ctx.credentials.password) {
          throw unauthorized();
        }
        user.lastLoginAt = ctx.nowIso();
        const pair = tokens.issue(user);
        return json({ user: userJson(state, user, new Set(['role', 'employee', 'tenant'])), ...pair });
      }),
    },
    {
      method: 'POST',
      pattern: '/api/auth/refresh-token',
      handler: catching((req) => {
        const body = plainObject(req.body) ? req.body : {};
        const errors: Errors = [];
        notEmpty(errors, 'refresh_token', body['refresh_token']);
        throwIfAny(errors);
        const user = tokens.useRefresh(String(body['refresh_token']));
        if (!user) throw unauthorized();
        return json(tokens.issue(user));
      }),
    },
    // The user controller is not tenant-scoped for /me: a client calls it to learn its tenant.
    // user.service.ts `findMeUser` (L118-144): `employee` is spliced out of `relations`; the
    // employee comes only with `includeEmployee=true` (FindMeQueryDTO, parseToBoolean), looked
    // up by `findOneByUserId` (employee.service.ts L228: active, not archived).
    ctx.route(
      'GET',
      '/api/user/me',
      (req, caller) => {
        const q = parseQuery(req.query);
        const relations = parseRelations(q['relations']);
        for (const r of [...relations]) if (r === 'employee' || r.startsWith('employee.')) relations.delete(r);
        const out = userJson(state, caller.user, relations);
        const employee = caller.employee;
        if (q['includeEmployee'] === 'true' && employee && employee.isActive && !employee.isArchived) {
          out['employee'] = employeeJson(state, employee, q['includeOrganization'] === 'true' ? new Set(['organization']) : new Set());
        }
        return json(out);
      },
      { noTenantGuard: true },
    ),
    // auth.controller.ts `hasPermissions` → auth.service.ts `hasPermissions` (L1247): true when
    // the caller's role holds ANY of `permissions[]` (HasPermissionsQueryDTO: an enum array).
    ctx.route(
      'GET',
      '/api/auth/permissions',
      (req, caller) => {
        const asked = asList(parseQuery(req.query)['permissions']);
        if (!Array.isArray(parseQuery(req.query)['permissions'])) throw badRequest(['permissions must be an array']);
        return json(asked.some((p) => (p === 'CHANGE_SELECTED_EMPLOYEE' || p === 'ORG_MEMBER_LAST_LOG_VIEW') && callerCan(state, caller, p)));
      },
      { noTenantGuard: true },
    ),
    ctx.route('GET', '/api/organization', (req) => {
      // Organizations are tenant-level rows; the demo tenant has exactly one.
      const q = parseQuery(req.query);
      const errors: Errors = [];
      const take = intRange(errors, 'take', q['take'], 0, 100);
      const skip = intRange(errors, 'skip', q['skip'], 0) ?? 0;
      throwIfAny(errors);
      const all = [{ ...state.organization }];
      return json({ items: all.slice(skip, take ? skip + take : undefined), total: all.length });
    }),
    ctx.route('GET', '/api/organization/:id', (req) => {
      const id = uuidParam(req.params);
      if (id !== state.organization.id) throw notFound();
      return json({ ...state.organization });
    }),
  ];
}
