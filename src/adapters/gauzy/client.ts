/**
 * Raw Ever Gauzy calls over the shared vendor HTTP client (src/adapters/http.ts).
 *
 * What this layer adds for Gauzy (vendor-docs/gauzy.md §1):
 * - auth: a configured bearer token, or `POST /auth/login` with email + password, done once
 *   and shared by concurrent callers. Login is throttled to 5 a minute
 *   (auth/auth.controller.ts `login`, `@Throttle({ default: { limit: 5, ttl: 60000 } })`), so a
 *   token that expired (by its `exp`, or a 401) is renewed with `POST /auth/refresh-token`
 *   (`refresh_token` in the body, auth.controller.ts `refreshToken`), and only a refused
 *   refresh falls back to a new login;
 * - tenancy: `Tenant-Id` on every request (it satisfies the tenant guard for every method), and
 *   `organizationId` + `tenantId` in every write body, because Gauzy's DTOs demand them;
 * - `take`/`skip` paging of `{items, total}` lists, `take` ≤ 100, read to the end, with `skip`
 *   read the way the endpoint reads it (see `Paging`), and `where[organizationId]` always sent:
 *   the tenant-aware services add only the tenant themselves.
 */
import { z } from 'zod';
import { UpstreamError } from '../../domain/errors.js';
import { pathSegment } from '../../domain/ids.js';
import { createVendorHttp, type RequestOptions, type VendorHttp, type VendorHttpDeps } from '../http.js';
import { GauzyError, GauzyLoginResponse, GauzyMe, GauzyTokenPair, gauzyPagination } from './types.js';

/**
 * How a list endpoint reads `skip`. `offset` for CrudService.findAll (`GET /{res}`: the options
 * go to TypeORM as they are); `page` for CrudService.paginate (`GET /{res}/pagination`,
 * core/crud/crud.service.ts L194-196: offset = take × (skip − 1)) and for the services that
 * copy it (employee.service.ts `pagination`, organization-team.service.ts `findAll`).
 */
export type Paging = 'offset' | 'page';

