/**
 * TimeTrack (timetrackapp.com / TimeTrack Enterprise) REST API v2 "ext" simulator.
 *
 * A real HTTP server on 127.0.0.1 serving `/api/v2/ext/…` from an in-memory dataset, built on
 * the shared sandbox kit (request log, faults, rate limit). Wire rules, from
 * /work/shared/vendor-docs/timetrack.md:
 * - both `X-TimeTrack-Api-Key` and `X-TimeTrack-Api-Secret` on every request, else 401;
 * - bare JSON objects and arrays, errors `{"message"}` with a real status;
 * - references by name, durations in minutes (timers in seconds), timestamps `…SS.fffZ`;
 * - lists page with `limit` + 1-based `page` (default page size 50, at most 1000), no totals;
 * - an undocumented per-minute rate limit, off unless asked for, answering 429 + Retry-After.
 */
import { startSimServer, type SimRequest, type SimResponse, type SimRoute, type SimServer } from '../kit.js';
import { buildDataset } from './dataset.js';
import { failure, tooManyRequests } from './envelope.js';
import { clientRoutes } from './routes/clients.js';
import { projectRoutes } from './routes/projects.js';
import { taskRoutes } from './routes/tasks.js';
import { timeEntryRoutes } from './routes/timeEntries.js';
import { timerRoutes } from './routes/timer.js';
import { userRoutes } from './routes/users.js';
import type { TimeTrackState } from './state.js';

export type { TimeTrackState } from './state.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.js';

export const TIMETRACK_BASE_PATH = '/api/v2/ext';
export const DEFAULT_API_KEY = 'tt-sim-api-key';
export const DEFAULT_API_SECRET = 'tt-sim-api-secret';

export interface TimeTrackSimOptions {
  apiKey?: string;
  apiSecret?: string;
  dataset?: 'demo' | 'empty';
  /** Requests allowed per 60 s window; 0 or absent disables the limit (the docs state none). */
  rateLimitPerMinute?: number;
  port?: number;
}

export interface TimeTrackSimulator extends SimServer {
  apiKey: string;
  apiSecret: string;
  /** `http://127.0.0.1:<port>/api/v2/ext`, the equivalent of `https://{account}.timetrackenterprise.com/api/v2/ext`. */
  baseUrl: string;
  /** The live data behind the API; tests may read and mutate it directly. */
  state: TimeTrackState;
  /**
   * Where the demo account's users work. TimeTrack stores and speaks their wall-clock time with a
   * literal `Z` (vendor-docs/timetrack.md §1.4 "local timestamp"), so the stored `from`/`to` are
   * Vienna wall-clock times; a client must know this zone to turn them into instants.
   */
  timeZone: string;
}

/** TimeTrack is an Austrian product; the demo account's people work in Vienna. */
export const DEMO_TIME_ZONE = 'Europe/Vienna';

function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Literal-segment match used only to tell 404 (no such path) from 405 (wrong method). */
function samePath(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((w, i) => (w.startsWith(':') ? got[i] !== '' : w === got[i]));
}

export async function startTimeTrackSimulator(options: TimeTrackSimOptions = {}): Promise<TimeTrackSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const apiSecret = options.apiSecret ?? DEFAULT_API_SECRET;
  const state = buildDataset(options.dataset ?? 'demo');

  const routes: SimRoute[] = [
    ...clientRoutes(state),
    ...projectRoutes(state),
    ...taskRoutes(state),
    ...timeEntryRoutes(state),
    ...userRoutes(state),
    ...timerRoutes(state),
  ].map((r) => ({ ...r, pattern: TIMETRACK_BASE_PATH + r.pattern }));

  // Both headers are required on every API request; which one is wrong is not revealed.
  const authenticate = (req: SimRequest): SimResponse | undefined => {
    if (!req.path.startsWith(`${TIMETRACK_BASE_PATH}/`)) return undefined;
    const key = header(req, 'x-timetrack-api-key');
    const secret = header(req, 'x-timetrack-api-secret');
    if (!key || !secret) return failure(401, 'Missing X-TimeTrack-Api-Key or X-TimeTrack-Api-Secret header');
    if (key !== apiKey || secret !== apiSecret) return failure(401, 'Invalid API key or secret');
    return undefined;
  };

  const notFound = (req: SimRequest): SimResponse =>
    routes.some((r) => samePath(r.pattern, req.path))
      ? failure(405, `Method ${req.method} is not allowed on ${req.path}`)
      : failure(404, `Not found: ${req.path}`);

  const server = await startSimServer({
    name: 'timetrack',
    routes,
    before: authenticate,
    notFound,
    badJson: () => failure(400, 'Request body is not valid JSON'),
    rateLimit: { limit: options.rateLimitPerMinute ?? 0, windowMs: 60_000, response: tooManyRequests },
    ...(options.port !== undefined ? { port: options.port } : {}),
  });

  return { ...server, apiKey, apiSecret, baseUrl: `${server.url}${TIMETRACK_BASE_PATH}`, state, timeZone: DEMO_TIME_ZONE };
}
