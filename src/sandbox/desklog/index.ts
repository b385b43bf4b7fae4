/**
 * Desklog public API v2 simulator: a real HTTP server on 127.0.0.1 serving `/api/v2/*` from an
 * in-memory dataset, strict to the documented shapes (see /work/shared/vendor-docs/desklog.md,
 * whose §2 corrected method table it follows).
 */
import { type SimServer, startSimServer } from '../kit.js';
import { bearerGuard } from './auth.js';
import { demoDataset, emptyDataset } from './dataset.js';
import { fail, tooManyRequests } from './envelope.js';
import { BASE_PATH, allowedMethods, desklogRoutes, toSimRoutes } from './routes/table.js';
import { PING_PATH } from './routes/ping.js';
import { phpNumberRoutes } from './php-numbers.js';
import { type DesklogState, createState } from './state.js';

export type { DesklogState } from './state.js';

export interface DesklogSimOptions {
  /** The API token clients must send as `Authorization: Bearer <token>`. */
  token?: string;
  /** `demo` (default): three users with teams, projects, tasks, tags and attendance; `empty`: only the token owner. */
  dataset?: 'demo' | 'empty';
  /** Requests per minute before 429; Desklog documents no limit, so 0 (off) is the default. */
  rateLimitPerMinute?: number;
  /** Every number inside `data` answered as a string, as a PHP/MySQL deployment may (php-numbers.ts). */
  numbersAsStrings?: boolean;
  port?: number;
}

export interface DesklogSimulator extends SimServer {
  token: string;
  /** `http://127.0.0.1:<port>/api/v2` (no trailing slash). */
  baseUrl: string;
  /** Live data; tests may read and mutate it. */
  state: DesklogState;
  /** Moves the timer clock forward so running tasks accrue time without sleeping. */
  advanceTime(seconds: number): void;
}

export const DEFAULT_DESKLOG_TOKEN = 'desklog-sim-token';

export async function startDesklogSimulator(options: DesklogSimOptions = {}): Promise<DesklogSimulator> {
  const token = options.token ?? DEFAULT_DESKLOG_TOKEN;
  const state = createState(options.dataset === 'empty' ? emptyDataset() : demoDataset());
  const plain = toSimRoutes(desklogRoutes(state));
  const routes = options.numbersAsStrings ? phpNumberRoutes(plain) : plain;
  const publicPaths = [`${BASE_PATH}/${PING_PATH}`, `${BASE_PATH}/${PING_PATH}/`];

  const server = await startSimServer({
    name: 'desklog',
    routes,
    before: bearerGuard(token, publicPaths),
    notFound: (req) => {
      const allowed = allowedMethods(routes, req.path);
      if (allowed.length === 0) return fail('Not Found', 404);
      return { ...fail('Method Not Allowed', 405), headers: { allow: allowed.join(', ') } };
    },
    // Business-level problem with the request, so HTTP 200 like every other validation error.
    badJson: () => fail('The request body must be valid JSON.'),
    rateLimit: { limit: options.rateLimitPerMinute ?? 0, windowMs: 60_000, response: tooManyRequests },
    ...(options.port !== undefined ? { port: options.port } : {}),
  });

  return Object.assign(server, {
    token,
    baseUrl: `${server.url}${BASE_PATH}`,
    state,
    advanceTime: (seconds: number) => {
      state.clock.skewMs += seconds * 1000;
    },
  });
}
