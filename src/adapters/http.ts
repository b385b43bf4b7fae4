/**
 * The shared vendor HTTP client (ARCHITECTURE.md §2): one instance per source, holding an
 * undici pool per origin, timeouts, retries with backoff, a client-side rate limit and zod
 * validation of every response. Every failure leaves here as an UpstreamError that names the
 * source and never carries a header value: credentials live in headers, so they are the one
 * thing an error message must not echo.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { z } from 'zod';
import { UpstreamError, type UpstreamErrorCode } from '../domain/errors.js';
import type { Vendor } from '../domain/ids.js';
import type { ResponseCache } from './cache.js';
import { CircuitBreaker } from './circuit-breaker.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestInfo {
  method: string;
  path: string;
  /** HTTP status, or null when no response arrived (timeout, reset, refused). */
  status: number | null;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  /** From sending to the whole body read (or the failure), in milliseconds. */
  durationMs: number;
  /** Time this attempt waited for the rate limiter before it was sent, in milliseconds. */
  waitedMs: number;
}

export type BreakerState = CircuitBreaker['state'];

export interface VendorHttpOptions {
  /** Source key, named in every UpstreamError. */
  source: string;
  vendor: Vendor;
  /** http(s) URL; a trailing slash is ignored. */
  baseUrl: string;
  /** Auth headers; never logged, never put in errors. */
  headers: Record<string, string>;
  /** Connect, response-headers and body timeout, each (default 15000). */
  timeoutMs?: number;
  /** Client-side limit; 0/undefined = none. */
  rateLimitPerSecond?: number;
  /** Retries after the first try (default 3). */
  retries?: number;
  /** First backoff step for 5xx and network retries (default 200 ms); 429 without Retry-After starts at 1 s. */
  retryBaseDelayMs?: number;
  /** Longest single wait between tries, Retry-After included (default 30 s). */
  maxRetryWaitMs?: number;
  /** Vendor-specific reading of an error body (envelope) -> message; must not echo headers. */
  errorMessage?: (status: number, body: unknown) => string | undefined;
  /** Vendor-specific check of a 2xx body (e.g. an envelope with status:false); return an UpstreamError to throw. */
  inspect?: (status: number, body: unknown) => UpstreamError | undefined;
  /** Called once per attempt; used to count vendor requests in tests and benches. */
  onRequest?: (info: RequestInfo) => void;
  /** Cross-request cache of successful GETs; every write through this client clears it. */
  cache?: ResponseCache;
  /** A shared limiter (e.g. Redis-backed, across gateway processes) instead of the in-process one. */
  limiter?: RequestLimiter;
  /** Circuit breaker: after this many failed calls in a row, stop calling for `cooldownMs`. */
  breaker?: { failureThreshold: number; cooldownMs: number };
  /** Handed a reader of the circuit state once, at creation (metrics read it when scraped). */
  watchBreaker?: (read: () => BreakerState) => void;
}

/**
 * What paces requests to a vendor: in-process (RateLimiter) or shared between processes.
 * `acquire` may return a release function, called once the response is in (or the attempt
 * failed): a shared limiter uses it to count the request from when it really left.
 */
export interface RequestLimiter {
  acquire(): Promise<void | (() => Promise<void> | void)>;
}

/** The deps every vendor adapter passes through to its HTTP client. */
export interface VendorHttpDeps {
  onRequest?: (info: RequestInfo) => void;
  cache?: ResponseCache;
  limiter?: RequestLimiter;
  breaker?: VendorHttpOptions['breaker'];
  watchBreaker?: VendorHttpOptions['watchBreaker'];
}

/** Just the HTTP deps out of an adapter's deps (which may carry test hooks of its own). */
export function httpDepsOf(deps: VendorHttpDeps): VendorHttpDeps {
  const { onRequest, cache, limiter, breaker, watchBreaker } = deps;
  return { onRequest, cache, limiter, breaker, watchBreaker };
}

