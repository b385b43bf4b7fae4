/**
 * Shared machinery for the vendor simulators: a real HTTP server on loopback with a tiny
 * router, request accounting, a fixed-window rate limit and switchable faults.
 *
 * Every simulator in src/sandbox/<vendor>/ builds on this so that tests and benchmarks can
 * count vendor requests, inject faults and read the rate limit the same way for all vendors.
 * The vendor-specific parts (auth, envelopes, paging, quirks) stay in each vendor's folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route handler sees of one request. */
export interface SimRequest {
  method: HttpMethod;
  /** Path without the query string, exactly as sent (not decoded, not normalised). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body; `undefined` when there was none; the raw text is in `rawBody`. */
  body: unknown;
  rawBody: string;
}

/** What a route handler returns. `body` is serialised as JSON unless it is a string. */
export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type SimHandler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface SimRoute {
  method: HttpMethod;
  /** Pattern such as `/v1/workspaces/:workspaceId/clients`; matched segment by segment, case-sensitively. */
  pattern: string;
  handler: SimHandler;
}

/** Faults a test can switch on; each counter is consumed by the next matching requests. */
export interface SimFaults {
  /** Added delay before every response, in ms. */
  latencyMs: number;
  /** Answer the next N requests with this 5xx status (default 503). */
  serverErrors: number;
  serverErrorStatus: number;
  /** Destroy the socket of the next N requests without answering. */
  resets: number;
  /** Answer the next N requests with a 200 whose body is not valid JSON. */
  malformed: number;
  /** Answer the next N requests with 429 regardless of the rate limit. */
  rateLimited: number;
  /** Only requests whose path contains this string are affected by the counters above (all when empty). */
  pathFilter: string;
}

export interface SimRateLimit {
  /** Requests allowed per window; 0 disables the limit. */
  limit: number;
  windowMs: number;
  /** Builds the vendor's 429 response. `retryAfterSeconds` is what the window has left, rounded up. */
  response: (retryAfterSeconds: number) => SimResponse;
}

export interface SimOptions {
  name: string;
  routes: SimRoute[];
  /** Called before routing; return a response to stop there (used for auth). */
  before?: (req: SimRequest) => SimResponse | undefined;
  /** The vendor's own 404 for unknown paths. */
  notFound: (req: SimRequest) => SimResponse;
  /** The vendor's own envelope for an unparsable JSON body. */
  badJson?: (req: SimRequest) => SimResponse;
  rateLimit?: SimRateLimit;
  port?: number;
}

export interface SimRequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  /** When the request arrived (ms since the epoch), for rate measurements. */
  at: number;
}

export interface SimServer {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  /** Every request answered (or dropped), in order. */
  readonly requests: SimRequestLogEntry[];
  /** Faults to inject; mutate fields directly or call `injectFaults`. */
  readonly faults: SimFaults;
  injectFaults(faults: Partial<SimFaults>): void;
  clearFaults(): void;
  /** Change the rate limit at run time (0 disables it). */
  setRateLimit(limit: number, windowMs?: number): void;
  resetRequestLog(): void;
  close(): Promise<void>;
}

const NO_FAULTS: SimFaults = {
  latencyMs: 0,
  serverErrors: 0,
  serverErrorStatus: 503,
  resets: 0,
  malformed: 0,
  rateLimited: 0,
  pathFilter: '',
};

interface CompiledRoute extends SimRoute {
  segments: string[];
}

function compile(route: SimRoute): CompiledRoute {
  return { ...route, segments: route.pattern.split('/') };
}

