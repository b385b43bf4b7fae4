/**
 * A faithful Dyzo API simulator (https://api.dyzo.ai, docs v2.0.0) on 127.0.0.1, built on the
 * shared kit. See /work/shared/vendor-docs/dyzo.md for the behaviour it reproduces; each route
 * module lists its endpoints. Differences from the kit's defaults:
 * - the rate limit is per API key (Dyzo's keys each carry a `rate_limit`), so the kit's global
 *   limiter stays off and `setRateLimit` drives the per-key limiter instead;
 * - unknown URLs answer Django's HTML 404, known URLs with the wrong method DRF's 405.
 */
import { startSimServer, type SimRequest, type SimRoute, type SimServer } from '../kit.js';
import { DyzoAuth } from './auth.js';
import { buildDataset } from './dataset.js';
import { badJson, djangoNotFound, methodNotAllowed, rateLimited } from './envelope.js';
import { KeyRateLimiter } from './ratelimit.js';
import { allowedMethods } from './routing.js';
import { endpointKeyRoutes } from './payload-keys.js';
import { apiKeyRoutes } from './routes/apiKeys.js';
import type { DyzoContext } from './routes/context.js';
import { employeeRoutes } from './routes/employees.js';
import { projectRoutes } from './routes/projects.js';
import { taskLogRoutes } from './routes/taskLogs.js';
import { taskRoutes } from './routes/tasks.js';
import type { DyzoState } from './state.js';

export type {
  DyzoAdminNotification,
  DyzoApiKey,
  DyzoCompany,
  DyzoEmployee,
  DyzoProject,
  DyzoProjectStatus,
  DyzoState,
  DyzoTask,
  DyzoTaskLog,
} from './state.js';

export interface DyzoSimOptions {
  /** The key that authenticates as the owner employee (default `dyzo_sandbox_0123456789abcdef`). */
  apiKey?: string;
  /** Default 100, the company id of the docs' examples. */
  companyId?: number;
  /** The key owner's `_id` (default 10, the `employee_id` of the docs' examples). */
  employeeId?: number;
  dataset?: 'demo' | 'empty';
  /** The key's `rate_limit`, per minute (default 1000, the docs' example); 0 disables it. */
  rateLimitPerMinute?: number;
  /** `data` (default, what the frontend reads) or `endpoint`: lists under their own key (payload-keys.ts). */
  payloadKeys?: 'data' | 'endpoint';
  port?: number;
}

export interface DyzoSimulator extends SimServer {
  apiKey: string;
  companyId: number;
  employeeId: number;
  /** Paths are appended directly (no `/api/v2` prefix), as on https://api.dyzo.ai. */
  baseUrl: string;
  state: DyzoState;
}

export const DEFAULT_DYZO_API_KEY = 'dyzo_sandbox_0123456789abcdef';

export async function startDyzoSimulator(options: DyzoSimOptions = {}): Promise<DyzoSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_DYZO_API_KEY;
  const companyId = options.companyId ?? 100;
  const employeeId = options.employeeId ?? 10;
  const state = buildDataset({
    dataset: options.dataset ?? 'demo',
    apiKey,
    companyId,
    employeeId,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1000,
  });
  const limiter = new KeyRateLimiter(60_000);
  const auth = new DyzoAuth(state, limiter);
  const context: DyzoContext = { state, auth };
  const documented: SimRoute[] = [
    ...taskLogRoutes(context),
    ...taskRoutes(context),
    ...projectRoutes(context),
    ...employeeRoutes(context),
    ...apiKeyRoutes(context),
  ];
  const routes = options.payloadKeys === 'endpoint' ? endpointKeyRoutes(documented) : documented;

  const server = await startSimServer({
    name: 'dyzo',
    routes: routes.map((r) => ({ ...r, handler: async (req: SimRequest) => auth.decorate(req, await r.handler(req)) })),
    before: auth.before,
    notFound: (req) => {
      const allowed = allowedMethods(routes, req.path);
      return auth.decorate(req, allowed.length > 0 ? methodNotAllowed(req.method, allowed) : djangoNotFound());
    },
    badJson: () => badJson(),
    // limit 0 keeps the kit's global limiter off; its `response` still shapes injected 429 faults.
    rateLimit: { limit: 0, windowMs: 60_000, response: rateLimited },
    ...(options.port !== undefined ? { port: options.port } : {}),
  });

  return {
    ...server,
    apiKey,
    companyId,
    employeeId,
    baseUrl: server.url,
    state,
    setRateLimit: (limit, windowMs) => limiter.set(limit, windowMs),
  };
}
