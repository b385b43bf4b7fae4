/**
 * Raw TimeTrack calls over the shared vendor HTTP client (src/adapters/http.ts).
 *
 * What this layer adds for TimeTrack (vendor-docs/timetrack.md §1, §6):
 * - auth: `X-TimeTrack-Api-Key` and `X-TimeTrack-Api-Secret` on every request;
 * - reads are GET without a body (the docs' `curl -d '{}'` examples would be POSTs);
 * - lists are bare arrays paged with `limit` + 1-based `page`, read until a short page;
 * - errors are `{"message"}` with a real status;
 * - the project timer lives at `/timers/project_timer…` or `/project_timer…`: the first is
 *   tried, the second used after a 404, and whichever answered is remembered.
 */
import { z } from 'zod';
import { UpstreamError } from '../../domain/errors.js';
import { createVendorHttp, type RequestOptions, type VendorHttp, type VendorHttpDeps } from '../http.js';
import { idOf, TimeTrackAnything, TimeTrackError } from './types.js';

export interface TimeTrackClientConfig {
  /** Request counting, response cache, shared limiter and circuit breaker (see http.ts). */
  http?: VendorHttpDeps;
  source: string;
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs?: number;
  rateLimitPerSecond?: number;
  /** Items per vendor page; the simulator and real-world code allow 1000. Smaller in tests. */
  pageLimit?: number;
  /** First retry backoff step; tests shorten it. */
  retryBaseDelayMs?: number;
}

export type Query = NonNullable<RequestOptions['query']>;
type WriteMethod = 'POST' | 'PUT';
export type TimerAction = 'start' | 'pause' | 'resume' | 'stop';

/** Real-world code reads `?limit=1000&page=1`; the simulator allows at most that. */
export const DEFAULT_PAGE_LIMIT = 1000;
/** A guard against a server that keeps answering full pages forever. */
const MAX_PAGES = 10_000;
const TIMER_PREFIXES = ['/timers/project_timer', '/project_timer'] as const;

export function timeTrackErrorMessage(_status: number, body: unknown): string | undefined {
  const parsed = TimeTrackError.safeParse(body);
  return parsed.success && parsed.data.message.trim() ? parsed.data.message : undefined;
}

export interface TimeTrackClient {
  get<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<T>;
  /** Every item of a list, page by page to the last (short) page, de-duplicated by id. */
  listAll<T extends { id?: number | string | undefined; ID?: number | string | undefined }>(path: string, item: z.ZodType<T>, query?: Query): Promise<T[]>;
  /** POST is never repeated after a 5xx (it may have been applied); PUT is, being idempotent. */
  write<T>(method: WriteMethod, path: string, schema: z.ZodType<T>, body: Record<string, unknown>): Promise<T>;
  remove(path: string): Promise<void>;
  timerStatus<T>(schema: z.ZodType<T>, query: Query): Promise<T>;
  timerAction<T>(action: TimerAction, schema: z.ZodType<T>, body: Record<string, unknown>): Promise<T>;
  readonly requestCount: number;
  close(): Promise<void>;
}

export function createTimeTrackClient(config: TimeTrackClientConfig): TimeTrackClient {
  // An empty credential is left out rather than sent blank, so the vendor's answer is the one
  // for a missing header (401), and the gateway reports it as an auth failure.
  const headers: Record<string, string> = {};
  if (config.apiKey) headers['X-TimeTrack-Api-Key'] = config.apiKey;
  if (config.apiSecret) headers['X-TimeTrack-Api-Secret'] = config.apiSecret;
  const http: VendorHttp = createVendorHttp({
    ...config.http,
    source: config.source,
    vendor: 'timetrack',
    baseUrl: config.baseUrl,
    headers,
    ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}),
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    ...(config.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: config.retryBaseDelayMs } : {}),
    errorMessage: timeTrackErrorMessage,
  });
  const pageLimit = config.pageLimit ?? DEFAULT_PAGE_LIMIT;
  // The docs send this header on every request, reads included; the shared client only adds it
  // to requests with a body, so it is given per request here.
  const json = { 'content-type': 'application/json' };
  let timerPrefix: string | null = null;

  const get = <T>(path: string, schema: z.ZodType<T>, query?: Query) =>
    http.request('GET', path, schema, { headers: json, ...(query ? { query } : {}) });

  /** Runs a timer call on the remembered prefix, or finds the prefix this account serves. */
  async function onTimer<T>(call: (prefix: string) => Promise<T>): Promise<T> {
    if (timerPrefix) return call(timerPrefix);
    for (const [i, prefix] of TIMER_PREFIXES.entries()) {
      try {
        const result = await call(prefix);
        timerPrefix = prefix;
        return result;
      } catch (error) {
        const last = i === TIMER_PREFIXES.length - 1;
        if (last || !(error instanceof UpstreamError && error.status === 404)) throw error;
      }
    }
    throw new Error('unreachable: no timer path left to try');
  }

  return {
    get,
    async listAll(path, item, query = {}) {
      const page = z.array(item);
      const seen = new Set<string>();
      const all: Array<z.output<typeof item>> = [];
      for (let n = 1; n <= MAX_PAGES; n++) {
        const items = await get(path, page, { ...query, limit: pageLimit, page: n });
        let fresh = 0;
        for (const it of items) {
          const id = idOf(it);
          if (seen.has(id)) continue;
          seen.add(id);
          all.push(it);
          fresh++;
        }
        // A short page is the last one. A page of nothing new means the server ignores `page`
        // (it would answer the same page forever), so what was read is all there is.
        if (items.length < pageLimit || fresh === 0) break;
      }
      return all;
    },
    write: (method, path, schema, body) =>
      http.request(method, path, schema, { body, headers: json, idempotent: method === 'PUT' }),
    async remove(path) {
      await http.request('DELETE', path, TimeTrackAnything, { headers: json, idempotent: true });
    },
    timerStatus: (schema, query) => onTimer((prefix) => get(prefix, schema, query)),
    // A timer action is not repeated after a 5xx: a second `stop` would fail or book twice.
    timerAction: (action, schema, body) =>
      onTimer((prefix) => http.request('POST', `${prefix}/${action}`, schema, { body, headers: json })),
    get requestCount() {
      return http.requestCount;
    },
    close: () => http.close(),
  };
}
