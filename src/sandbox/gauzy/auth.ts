/**
 * Authentication and the tenant guard.
 *
 * Tokens are HS256 JWTs (so adapters that peek at the payload see Gauzy-like claims) signed with
 * a per-simulator secret; the configured static token is accepted as is. Every route except the
 * public auth ones goes through `guarded`, which reproduces Nest's order: the JWT guard (401),
 * then TenantBaseGuard / TenantPermissionGuard (403), then the handler, whose validation pipes
 * give 400/406. Unknown routes never reach a guard, so they stay 404 even without a token.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { HttpMethod, SimHandler, SimRequest, SimResponse, SimRoute } from '../kit.js';
import { forbidden, HttpError, unauthorized } from './envelope.js';
import { parseJsonParam } from './query.js';
import { roleHas, SIM_PERMISSIONS } from './permissions.js';
import { employeeOfUser, type EmployeeRow, type GauzyState, type UserRow } from './state.js';

export interface Caller {
  user: UserRow;
  employee: EmployeeRow | undefined;
  tenantId: string;
}

const b64url = (input: string | Buffer): string => Buffer.from(input).toString('base64url');

export class TokenService {
  private readonly secret = randomBytes(32);
  private readonly revoked = new Set<string>();

  constructor(
    private readonly state: GauzyState,
    readonly staticToken: string,
    private readonly staticUserId: string,
    private readonly now: () => Date,
    private readonly ttlSeconds = 86_400,
  ) {}

  private sign(payload: Record<string, unknown>, secret: Buffer | string = this.secret): string {
    const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64url(JSON.stringify(payload));
    const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
    return `${head}.${body}.${sig}`;
  }

  /** What `POST /auth/login` and `/auth/refresh-token` hand out. */
  issue(user: UserRow): { token: string; refresh_token: string } {
    const iat = Math.floor(this.now().getTime() / 1000);
    const claims = { ...accessClaims(this.state, user), iat };
    return {
      token: this.sign({ ...claims, exp: iat + this.ttlSeconds, jti: randomBytes(6).toString('hex') }),
      refresh_token: this.sign({ id: user.id, typ: 'refresh', iat, exp: iat + 7 * 86_400, jti: randomBytes(6).toString('hex') }),
    };
  }

  private decode(token: string): Record<string, unknown> | undefined {
    const [head, body, sig] = token.split('.');
    if (!head || !body || !sig) return undefined;
    const expected = createHmac('sha256', this.secret).update(`${head}.${body}`).digest('base64url');
    if (expected !== sig || this.revoked.has(token)) return undefined;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
      if (typeof payload['exp'] === 'number' && payload['exp'] * 1000 < this.now().getTime()) return undefined;
      return payload;
    } catch {
      return undefined;
    }
  }

  /** The user behind an access token, or undefined. */
  verifyAccess(token: string): UserRow | undefined {
    if (token === this.staticToken) return this.state.users.get(this.staticUserId);
    const payload = this.decode(token);
    if (!payload || payload['typ'] === 'refresh' || typeof payload['id'] !== 'string') return undefined;
    return this.state.users.get(payload['id']);
  }

  /** Refresh tokens rotate: a used one is revoked. */
  useRefresh(token: string): UserRow | undefined {
    const payload = this.decode(token);
    if (!payload || payload['typ'] !== 'refresh' || typeof payload['id'] !== 'string') return undefined;
    this.revoked.add(token);
    return this.state.users.get(payload['id']);
  }
}

/** The claims of a Gauzy access token for `user` (auth.service.ts `getJwtAccessToken`, L1400-1407). */
function accessClaims(state: GauzyState, user: UserRow): Record<string, unknown> {
  const employee = employeeOfUser(state, user.id);
  const role = state.roles.get(user.roleId)?.name;
  return {
    id: user.id,
    tenantId: user.tenantId,
    organizationId: employee?.organizationId ?? null,
    employeeId: employee?.id ?? null,
    role: role ?? null,
    permissions: SIM_PERMISSIONS.filter((p) => roleHas(role, p)),
  };
}

/**
 * The default static token: JWT-shaped with the login user's real claims and no `exp`, so a
 * client that reads them (as Gauzy's own apps do) sees what a Gauzy token would tell it. Its
 * signature is a fixed marker; the simulator accepts it by equality, not by verification.
 */
export function staticToken(state: GauzyState, userId: string): string {
  const user = state.users.get(userId);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(user ? accessClaims(state, user) : {}));
  return `${head}.${body}.${b64url('gauzy-sim-static-token')}`;
}

export function bearer(req: SimRequest): string | undefined {
  const header = req.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(.+)$/i.exec(value ?? '');
  return m?.[1]?.trim();
}

function headerValue(req: SimRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * TenantBaseGuard: a `Tenant-Id` header must match the token's tenant; without it, GET/DELETE
 * need `tenantId` in the query (or `data={"findInput":{"tenantId":…}}`) and POST/PUT/PATCH need
 * `tenantId` (or `tenant.id`) in the body. Anything else is 403.
 */
export function tenantAllowed(req: SimRequest, tenantId: string): boolean {
  const header = headerValue(req, 'tenant-id');
  if (header) return header === tenantId;
  if (req.method === 'GET' || req.method === 'DELETE') {
    if (req.query.has('tenantId')) return req.query.get('tenantId') === tenantId;
    if (req.query.has('data')) {
      const data = parseJsonParam(req.query.get('data') ?? undefined);
      const findInput = data['findInput'];
      return !!findInput && typeof findInput === 'object' && (findInput as Record<string, unknown>)['tenantId'] === tenantId;
    }
    return false;
  }
  const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
  if ('tenantId' in body) return body['tenantId'] === tenantId;
  const tenant = body['tenant'];
  if (tenant && typeof tenant === 'object') return (tenant as Record<string, unknown>)['id'] === tenantId;
  return false;
}

export type GuardedHandler = (req: SimRequest, caller: Caller) => SimResponse | Promise<SimResponse>;

export interface RouteOptions {
  /** Skip TenantBaseGuard (routes whose controller has no tenant guard). */
  noTenantGuard?: boolean;
}

/** Turns thrown HttpErrors into responses, as Nest's exception filter does. */
export function catching(handler: SimHandler): SimHandler {
  return async (req) => {
    try {
      return await handler(req);
    } catch (error) {
      if (error instanceof HttpError) return error.toResponse();
      throw error;
    }
  };
}

export function makeGuarded(state: GauzyState, tokens: TokenService) {
  return (method: HttpMethod, pattern: string, handler: GuardedHandler, options: RouteOptions = {}): SimRoute => ({
    method,
    pattern,
    handler: catching(async (req) => {
      const token = bearer(req);
      const user = token ? tokens.verifyAccess(token) : undefined;
      if (!user || user.deletedAt !== null || !user.isActive) throw unauthorized();
      if (!options.noTenantGuard && !tenantAllowed(req, user.tenantId)) throw forbidden();
      return handler(req, { user, employee: employeeOfUser(state, user.id), tenantId: user.tenantId });
    }),
  });
}

export type Guarded = ReturnType<typeof makeGuarded>;
