/**
 * Dyzo's request middleware as the simulator models it: `X-API-Key` auth, then the per-key
 * rate limit, then response headers (`X-RateLimit-Remaining`, `X-Request-Id`).
 *
 * Like Django middleware it runs before URL resolution, so an unauthenticated request to an
 * unknown path gets the auth error, not the 404.
 *
 * Failures (HTTP 401, `status: 0`, documented `error_code`):
 * - no `X-API-Key` and no bearer token → NO_ACCESS_TOKEN
 * - `Authorization: Bearer …` without a key → INVALID_ACCESS_TOKEN (the simulator issues no JWTs)
 * - unknown or deactivated key → INVALID_API_KEY; past `expires_at` → API_KEY_EXPIRED
 * - key owner deleted → USER_NOT_FOUND; owner inactive → USER_INACTIVE
 * `status: 3` (HTTP 200) is for a valid key that reaches outside its company: see `companyGuard`.
 */
import type { SimRequest, SimResponse } from '../kit.js';
import { middlewareError, notAuthorised, rateLimited } from './envelope.js';
import type { KeyRateLimiter } from './ratelimit.js';
import type { DyzoApiKey, DyzoEmployee, DyzoState } from './state.js';

interface RequestMeta {
  requestId: string;
  key?: DyzoApiKey;
  caller?: DyzoEmployee;
  remaining?: number;
}

export class DyzoAuth {
  private readonly meta = new WeakMap<SimRequest, RequestMeta>();
  private requestCounter = 0;

  constructor(
    private readonly state: DyzoState,
    private readonly limiter: KeyRateLimiter,
  ) {}

  /** The kit's `before` hook: a response stops the request, undefined lets it reach the router. */
  readonly before = (req: SimRequest): SimResponse | undefined => {
    this.requestCounter += 1;
    const meta: RequestMeta = { requestId: `dyzo-sim-${String(this.requestCounter).padStart(6, '0')}` };
    this.meta.set(req, meta);
    const refusal = this.authenticate(req, meta);
    return refusal ? this.decorate(req, refusal) : undefined;
  };

  private authenticate(req: SimRequest, meta: RequestMeta): SimResponse | undefined {
    const header = req.headers['x-api-key'];
    const presented = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!presented) {
      const authorization = String(req.headers.authorization ?? '');
      if (/^Bearer\s+\S+/i.test(authorization)) {
        return middlewareError(401, 'INVALID_ACCESS_TOKEN', 'Invalid token: access token is not valid');
      }
      return middlewareError(401, 'NO_ACCESS_TOKEN', 'Authorization header missing');
    }
    const key = this.state.apiKeys.find((k) => k.key === presented);
    if (!key || !key.is_active) return middlewareError(401, 'INVALID_API_KEY', 'Invalid API key');
    if (Date.parse(key.expires_at) <= Date.parse(this.state.clock)) {
      return middlewareError(401, 'API_KEY_EXPIRED', 'API key has expired');
    }
    const owner = this.state.employees.find((e) => e._id === key.employeeId);
    if (!owner || owner.isDeleted) return middlewareError(401, 'USER_NOT_FOUND', 'User not found');
    if (!owner.isActive) return middlewareError(401, 'USER_INACTIVE', 'User account is inactive');

    const decision = this.limiter.take(key.key, key.rate_limit);
    if (decision && !decision.allowed) return rateLimited(decision.retryAfterSeconds);
    meta.key = key;
    meta.caller = owner;
    if (decision) meta.remaining = decision.remaining;
    return undefined;
  }

  /** The employee the request's key acts as; only valid inside a route (after `before`). */
  caller(req: SimRequest): DyzoEmployee {
    const caller = this.meta.get(req)?.caller;
    if (!caller) throw new Error('Dyzo simulator: route reached without an authenticated caller');
    return caller;
  }

  /** Adds the documented response headers; keeps any the response already set. */
  decorate(req: SimRequest, response: SimResponse): SimResponse {
    const meta = this.meta.get(req);
    const headers: Record<string, string> = {};
    if (meta) headers['x-request-id'] = meta.requestId;
    if (meta?.remaining !== undefined) headers['x-ratelimit-remaining'] = String(meta.remaining);
    return { ...response, headers: { ...headers, ...(response.headers ?? {}) } };
  }

  /**
   * A valid key asking about another company. Dyzo's frontend documents `status: 3` (often with
   * HTTP 200) as "unauthorised"; the simulator uses it for exactly this case so adapters meet it.
   */
  companyGuard(companyId: number): SimResponse | undefined {
    return companyId === this.state.company.id ? undefined : notAuthorised('You are not authorized to access this company');
  }
}