export type QueryValue = string | number | boolean | Array<string | number> | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON-encoded. */
  body?: unknown;
  /** Multipart body (Dyzo). */
  form?: FormData;
  /** Reads are always retried; writes only when idempotent is true. */
  idempotent?: boolean;
  /**
   * The call only reads, whatever its method (a report or list the vendor serves on POST):
   * it is retried, cached and shared like a GET (keyed by its body too) and clears nothing.
   */
  read?: boolean;
  /** Another base URL for this call (e.g. Clockify's reports host). */
  baseUrl?: string;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, the text otherwise, undefined when empty. */
  body: unknown;
}

export interface VendorHttp {
  request<T>(method: HttpMethod, path: string, schema: z.ZodType<T>, options?: RequestOptions): Promise<T>;
  /** Same transport (limits, retries, timeouts) but any HTTP status is returned, not thrown. */
  requestRaw(method: HttpMethod, path: string, options?: RequestOptions): Promise<RawResponse>;
  close(): Promise<void>;
  /** HTTP attempts made so far, retries included. */
  readonly requestCount: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 3;
const DEFAULT_RETRY_BASE_MS = 200;
const RATE_LIMITED_BASE_MS = 1_000;
const DEFAULT_MAX_WAIT_MS = 30_000;
/** Vendor messages are shown to users; a page of HTML from a proxy is not a message. */
const MAX_MESSAGE_LENGTH = 300;
/** Stretch of the rate limiter's period, against arrival jitter at the vendor. */
const JITTER_MARGIN = 1.05;

/**
 * The client-side rate limit: a bucket of `floor(rate)` tokens (at least one) in which every
 * token taken comes back one period later. Unlike a bucket that refills continuously, this
 * never lets more than `rate` requests start within any one-second span, so a vendor counting
 * requests per fixed window (Clockify: 50/s) does not see a burst over its limit from us. The
 * period is stretched by a few percent because the vendor counts arrivals, not departures,
 * and network and event-loop jitter can pull two requests a period apart closer together.
 */
export class RateLimiter {
  private readonly tokens: number;
  private readonly periodMs: number;
  /** Start times of the requests still holding a token, oldest first. */
  private readonly taken: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(perSecond: number) {
    this.tokens = Math.max(1, Math.floor(perSecond));
    this.periodMs = ((this.tokens * 1000) / perSecond) * JITTER_MARGIN;
  }

  /** Resolves when the caller may send; callers are served in arrival order. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (this.taken.length && this.taken[0]! + this.periodMs <= now) this.taken.shift();
      if (this.taken.length < this.tokens) {
        this.taken.push(now);
        return;
      }
      await sleep(this.taken[0]! + this.periodMs - now);
    }
  }
}

interface Attempted {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** A response as `send` hands it over: where it came from, and how to keep it for later callers. */
interface Sent {
  res: Attempted;
  /** Served from the cross-request cache, not by the vendor just now. */
  cached: boolean;
  /** Stores the response in the cache; called only once the caller has parsed and accepted it. */
  keep(): Promise<void>;
}

/** One vendor read that concurrent callers of the same cache key share. */
interface Flight {
  promise: Promise<Attempted>;
  /** The write generation it started in: a write since then makes it too old to join or keep. */
  generation: number;
  kept: boolean;
}

/** Values of auth headers, and the credential after a scheme ("Bearer <token>"), since a vendor may echo either. */
function headerSecrets(headerValues: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of headerValues) {
    out.push(value);
    const credential = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value.trim())?.[1];
    if (credential) out.push(credential);
  }
  return out.filter((v) => v.length >= 4);
}

type NetworkKind = 'timeout' | 'refused' | 'reset' | 'other';

