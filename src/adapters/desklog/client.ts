/**
 * Raw Desklog calls over the shared vendor HTTP client (src/adapters/http.ts).
 *
 * What this layer adds for Desklog (vendor-docs/desklog.md §1, §6):
 * - auth: `Authorization: Bearer <token>` on every call;
 * - the envelope: `status` decides success whatever the HTTP code, so an HTTP 200 with
 *   `status:false` becomes an UpstreamError (code chosen from the message);
 * - `limit`/`offset` paging read to the end (no totals, no next link);
 * - the GET-with-body endpoints (note A): POST first, GET with the same body on a 405.
 */
import { z } from 'zod';
import { UpstreamError, type UpstreamErrorCode } from '../../domain/errors.js';
import { createVendorHttp, type HttpMethod, type RequestInfo, type VendorHttp, type VendorHttpDeps } from '../http.js';
import { desklogEnvelope, type DesklogId } from './types.js';

export interface DesklogClientConfig {
  /** Request counting, response cache, shared limiter and circuit breaker (see http.ts). */
  http?: VendorHttpDeps;
  source: string;
  baseUrl: string;
  token: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  /** Rows asked per list page; the API documents no maximum (default 100). */
  pageLimit?: number;
  retryBaseDelayMs?: number;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Whether repeating the call after a 5xx is harmless (reads, set-to-value writes). */
  idempotent?: boolean;
}

export interface DesklogClient {
  /** One call whose whole (already status-checked) JSON body must match `schema`. */
  call<T>(method: HttpMethod, path: string, schema: z.ZodType<T>, options?: CallOptions): Promise<T>;
  /** A call whose envelope `data` must match `data`; returns that data. */
  data<T>(method: HttpMethod, path: string, data: z.ZodType<T>, options?: CallOptions): Promise<T>;
  /** POST with a JSON body, falling back to GET (same body, also as query) when POST is refused. */
  postOrGet<T>(path: string, data: z.ZodType<T>, body: Record<string, string | number | Record<string, never>>): Promise<T>;
  /** Every row of a `limit`/`offset` list. */
  listAll<T extends { id: DesklogId }>(path: string, item: z.ZodType<T>): Promise<T[]>;
  readonly requestCount: number;
  close(): Promise<void>;
}

const DEFAULT_PAGE_LIMIT = 100;
/** The API sends no total, so a server ignoring `offset` would otherwise be read forever. */
const MAX_PAGES = 1_000;
const MAX_MESSAGE = 300;

// Desklog documents no error codes, only messages, so the code is read off the wording.
const AUTH_WORDS = /unauthenti|unauthori[sz]|\btoken\b|forbidden|permission|access denied|not logged in/i;
const NOT_FOUND_WORDS = /not\s*found|does ?n[o']t exist|no such/i;

export function codeForMessage(message: string): UpstreamErrorCode {
  if (AUTH_WORDS.test(message)) return 'UPSTREAM_AUTH_FAILED';
  if (NOT_FOUND_WORDS.test(message)) return 'UPSTREAM_NOT_FOUND';
  return 'UPSTREAM_REJECTED';
}

/** `true`, `1`, `"true"`, `"1"` are success; anything else present is failure. */
function isSuccess(status: unknown): boolean {
  return status === true || status === 1 || status === 'true' || status === '1';
}

/**
 * The envelope rule (desklog.md §6.1): `status` decides. A body without `status` is success
 * only when it carries a `message` (Task Status Change answers that way).
 */
export function envelopeFailure(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null; // left to the schema
  const record = body as Record<string, unknown>;
  const message = typeof record.message === 'string' && record.message.trim() ? record.message.trim() : null;
  if (!('status' in record) || record.status === undefined) return message ? null : 'answered without status or message';
  return isSuccess(record.status) ? null : (message ?? 'answered status:false without a message');
}

export function createDesklogClient(config: DesklogClientConfig): DesklogClient {
  const describe = `desklog source "${config.source}"`;
  // http.ts scrubs whole header values ("Bearer …"); a body echoing the bare token, or an
  // inspect error (which skips that redaction), is scrubbed here.
  const scrub = (text: string) => (config.token.length >= 4 ? text.split(config.token).join('[redacted]') : text);
  const http: VendorHttp = createVendorHttp({
    ...config.http,
    source: config.source,
    vendor: 'desklog',
    baseUrl: config.baseUrl,
    headers: { authorization: `Bearer ${config.token}` },
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    ...(config.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: config.retryBaseDelayMs } : {}),
    errorMessage: (_status, body) => {
      const message = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
      return typeof message === 'string' && message.trim() ? scrub(message.trim()) : undefined;
    },
    inspect: (status, body) => {
      const failure = envelopeFailure(body);
      if (failure === null) return undefined;
      const message = scrub(failure).slice(0, MAX_MESSAGE);
      return new UpstreamError(codeForMessage(failure), config.source, `${describe}: ${message}`, status);
    },
  });
  const pageLimit = Math.max(1, config.pageLimit ?? DEFAULT_PAGE_LIMIT);

  const call = <T>(method: HttpMethod, path: string, schema: z.ZodType<T>, options: CallOptions = {}): Promise<T> =>
    http.request(method, path, schema, {
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.query ? { query: options.query } : {}),
      // GETs are retried by http.ts anyway; everything else only when the caller says so.
      idempotent: options.idempotent ?? method === 'GET',
    });

  const data = async <T>(method: HttpMethod, path: string, schema: z.ZodType<T>, options?: CallOptions): Promise<T> =>
    (await call(method, path, desklogEnvelope(schema), options)).data as T;

  const refusedMethod = (error: unknown) =>
    error instanceof UpstreamError && (error.status === 405 || /method not allowed/i.test(error.message));

  return {
    call,
    data,

    async postOrGet(path, schema, body) {
      try {
        return await data('POST', path, schema, { body, idempotent: true });
      } catch (error) {
        if (!refusedMethod(error)) throw error;
        // The docs' curl sends these as GET with a body; query parameters cover proxies that drop it.
        const query: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(body)) if (typeof v !== 'object') query[k] = v;
        return data('GET', path, schema, { body, query });
      }
    },

    async listAll(path, item) {
      const rows: z.infer<typeof item>[] = [];
      const seen = new Set<string>();
      for (let page = 0; page < MAX_PAGES; page++) {
        // `offset` counts rows (desklog.md §6.2); both values are documented as strings.
        const query = { limit: String(pageLimit), offset: String(page * pageLimit) };
        const batch = await data('GET', path, z.array(item), { query });
        // A row created or deleted between two pages shifts the rest; ids keep each row once.
        const fresh = batch.filter((row) => !seen.has(String(row.id)));
        for (const row of fresh) seen.add(String(row.id));
        rows.push(...fresh);
        if (batch.length < pageLimit) return rows;
        if (fresh.length === 0) {
          throw new UpstreamError('RESPONSE_VALIDATION_FAILED', config.source, `${describe}: GET ${path} repeated the same rows for another offset`);
        }
      }
      throw new UpstreamError('RESPONSE_VALIDATION_FAILED', config.source, `${describe}: GET ${path} did not end after ${MAX_PAGES} pages`);
    },

    get requestCount() {
      return http.requestCount;
    },
    close: () => http.close(),
  };
}
