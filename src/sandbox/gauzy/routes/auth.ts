/**
 * Public auth routes plus the "who am I" reads an adapter needs right after login:
 * `POST /auth/login` (200, `{user, token, refresh_token}` — snake_case refresh token, as the code
 * returns, not the docs' `refreshToken`), `POST /auth/refresh-token`, `GET /user/me` and the
 * organization reads.
 */
import type { SimRoute } from '../../kit.js';
import { catching } from '../auth.js';
import type { SimContext } from '../context.js';
import { json, notFound, unauthorized, uuidParam } from '../envelope.js';
import { parseQuery, parseRelations } from '../query.js';
import { userJson } from '../serialize.js';
import { email as isEmail, intRange, notEmpty, plainObject, throwIfAny, type Errors } from '../validate.js';

export function authRoutes(ctx: SimContext): SimRoute[] {
  const { state, tokens } = ctx;
  return [
    {
      method: 'POST',
      pattern: '/api/auth/login',
      handler: catching((req) => {
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
    ctx.route(
      'GET',
      '/api/user/me',
      (req, caller) => json(userJson(state, caller.user, parseRelations(parseQuery(req.query)['relations']))),
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
