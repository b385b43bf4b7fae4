/**
 * A Clockify API simulator: a real HTTP server on loopback with Clockify's paths, auth, error
 * envelope, paging, status codes and quirks, over a deterministic in-memory workspace.
 *
 * One server serves both APIs, each under its production path layout:
 *   - regular API: `{url}/api/v1/...`      (api.clockify.me/api/v1)
 *   - reports API: `{url}/v1/workspaces/{id}/reports/...` (reports.api.clockify.me/v1), and
 *     the regional layout `{url}/report/v1/...`.
 * Sending a report request to the regular base (or the reverse) is a 404, as in production.
 */
import { startSimServer, type SimRequest, type SimResponse, type SimRoute, type SimServer } from '../kit.js';
import { buildState, type DatasetName } from './dataset.js';
import { errorResponse } from './envelope.js';
import { clientRoutes } from './routes/clients.js';
import type { RouteContext } from './routes/context.js';
import { projectRoutes } from './routes/projects.js';
import { reportRoutes } from './routes/reports.js';
import { tagRoutes } from './routes/tags.js';
import { taskRoutes } from './routes/tasks.js';
import { timeEntryRoutes } from './routes/timeEntries.js';
import { userGroupRoutes } from './routes/userGroups.js';
import { userRoutes } from './routes/users.js';
import { workspaceRoutes } from './routes/workspaces.js';
import type { ClockifyState } from './state.js';

export type { ClockifyState } from './state.js';

export interface ClockifySimOptions {
  /** The one valid key, accepted in `X-Api-Key` or `X-Addon-Token`. */
  apiKey?: string;
  /** Fix the workspace id (24 hex); otherwise the dataset's deterministic id is used. */
  workspaceId?: string;
  /** `demo` (default): users, groups, clients, projects, tasks, tags, ~60 entries; `empty`: only the key's owner. */
  dataset?: DatasetName;
  /** Requests per second before 429 (default 50, Clockify's documented limit); 0 disables. */
  rateLimitPerSecond?: number;
  /** Largest detailed-report page served (default 1000; the real cap is not documented). */
  reportPageCap?: number;
  port?: number;
}

export interface ClockifySimulator extends SimServer {
  apiKey: string;
  workspaceId: string;
  /** Regular API base, like `https://api.clockify.me/api/v1`. */
  baseUrl: string;
  /** Reports API base, like `https://reports.api.clockify.me/v1`. */
  reportsBaseUrl: string;
  /** The live data behind the server, for test assertions. */
  state: ClockifyState;
}

export const DEFAULT_CLOCKIFY_API_KEY = 'sim-clockify-key-7f3a9c1e5b2d4f60';

const API = '/api/v1';
const REPORT_PREFIXES = ['/v1', '/report/v1'];

/** Segment-wise pattern match, the same rule kit.ts routes by (used for 403/405/415 decisions). */
function matches(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

export async function startClockifySimulator(options: ClockifySimOptions = {}): Promise<ClockifySimulator> {
  const apiKey = options.apiKey ?? DEFAULT_CLOCKIFY_API_KEY;
  const state = buildState({ dataset: options.dataset ?? 'demo', workspaceId: options.workspaceId });
  const ctx: RouteContext = { state, api: API };
  const routes: SimRoute[] = [
    ...workspaceRoutes(ctx),
    ...userRoutes(ctx),
    ...userGroupRoutes(ctx),
    ...clientRoutes(ctx),
    ...projectRoutes(ctx),
    ...taskRoutes(ctx),
    ...tagRoutes(ctx),
    ...timeEntryRoutes(ctx),
    ...reportRoutes(ctx, REPORT_PREFIXES, options.reportPageCap),
  ];
  const routesFor = (path: string) => routes.filter((r) => matches(r.pattern, path) !== null);

  /**
   * Runs before routing, in the order a Spring service applies it: authentication (401), then
   * (for known routes only) workspace access (403) and the JSON content type (415).
   */
  const before = (req: SimRequest): SimResponse | undefined => {
    const header = req.headers['x-api-key'] ?? req.headers['x-addon-token'];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) return errorResponse(401, 'Full authentication is required to access this resource');
    if (key !== apiKey) return errorResponse(401, 'Api key does not exist');

    const route = routesFor(req.path).find((r) => r.method === req.method);
    if (!route) return undefined; // notFound decides between 404 and 405
    const params = matches(route.pattern, req.path) ?? {};
    const workspaceId = params['workspaceId'];
    if (workspaceId !== undefined && workspaceId !== state.workspace.id) {
      // Clockify answers a workspace the key has no access to with 403 "Access Denied".
      return errorResponse(403, 'Access Denied');
    }
    if (req.rawBody.length > 0 && !String(req.headers['content-type'] ?? '').toLowerCase().includes('json')) {
      return errorResponse(415, `Content-Type '${String(req.headers['content-type'] ?? '')}' is not supported; use application/json`);
    }
    return undefined;
  };

  const notFound = (req: SimRequest): SimResponse => {
    if (routesFor(req.path).length > 0) return errorResponse(405, `Request method '${req.method}' is not supported`);
    return errorResponse(404, `No endpoint ${req.method} ${req.path}`);
  };

  const server = await startSimServer({
    name: 'clockify',
    routes,
    before,
    notFound,
    badJson: () => errorResponse(400, 'Malformed JSON request'),
    rateLimit: {
      limit: options.rateLimitPerSecond ?? 50,
      windowMs: 1000,
      // The documented text is "Too many requests"; Retry-After helps clients back off (not documented by Clockify).
      response: (retryAfterSeconds) => ({
        ...errorResponse(429, 'Too many requests'),
        headers: { 'retry-after': String(retryAfterSeconds) },
      }),
    },
    port: options.port,
  });

  return {
    ...server,
    apiKey,
    workspaceId: state.workspace.id,
    baseUrl: `${server.url}${API}`,
    reportsBaseUrl: `${server.url}/v1`,
    state,
  };
}