function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`baseUrl "${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('baseUrl must be an http or https URL');
  if (url.username || url.password) throw new Error('baseUrl must not carry credentials');
  return url;
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    // Arrays are repeated keys (`tags=a&tags=b`), which every vendor here accepts.
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function networkKind(error: unknown): NetworkKind {
  const codes: string[] = [];
  let current: unknown = error;
  // undici wraps system errors; the useful code may sit on the cause.
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  if (codes.some((c) => c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'UND_ERR_HEADERS_TIMEOUT' || c === 'UND_ERR_BODY_TIMEOUT' || c === 'ETIMEDOUT')) return 'timeout';
  if (codes.includes('ECONNREFUSED')) return 'refused';
  if (codes.some((c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE')) return 'reset';
  return 'other';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function defaultErrorMessage(body: unknown): string | undefined {
  if (body && typeof body === 'object') {
    for (const key of ['message', 'error', 'detail']) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return undefined;
}

function codeForStatus(status: number): UpstreamErrorCode {
  if (status === 401 || status === 403) return 'UPSTREAM_AUTH_FAILED';
  if (status === 404) return 'UPSTREAM_NOT_FOUND';
  if (status === 408) return 'UPSTREAM_TIMEOUT';
  if (status === 429) return 'UPSTREAM_RATE_LIMITED';
  if (status >= 500) return 'UPSTREAM_UNAVAILABLE';
  return 'UPSTREAM_REJECTED';
}

function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(root)';
}

export function createVendorHttp(options: VendorHttpOptions): VendorHttp {
  const base = parseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const retryBaseMs = options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_MS;
  const maxWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const limiter: RequestLimiter | null = options.limiter ?? (options.rateLimitPerSecond ? new RateLimiter(options.rateLimitPerSecond) : null);
  const breaker = new CircuitBreaker(options.breaker?.failureThreshold ?? 5, options.breaker?.cooldownMs ?? 10_000);
  options.watchBreaker?.(() => breaker.state);
  const pools = new Map<string, Pool>();
  const describe = `${options.vendor} source "${options.source}"`;
  // Every value a header carries (API keys, tokens, secrets) is scrubbed from every message.
  const secrets = headerSecrets(Object.values(options.headers));
  let count = 0;
  let closed = false;
  /** Concurrent reads of one cache key share one vendor call (single flight). */
  const inflight = new Map<string, Flight>();
  /** Bumped as every write starts and ends, so a read that overlapped a write is neither joined nor cached. */
  let generation = 0;

  // Longest secrets first, so one that contains another is scrubbed whole.
  const redact = (text: string, extra: readonly string[]): string =>
    [...secrets, ...headerSecrets(extra)].sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join('[redacted]'), text);
  /** Per-call headers may carry secrets too (some vendors sign each request), so they are scrubbed as well. */
  const redactFor = (opts: RequestOptions) => (text: string) => redact(text, Object.values(opts.headers ?? {}));
  const failFor =
    (opts: RequestOptions) =>
    (code: UpstreamErrorCode, message: string, status: number | null = null) =>
      new UpstreamError(code, options.source, redactFor(opts)(`${describe}: ${message}`), status);

  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: 16,
        connect: { timeout: timeoutMs },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        keepAliveTimeout: 4_000,
      });
      pools.set(origin, pool);
    }
    return pool;
  };

  /** Full jitter: a random wait up to the exponential step, so many clients do not retry in step. */
  const backoff = (attempt: number, baseMs: number) => Math.random() * Math.min(maxWaitMs, baseMs * 2 ** (attempt - 1));

  async function encodeBody(opts: RequestOptions): Promise<{ body?: string | Buffer; contentType?: string }> {
    if (opts.form) {
      // Serialised once up front so a retry can send the very same bytes and boundary.
      const encoded = new Response(opts.form);
      return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? undefined };
    }
    if (opts.body !== undefined) return { body: JSON.stringify(opts.body), contentType: 'application/json' };
    return {};
  }

  /**
   * One call as the adapters see it. A read (GET, or `read: true`) on a cached source is
   * served from the cache when a fresh copy is there, and otherwise joins the vendor call
   * already in flight for the same key, or starts it. Nothing is cached here: the caller
   * keeps the response once it has parsed it, so a truncated or malformed 2xx is never served
   * to anyone else. A write clears the cache, success or not, because a write that failed
   * late may still have happened.
   */
  async function send(method: HttpMethod, path: string, opts: RequestOptions, skipCache = false): Promise<Sent> {
    const reads = method === 'GET' || opts.read === true;
    // A multipart body has no stable text to key on, so such a read is sent, never cached.
    const cache = reads && !opts.form ? options.cache : undefined;
    if (!cache) {
      if (reads) return { res: await call(method, path, opts), cached: false, keep: async () => undefined };
      return await write(method, path, opts);
    }
    const target = `${opts.baseUrl ?? ''}${path}${queryString(opts.query)}`;
    // GET keys stay the bare URL (as before); a read by another method adds method and body.
    const key = method === 'GET' ? target : `${method} ${target} ${JSON.stringify(opts.body ?? null)}`;
    let flight = inflight.get(key);
    if (!flight && !skipCache) {
      const hit = (await cache.get(key)) as Attempted | undefined;
      if (hit) return { res: hit, cached: true, keep: async () => undefined };
      // Another caller may have started the call while the cache was being read.
      flight = inflight.get(key);
    }
    if (!flight) flight = startFlight(key, method, path, opts);
    const joined = flight;
    const res = await joined.promise;
    return {
      res,
      cached: false,
      keep: async () => {
        if (joined.kept || joined.generation !== generation || res.status < 200 || res.status >= 300) return;
        joined.kept = true;
        await cache.set(key, res);
      },
    };
  }

  function startFlight(key: string, method: HttpMethod, path: string, opts: RequestOptions): Flight {
    const flight: Flight = { promise: call(method, path, opts), generation, kept: false };
    inflight.set(key, flight);
    const leave = () => {
      if (inflight.get(key) === flight) inflight.delete(key);
    };
    // Joinable only while in flight: once settled, its callers decide (by parsing) whether the
    // answer is kept, and a later caller must not be handed an answer that did not parse.
    flight.promise.then(leave, leave);
    return flight;
  }

  async function write(method: HttpMethod, path: string, opts: RequestOptions): Promise<Sent> {
    const fence = () => {
      generation++;
      inflight.clear();
    };
    fence();
    try {
      return { res: await call(method, path, opts), cached: false, keep: async () => undefined };
    } finally {
      fence();
      await options.cache?.invalidate();
    }
  }

  /** Sends through the circuit breaker: refused at once while it is open; every outcome counts. */
  async function call(method: HttpMethod, path: string, opts: RequestOptions): Promise<Attempted> {
    // The one trial call after a pause is not retried: it only has to tell whether the source is back.
    const trial = breaker.state === 'half-open';
    if (!breaker.allows()) {
      throw failFor(opts)('UPSTREAM_UNAVAILABLE', `${method} ${path} not sent: the source failed repeatedly and is paused for a moment (circuit open)`);
    }
    try {
      const res = await transmit(method, path, opts, trial ? 0 : retries);
      if (res.status >= 500) breaker.failed();
      else breaker.succeeded();
      return res;
    } catch (error) {
      breaker.failed();
      throw error;
    }
  }

  async function transmit(method: HttpMethod, path: string, opts: RequestOptions, maxRetries: number): Promise<Attempted> {
    const fail = failFor(opts);
    if (closed) throw fail('UPSTREAM_UNAVAILABLE', `${method} ${path} refused: the client is closed`);
    if (!path.startsWith('/')) throw new Error(`vendor path must start with "/": ${path}`);
    const target = opts.baseUrl ? parseBaseUrl(opts.baseUrl) : base;
    const prefix = target.pathname.replace(/\/+$/, '');
    const fullPath = `${prefix}${path}${queryString(opts.query)}`;
    const { body, contentType } = await encodeBody(opts);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'timegate',
      ...options.headers,
      ...(opts.headers ?? {}),
      ...(contentType ? { 'content-type': contentType } : {}),
    };
    // A write that may have reached the vendor is only repeated when repeating it is harmless.
    const repeatable = method === 'GET' || opts.read === true || opts.idempotent === true;
    const pool = poolFor(target.origin);

    for (let attempt = 1; ; attempt++) {
      const queuedAt = performance.now();
      const release = limiter ? await limiter.acquire() : undefined;
      const sentAt = performance.now();
      let status: number | null = null;
      let reported = false;
      const report = () => {
        if (reported) return;
        reported = true;
        count++;
        options.onRequest?.({ method, path, status, attempt, durationMs: performance.now() - sentAt, waitedMs: sentAt - queuedAt });
      };
      // undici's own timeouts tick coarsely (about half a second); this deadline is exact and
      // covers connect, headers and body of the attempt together.
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), timeoutMs);
      const released = () => (release ? Promise.resolve(release()).catch(() => undefined) : undefined);
      try {
        const res = await pool.request({ method, path: fullPath, headers, body, signal: deadline.signal });
        status = res.statusCode;
        const text = await res.body.text();
        clearTimeout(timer);
        await released();
        const responseHeaders = flattenHeaders(res.headers);
        report();
        // 429 means the vendor did not process the call, so even a plain write may be repeated.
        const retryable = status === 429 || (status >= 500 && repeatable);
        if (retryable && attempt <= maxRetries) {
          const hinted = retryAfterMs(responseHeaders['retry-after']);
          await sleep(Math.min(maxWaitMs, hinted ?? backoff(attempt, status === 429 ? RATE_LIMITED_BASE_MS : retryBaseMs)));
          continue;
        }
        return { status, headers: responseHeaders, text };
      } catch (error) {
        clearTimeout(timer);
        await released();
        if (error instanceof UpstreamError) throw error;
        report();
        const kind = deadline.signal.aborted ? 'timeout' : networkKind(error);
        // A refused connection never reached the vendor; a reset might have, so it needs `repeatable`.
        const retryable = kind === 'refused' || (kind === 'reset' && repeatable);
        if (retryable && attempt <= maxRetries) {
          await sleep(backoff(attempt, retryBaseMs));
          continue;
        }
        if (kind === 'timeout') throw fail('UPSTREAM_TIMEOUT', `${method} ${path} timed out after ${timeoutMs} ms`);
        if (kind === 'refused') throw fail('UPSTREAM_UNAVAILABLE', `${method} ${path} failed: connection refused`);
        if (kind === 'reset') throw fail('UPSTREAM_UNAVAILABLE', `${method} ${path} failed: connection reset`);
        throw fail('UPSTREAM_UNAVAILABLE', `${method} ${path} failed: network error`);
      }
    }
  }

  return {
    async request<T>(method: HttpMethod, path: string, schema: z.ZodType<T>, opts: RequestOptions = {}): Promise<T> {
      const fail = failFor(opts);
      const read = (res: Attempted): T => {
        const parsed = parseJson(res.text);
        if (res.status < 200 || res.status >= 300) {
          const body = parsed.ok ? parsed.value : undefined;
          const vendorMessage = options.errorMessage?.(res.status, body) ?? defaultErrorMessage(body);
          // Scrubbed before it is cut: cut first, a secret across the cut would leave its prefix behind.
          const suffix = vendorMessage ? `: ${redactFor(opts)(vendorMessage).slice(0, MAX_MESSAGE_LENGTH)}` : '';
          throw fail(codeForStatus(res.status), `${method} ${path} answered ${res.status}${suffix}`, res.status);
        }
        if (!parsed.ok) throw fail('RESPONSE_VALIDATION_FAILED', `${method} ${path} answered ${res.status} with a body that is not JSON`, res.status);
        const inspected = options.inspect?.(res.status, parsed.value);
        if (inspected) throw inspected;
        const result = schema.safeParse(parsed.value);
        if (!result.success) {
          // Name where the shape broke and what was expected; never the offending values.
          const issues = result.error.issues.slice(0, 3).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
          const more = result.error.issues.length > 3 ? ` (+${result.error.issues.length - 3} more)` : '';
          throw fail('RESPONSE_VALIDATION_FAILED', `${method} ${path} answered an unexpected shape: ${issues.join('; ')}${more}`, res.status);
        }
        return result.data;
      };
      let sent = await send(method, path, opts);
      let value: T;
      try {
        value = read(sent.res);
      } catch (error) {
        // A cached copy this caller cannot read (kept under another schema, or damaged in a
        // shared store) is not the vendor's answer: ask the vendor, whose answer then replaces it.
        if (!sent.cached) throw error;
        sent = await send(method, path, opts, true);
        value = read(sent.res);
      }
      await sent.keep();
      return value;
    },

    async requestRaw(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<RawResponse> {
      const sent = await send(method, path, opts);
      const parsed = parseJson(sent.res.text);
      // Without a schema, "parsed" is as far as this client can check; only that is kept (2xx only).
      if (parsed.ok) await sent.keep();
      return { status: sent.res.status, headers: sent.res.headers, body: parsed.ok ? parsed.value : sent.res.text };
    },

    async close(): Promise<void> {
      closed = true;
      await Promise.all([...pools.values()].map((p) => p.close()));
      pools.clear();
    },

    get requestCount() {
      return count;
    },
  };
}
