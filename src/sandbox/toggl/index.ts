/**
 * A Toggl Track simulator: a real HTTP server on loopback with the paths, Basic auth, plain-text
 * error bodies, paging, rate limits and running-timer shape of Toggl Track API v9 and of the
 * Reports API v3, over a deterministic in-memory workspace. What each behaviour rests on is
 * written beside it and collected in docs/vendors/toggl.md.
 *
 *   API v9:      `{url}/api/v9/...`          (https://api.track.toggl.com/api/v9)
 *   Reports v3:  `{url}/reports/api/v3/...`  (https://api.track.toggl.com/reports/api/v3)
 */
import { startSimServer, type SimRequest, type SimResponse, type SimRoute, type SimServer } from '../kit.js';
import { checkBasicAuth } from './auth.js';
import { buildState, type DatasetName } from './dataset.js';
import { textError } from './envelope.js';
import { HourlyQuota } from './quota.js';
import { clientRoutes } from './routes/clients.js';
import type { RouteContext } from './routes/context.js';
import { meRoutes } from './routes/me.js';
import { projectRoutes } from './routes/projects.js';
import { reportRoutes } from './routes/reports.js';
import { tagRoutes } from './routes/tags.js';
import { taskRoutes } from './routes/tasks.js';
import { timeEntryRoutes } from './routes/timeEntries.js';
import type { TogglState } from './state.js';

export type { TogglState } from './state.js';

export interface TogglSimOptions {
  /** The one valid API token (sent as `<token>:api_token`). */
  apiToken?: string;
  /** The owner's password for `email:password` Basic auth (the email is ada@example.com). */
  password?: string;
  /** Fix the workspace id; otherwise the dataset's deterministic id is used. */
  workspaceId?: number;
  /** `demo` (default): three people, clients, projects, tasks, tags, 60 entries; `empty`: only the owner. */
  dataset?: DatasetName;
  /**
   * Requests per second before 429 (default 0 = off). Toggl documents a leaky bucket and advises
   * "approximately one request per second" without a hard number, so no default is imposed.
   */
  rateLimitPerSecond?: number;
  /** Requests per hour before 402 (default 0 = off; plans allow 30/240/600). */
  hourlyQuota?: number;
  /** Largest Reports API page served (default 50; Toggl's cap is not documented). */
  reportPageCap?: number;
  /**
   * How many days back `GET /me/time_entries?start_date=` may reach (Toggl: about 3 months, so 90);
   * default 0 = unlimited, because the demo entries are fixed in November 2026.
   */
  meHistoryDays?: number;
  /** The clock for `at`, `stop` of stopped timers, etc. */
  now?: () => number;
  port?: number;
}

export interface TogglSimulator extends SimServer {
  apiToken: string;
  email: string;
  password: string;
  workspaceId: number;
  /** Like `https://api.track.toggl.com/api/v9`. */
  baseUrl: string;
  /** Like `https://api.track.toggl.com/reports/api/v3`. */
  reportsBaseUrl: string;
  /** Change the hourly quota at run time (0 disables it). */
  setHourlyQuota(limit: number): void;
  state: TogglState;
}

export const DEFAULT_TOGGL_API_TOKEN = 'sim0toggl0token0b7c2e9d41f6a358';
export const DEFAULT_TOGGL_PASSWORD = 'analytical-engine';

const API = '/api/v9';
const REPORTS = '/reports/api/v3';

export async function startTogglSimulator(options: TogglSimOptions = {}): Promise<TogglSimulator> {
  const apiToken = options.apiToken ?? DEFAULT_TOGGL_API_TOKEN;
  const password = options.password ?? DEFAULT_TOGGL_PASSWORD;
  const state = buildState({ dataset: options.dataset ?? 'demo', workspaceId: options.workspaceId, now: options.now });
  const email = state.users.find((u) => u.id === state.ownerId)!.email;
  const ctx: RouteContext = { state, api: API, reports: REPORTS, apiToken, meHistoryDays: options.meHistoryDays ?? 0 };
  const routes: SimRoute[] = [
    ...meRoutes(ctx),
    ...clientRoutes(ctx),
    ...projectRoutes(ctx),
    ...taskRoutes(ctx),
    ...tagRoutes(ctx),
    ...timeEntryRoutes(ctx),
    ...reportRoutes(ctx, options.reportPageCap ?? 50),
  ];
  const quota = new HourlyQuota(options.hourlyQuota ?? 0);

  /** Authentication first (403 per docs/authentication), then the per-user hourly quota (402). */
  const before = (req: SimRequest): SimResponse | undefined => {
    const auth = checkBasicAuth(req, { apiToken, email, password });
    // "If authentication fails, HTTP status code 403 is returned." (developers.track.toggl.com/docs/authentication)
    if (!auth.ok) return textError(403, 'Incorrect username and/or password');
    const resetIn = quota.take();
    if (resetIn !== undefined) {
      // support.toggl.com/en/articles/11484112: over the hourly quota → 402. The wording and a
      // Retry-After are not documented; the header says when the 60-minute window resets.
      return textError(402, 'You have hit your hourly API limit. Please upgrade your plan or wait for the quota to reset.', { 'retry-after': String(resetIn) });
    }
    return undefined;
  };

  const server = await startSimServer({
    name: 'toggl',
    routes,
    before,
    // An unknown path answers Go's default plain-text 404 (Toggl's API is written in Go; wording not verified).
    notFound: () => textError(404, '404 page not found'),
    badJson: () => textError(400, 'JSON is not valid'),
    rateLimit: {
      limit: options.rateLimitPerSecond ?? 0,
      windowMs: 1000,
      // "When you reach your limit, the server responds with an HTTP 429 status code, indicating you
      // should pause further requests" (support.toggl.com/en/articles/11484112, the leaky-bucket
      // rate limit). Retry-After is not documented by Toggl; it is sent so clients can back off exactly.
      response: (retryAfterSeconds) => textError(429, 'Too Many Requests', { 'retry-after': String(retryAfterSeconds) }),
    },
    port: options.port,
  });

  return {
    ...server,
    apiToken,
    email,
    password,
    workspaceId: state.workspace.id,
    baseUrl: `${server.url}${API}`,
    reportsBaseUrl: `${server.url}${REPORTS}`,
    setHourlyQuota: (limit) => quota.set(limit),
    state,
  };
}