/** Matches a raw path against a pattern; params are URI-decoded, the path itself is not normalised. */
function match(route: CompiledRoute, method: string, path: string): Record<string, string> | null {
  if (route.method !== method) return null;
  const parts = path.split('/');
  if (parts.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const want = route.segments[i]!;
    const got = parts[i]!;
    if (want.startsWith(':')) {
      if (got === '') return null;
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) {
      return null;
    }
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, response: SimResponse): void {
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  let payload = '';
  if (response.body !== undefined) {
    if (typeof response.body === 'string') {
      payload = response.body;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(response.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** Takes one unit from a fault counter when the request path is in scope. */
function consume(faults: SimFaults, key: 'serverErrors' | 'resets' | 'malformed' | 'rateLimited', path: string): boolean {
  if (faults[key] <= 0) return false;
  if (faults.pathFilter && !path.includes(faults.pathFilter)) return false;
  faults[key] -= 1;
  return true;
}

export async function startSimServer(options: SimOptions): Promise<SimServer> {
  const routes = options.routes.map(compile);
  const faults: SimFaults = { ...NO_FAULTS };
  const requests: SimRequestLogEntry[] = [];
  let limit = options.rateLimit?.limit ?? 0;
  let windowMs = options.rateLimit?.windowMs ?? 1000;
  let windowStart = Date.now();
  let windowCount = 0;

  const rateLimited = (): SimResponse | undefined => {
    if (!options.rateLimit || limit <= 0) return undefined;
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now;
      windowCount = 0;
    }
    windowCount += 1;
    if (windowCount <= limit) return undefined;
    const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    return options.rateLimit.response(retryAfter);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const log = (status: number) =>
      requests.push({ method: req.method ?? 'GET', path: rawPath, query: url.search, status, at: arrivedAt });
    const rawBody = await readBody(req);

    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    if (consume(faults, 'resets', rawPath)) {
      log(0);
      req.socket.destroy();
      return;
    }
    const simReq: SimRequest = {
      method: (req.method ?? 'GET').toUpperCase() as HttpMethod,
      path: rawPath,
      params: {},
      query: url.searchParams,
      headers: req.headers,
      body: undefined,
      rawBody,
    };
    const reply = (response: SimResponse) => {
      log(response.status);
      send(res, response);
    };
    if (consume(faults, 'serverErrors', rawPath)) {
      return reply({ status: faults.serverErrorStatus, body: { message: 'Injected upstream failure' } });
    }
    if (consume(faults, 'rateLimited', rawPath)) {
      const response = options.rateLimit?.response(1) ?? { status: 429, body: { message: 'Too many requests' } };
      return reply({ ...response, headers: { 'retry-after': '1', ...(response.headers ?? {}) } });
    }
    const limited = rateLimited();
    if (limited) return reply(limited);
    if (consume(faults, 'malformed', rawPath)) {
      return reply({ status: 200, body: '{"truncated": ', headers: { 'content-type': 'application/json' } });
    }

    if (rawBody.length > 0) {
      try {
        simReq.body = JSON.parse(rawBody);
      } catch {
        const isJson = String(req.headers['content-type'] ?? '').includes('json');
        if (isJson) return reply(options.badJson?.(simReq) ?? { status: 400, body: { message: 'Malformed JSON' } });
        simReq.body = rawBody;
      }
    }
    const early = options.before?.(simReq);
    if (early) return reply(early);
    for (const route of routes) {
      const params = match(route, simReq.method, rawPath);
      if (params) {
        simReq.params = params;
        return reply(await route.handler(simReq));
      }
    }
    return reply(options.notFound(simReq));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A simulator bug must be visible in the test output, not hidden behind a hung request.
      console.error(`[sim:${options.name}]`, error);
      if (!res.headersSent) send(res, { status: 500, body: { message: 'Simulator crashed' } });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    faults,
    injectFaults: (next) => Object.assign(faults, next),
    clearFaults: () => Object.assign(faults, NO_FAULTS),
    setRateLimit: (nextLimit, nextWindowMs) => {
      limit = nextLimit;
      if (nextWindowMs) windowMs = nextWindowMs;
      windowCount = 0;
      windowStart = Date.now();
    },
    resetRequestLog: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 24-hex id generator shaped like a MongoDB ObjectId, for simulators that need one. */
export function objectIdFactory(seed = 1): () => string {
  let counter = seed;
  const prefix = Math.floor(Date.UTC(2024, 0, 1) / 1000).toString(16).padStart(8, '0');
  return () => prefix + (counter++).toString(16).padStart(16, '0');
}
