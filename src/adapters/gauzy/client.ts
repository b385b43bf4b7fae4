/**
 * Raw Ever Gauzy calls over the shared vendor HTTP client (src/adapters/http.ts).
 *
 * What this layer adds for Gauzy (vendor-docs/gauzy.md §1):
 * - auth: a configured bearer token, or `POST /auth/login` with email + password, done once
 *   and shared by concurrent callers; a 401 triggers one fresh login and one retry when
 *   credentials are configured (tokens expire, credentials do not);
 * - tenancy: `Tenant-Id` on every request (it satisfies the tenant guard for every method), and
 *   `organizationId` + `tenantId` in every write body, because Gauzy's DTOs demand them;
 * - `take`/`skip` paging of `{items, total}` lists, `take` ≤ 100, read to the end.
 */
import type { z } from 'zod';
import { UpstreamError } from '../../domain/errors.js';
import { pathSegment } from '../../domain/ids.js';
import { createVendorHttp, type RequestOptions, type VendorHttp, type VendorHttpDeps } from '../http.js';
import { GauzyError, GauzyLoginResponse, GauzyMe, gauzyPagination } from './types.js';

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

export interface GauzyClient {
  readonly organizationId: string;
  readonly tenantId: string;
  /** Path segment of a remote id, encoded (ids are validated upstream, but never trusted in a path). */
  readonly seg: (id: string) => string;
  get<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<T>;
  /** POST/PUT/DELETE; bodies get `organizationId` and `tenantId` added. PUT and DELETE are retried as idempotent. */
  write<T>(method: Exclude<Method, 'GET'>, path: string, schema: z.ZodType<T>, options?: { body?: Record<string, unknown>; query?: Query }): Promise<T>;
  /** Every item of a CrudController list, read with take/skip to the end, de-duplicated by id. */
  listAll<T extends { id: string }>(path: string, item: z.ZodType<T>, query?: Query): Promise<T[]>;
  /** The employee the credentials act as (Gauzy's timer only ever runs for them). */
  ownEmployeeId(): Promise<string | null>;
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
  let employeeId: Promise<string | null> | null = null;
  /** Tokens obtained by login, kept only to scrub them from error messages. */
  const issued = new Set<string>();

  const login = (): Promise<string> => {
    const pending = http
      .request('POST', '/auth/login', GauzyLoginResponse, { body: { email: config.email, password: config.password } })
      .then((res) => {
        if (issued.size > 8) issued.clear();
        issued.add(res.token);
        // The login answer already names the employee: no /user/me needed later.
        if (res.user?.employee?.id) employeeId = Promise.resolve(res.user.employee.id);
        return res.token;
      });
    // A failed login must not be cached, or every later call would replay the failure.
    pending.catch(() => {
      if (session === pending) session = null;
    });
    return pending;
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

  const authorised = async <T>(method: Method, path: string, schema: z.ZodType<T>, options: RequestOptions): Promise<T> => {
    const send = (token: string) => http.request(method, path, schema, { ...options, headers: { ...options.headers, Authorization: `Bearer ${token}` } });
    const used = bearer();
    // A failing login is final: retrying it with the same credentials cannot succeed.
    const token = await used;
    try {
      return await send(token);
    } catch (error) {
      const expired = error instanceof UpstreamError && error.status === 401;
      if (!expired || !canLogin) throw error;
      // Concurrent callers that hit the same expiry share one new login.
      if (session === used || session === null) session = login();
      return send(await session);
    }
  };

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
    listAll: async (path, item, query = {}) => {
      const schema = gauzyPagination(item);
      const seen = new Map<string, z.infer<typeof item>>();
      for (let page = 0, skip = 0; page < MAX_PAGES; page++, skip += MAX_TAKE) {
        const res = await call('GET', path, schema, {
          query: {
            'where[organizationId]': config.organizationId,
            'where[tenantId]': config.tenantId,
            // A total order keeps offset pages from overlapping or skipping rows.
            'order[id]': 'ASC',
            ...query,
            take: MAX_TAKE,
            skip,
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
        const pending = client.get('/user/me', GauzyMe, { 'relations[]': ['employee'] }).then((me) => me.employee?.id ?? null);
        pending.catch(() => {
          if (employeeId === pending) employeeId = null;
        });
        employeeId = pending;
      }
      return employeeId;
    },
    get requestCount() {
      return http.requestCount;
    },
    close: () => http.close(),
  };
  return client;
}