export interface GauzyClientConfig {
  /** Request counting, response cache, shared limiter and circuit breaker (see http.ts). */
  http?: VendorHttpDeps;
  source: string;
  baseUrl: string;
  token?: string;
  email?: string;
  password?: string;
  tenantId: string;
  organizationId: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Query = NonNullable<RequestOptions['query']>;

/** Gauzy rejects `take` above 100 with a 400. */
export const MAX_TAKE = 100;
/** A guard against a server that keeps answering full pages forever. */
const MAX_PAGES = 10_000;

/** NestJS envelope → message; validation failures are a string array. Never echoes request headers. */
export function gauzyErrorMessage(_status: number, body: unknown): string | undefined {
  const parsed = GauzyError.safeParse(body);
  if (!parsed.success) return undefined;
  const { message, error } = parsed.data;
  const text = Array.isArray(message) ? message.join('; ') : message;
  return text || error || undefined;
}

/** Seconds of slack: a token this close to its `exp` is renewed before use. */
const EXPIRY_SLACK_S = 30;

/** A JWT's claims, read without checking the signature (the server still decides). */
function claims(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Whether a JWT's `exp` claim has passed. */
export function expired(token: string, nowMs: number): boolean {
  const exp = claims(token)?.['exp'];
  return typeof exp === 'number' && exp - EXPIRY_SLACK_S <= nowMs / 1000;
}

/** The `permissions` claim Gauzy puts in its access tokens, when the token has one. */
export function permissionsClaim(token: string): string[] | null {
  const permissions = claims(token)?.['permissions'];
  return Array.isArray(permissions) && permissions.every((p) => typeof p === 'string') ? permissions : null;
}

export interface GauzyClient {
  readonly organizationId: string;
  readonly tenantId: string;
  /** Path segment of a remote id, encoded (ids are validated upstream, but never trusted in a path). */
  readonly seg: (id: string) => string;
  get<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<T>;
  /** POST/PUT/DELETE; bodies get `organizationId` and `tenantId` added. PUT and DELETE are retried as idempotent. */
  write<T>(method: Exclude<Method, 'GET'>, path: string, schema: z.ZodType<T>, options?: { body?: Record<string, unknown>; query?: Query }): Promise<T>;
  /** Every item of a CrudController list, read with take/skip to the end, de-duplicated by id. */
  listAll<T extends { id: string }>(path: string, item: z.ZodType<T>, query: Query | undefined, paging: Paging): Promise<T[]>;
  /** The employee the credentials act as in this organization (Gauzy's timer only ever runs for them). */
  ownEmployeeId(): Promise<string | null>;
  /**
   * Whether the credentials hold CHANGE_SELECTED_EMPLOYEE: without it Gauzy answers time-log
   * lists for the caller's own employee only, whatever `employeeIds` asks for.
   */
  seesOtherEmployees(): Promise<boolean>;
  readonly requestCount: number;
  close(): Promise<void>;
}

export function createGauzyClient(config: GauzyClientConfig): GauzyClient {
  const http: VendorHttp = createVendorHttp({
    ...config.http,
    source: config.source,
    vendor: 'gauzy',
    baseUrl: config.baseUrl,
    headers: { 'Tenant-Id': config.tenantId },
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    errorMessage: gauzyErrorMessage,
  });
  const canLogin = Boolean(config.email && config.password);
  let session: Promise<string> | null = config.token ? Promise.resolve(config.token) : null;
  /** The refresh token of the last login or refresh (rotated by Gauzy on every use). */
  let refreshToken: string | null = null;
  let employeeId: Promise<string | null> | null = null;
  /** Tokens obtained by login or refresh, kept only to scrub them from error messages. */
  const issued = new Set<string>();

  const remember = (token: string, refresh: string | null | undefined) => {
    if (issued.size > 16) issued.clear();
    issued.add(token);
    if (refresh) {
      issued.add(refresh);
      refreshToken = refresh;
    }
    return token;
  };

  /** A failed renewal must not be cached, or every later call would replay the failure. */
  const track = (pending: Promise<string>): Promise<string> => {
    pending.catch(() => {
      if (session === pending) session = null;
    });
    return pending;
  };

  const login = (): Promise<string> =>
    track(
      http.request('POST', '/auth/login', GauzyLoginResponse, { body: { email: config.email, password: config.password } }).then((res) => {
        // The login answer names the employee (auth.service.ts `login`: findOneByUserId in the
        // token's organization); it counts only if it belongs to the configured one.
        const employee = res.user?.employee;
        if (employee?.id && (!employee.organizationId || employee.organizationId === config.organizationId)) employeeId = Promise.resolve(employee.id);
        return remember(res.token, res.refresh_token ?? res.refreshToken);
      }),
    );

  /** A new access token from the refresh token; a refused refresh falls back to one login. */
  const renew = (): Promise<string> => {
    const refresh = refreshToken;
    if (!refresh) return login();
    refreshToken = null;
    return track(
      http
        .request('POST', '/auth/refresh-token', GauzyTokenPair, { body: { refresh_token: refresh } })
        .then((res) => remember(res.token, res.refresh_token ?? res.refreshToken))
        .catch((error: unknown) => {
          if (error instanceof UpstreamError && (error.status === 401 || error.status === 403 || error.status === 400)) return login();
          throw error;
        }),
    );
  };

  const bearer = (): Promise<string> => {
    if (!session) {
      if (!canLogin) throw new UpstreamError('UPSTREAM_AUTH_FAILED', config.source, 'Gauzy source has neither a token nor email and password');
      session = login();
    }
    return session;
  };

  /**
   * The shared client scrubs its own headers from errors; the bearer token and password are
   * added here per request, so they are scrubbed here too, should a vendor ever echo them.
   */
  const scrub = (error: unknown): unknown => {
    if (!(error instanceof UpstreamError)) return error;
    const secrets = [config.token, config.password, ...issued].filter((s): s is string => !!s && s.length >= 4);
    const message = secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), error.message);
    return message === error.message ? error : new UpstreamError(error.code, error.source, message, error.status);
  };

  const call = async <T>(method: Method, path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> => {
    try {
      return await authorised(method, path, schema, options);
    } catch (error) {
      throw scrub(error);
    }
  };

  /** Renews the shared session once for every caller that saw the same token fail or expire. */
  const renewFrom = (used: Promise<string>): Promise<string> => {
    if (session === used || session === null) session = renew();
    return session;
  };

  const authorised = async <T>(method: Method, path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> => {
    const send = (token: string) => http.request(method, path, schema, { ...options, headers: { ...options.headers, Authorization: `Bearer ${token}` } });
    let used = bearer();
    // A failing login is final: retrying it with the same credentials cannot succeed.
    let token = await used;
    // A token we obtained and whose `exp` has passed is renewed before use, not after a 401.
    if (canLogin && issued.has(token) && expired(token, Date.now())) {
      used = renewFrom(used);
      token = await used;
    }
    try {
      return await send(token);
    } catch (error) {
      const refused = error instanceof UpstreamError && error.status === 401;
      if (!refused || !canLogin) throw error;
      return send(await renewFrom(used));
    }
  };

  let canSeeOthers: Promise<boolean> | null = null;
  const withTenancy = (body: Record<string, unknown> | undefined) => ({ ...body, organizationId: config.organizationId, tenantId: config.tenantId });

  const client: GauzyClient = {
    organizationId: config.organizationId,
    tenantId: config.tenantId,
    seg: (id) => pathSegment(id),
    get: (path, schema, query) => call('GET', path, schema, query ? { query } : {}),
    write: (method, path, schema, options = {}) =>
      call(method, path, schema, {
        ...(options.query ? { query: options.query } : {}),
        ...(method === 'DELETE' ? {} : { body: withTenancy(options.body) }),
        idempotent: method !== 'POST',
      }),
    listAll: async (path, item, query = {}, paging) => {
      const schema = gauzyPagination(item);
      const seen = new Map<string, z.infer<typeof item>>();
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await call('GET', path, schema, {
          query: {
            'where[organizationId]': config.organizationId,
            'where[tenantId]': config.tenantId,
            // A total order keeps pages from overlapping or skipping rows.
            'order[id]': 'ASC',
            ...query,
            take: MAX_TAKE,
            // `page` endpoints count pages from 1 (skip 0 and 1 are both the first page).
            skip: paging === 'page' ? page + 1 : page * MAX_TAKE,
          },
        });
        const before = seen.size;
        for (const row of res.items) if (!seen.has(row.id)) seen.set(row.id, row);
        const done =
          res.items.length < MAX_TAKE ||
          res.items.length > MAX_TAKE || // the endpoint ignores take: it answered everything
          seen.size === before ||
          (typeof res.total === 'number' && seen.size >= res.total);
        if (done) break;
      }
      return [...seen.values()];
    },
    ownEmployeeId: () => {
      if (!employeeId) {
        const pending = bearer().then((token) => {
          // The access token names the employee of its organization (auth.service.ts
          // `getJwtAccessToken`, L1400-1407): when that organization is ours, no request.
          const c = claims(token);
          if (c && c['organizationId'] === config.organizationId && 'employeeId' in c) return typeof c['employeeId'] === 'string' ? c['employeeId'] : null;
          // user.service.ts `findMeUser` (L118-144) drops `employee` from `relations`; the
          // employee comes only with `includeEmployee=true`, looked up in the user's last
          // organization, so one of another organization is not ours.
          return client
            .get('/user/me', GauzyMe, { includeEmployee: 'true' })
            .then((me) => (me.employee && (!me.employee.organizationId || me.employee.organizationId === config.organizationId) ? me.employee.id : null));
        });
        pending.catch(() => {
          if (employeeId === pending) employeeId = null;
        });
        employeeId = pending;
      }
      return employeeId;
    },
    seesOtherEmployees: () => {
      if (!canSeeOthers) {
        // The access token carries the role's permissions (auth.service.ts
        // `getJwtAccessToken`, L1400-1407); otherwise auth.controller.ts `hasPermissions`
        // (GET /auth/permissions) answers true when the role holds any of `permissions[]`.
        const pending = bearer().then((token) => {
          const claimed = permissionsClaim(token);
          if (claimed) return claimed.includes('CHANGE_SELECTED_EMPLOYEE');
          return client.get('/auth/permissions', z.boolean(), { 'permissions[]': ['CHANGE_SELECTED_EMPLOYEE'] });
        });
        pending.catch(() => {
          if (canSeeOthers === pending) canSeeOthers = null;
        });
        canSeeOthers = pending;
      }
      return canSeeOthers;
    },
    get requestCount() {
      return http.requestCount;
    },
    close: () => http.close(),
  };
  return client;
}
