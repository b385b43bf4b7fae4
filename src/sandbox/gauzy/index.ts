/**
 * Ever Gauzy API simulator: a real HTTP server (see ../kit.ts) with an in-memory dataset that
 * answers like Gauzy's NestJS API under `/api`, following the code where the published docs
 * disagree (see /work/shared/vendor-docs/gauzy.md). Adapters are tested against it, so strictness
 * (validation sentences, status codes, envelopes) is the point, not convenience.
 */
import { startSimServer, type SimServer } from '../kit.js';
import { makeGuarded, staticToken, TokenService } from './auth.js';
import type { GauzyTestFaults, SimContext } from './context.js';
import { buildDataset, DEFAULT_ORGANIZATION_ID, DEFAULT_TENANT_ID } from './dataset.js';
import { badRequest, routeNotFound, throttled } from './envelope.js';
import { newId } from './ids.js';
import { authRoutes } from './routes/auth.js';
import { contactRoutes } from './routes/contacts.js';
import { employeeRoutes } from './routes/employees.js';
import { projectRoutes } from './routes/projects.js';
import { tagRoutes } from './routes/tags.js';
import { taskRoutes } from './routes/tasks.js';
import { teamRoutes } from './routes/teams.js';
import { timeLogRoutes } from './routes/time-logs.js';
import { timerRoutes } from './routes/timer.js';
import { timesheetRoutes } from './routes/timesheets.js';
import { addSecondOrganization } from './second-organization.js';
import { roleByName, type GauzyState, type RoleName } from './state.js';

/** Applies the login-user options: another role, or no employee record at all. */
function shapeLoginUser(state: GauzyState, loginUserId: string, options: GauzySimOptions): void {
  const user = state.users.get(loginUserId);
  if (!user) return;
  if (options.loginRole) user.roleId = roleByName(state, options.loginRole)?.id ?? user.roleId;
  if (options.loginEmployee === false) {
    for (const [id, e] of state.employees) if (e.userId === loginUserId) state.employees.delete(id);
  }
}

export type { GauzyState } from './state.js';
export { DEMO_IDS, DEFAULT_ORGANIZATION_ID, DEFAULT_TENANT_ID } from './dataset.js';
export { SECOND_ORG_IDS } from './second-organization.js';

export interface GauzySimOptions {
  /** Static bearer token that is always valid for the login user (in addition to login-issued JWTs). */
  token?: string;
  email?: string;
  password?: string;
  tenantId?: string;
  organizationId?: string;
  dataset?: 'demo' | 'empty';
  /** Throttler limit per 60 s window; Gauzy's production default is 60000. 0 disables it. */
  rateLimitPerMinute?: number;
  port?: number;
  /** Clock for timers, "today" and future-date checks (defaults to the real clock). */
  now?: () => Date;
  /** Role of the login user (default SUPER_ADMIN); EMPLOYEE lacks CHANGE_SELECTED_EMPLOYEE. */
  loginRole?: RoleName;
  /** false: the login user has no employee record (an admin who does not track time). */
  loginEmployee?: boolean;
  /** Lifetime of the access tokens login and refresh hand out (default one day). */
  tokenTtlSeconds?: number;
  /** Adds a second organization with its own rows to the tenant (see second-organization.ts). */
  secondOrganization?: boolean;
}

export interface GauzySimulator extends SimServer {
  token: string;
  email: string;
  password: string;
  tenantId: string;
  organizationId: string;
  /** `${url}/api`, Gauzy's global prefix. */
  baseUrl: string;
  /** Ids of the login user and its employee record. */
  userId: string;
  employeeId: string;
  /** Live in-memory data (Gauzy column names), for assertions. */
  state: GauzyState;
  /** TEST FAULTS, not Gauzy behaviour (see context.ts): off until a test switches one on. */
  testFaults: GauzyTestFaults;
}

export const DEFAULT_EMAIL = 'ada@example.com';
export const DEFAULT_PASSWORD = 'gauzy-sim-password';

export async function startGauzySimulator(options: GauzySimOptions = {}): Promise<GauzySimulator> {
  const tenantId = options.tenantId ?? DEFAULT_TENANT_ID;
  const organizationId = options.organizationId ?? DEFAULT_ORGANIZATION_ID;
  const email = options.email ?? DEFAULT_EMAIL;
  const password = options.password ?? DEFAULT_PASSWORD;
  const now = options.now ?? (() => new Date());

  const { state, loginUserId } = buildDataset({ dataset: options.dataset ?? 'demo', tenantId, organizationId, email });
  shapeLoginUser(state, loginUserId, options);
  const token = options.token ?? staticToken(state, loginUserId);
  if (options.secondOrganization) addSecondOrganization(state);
  const tokens = new TokenService(state, token, loginUserId, now, options.tokenTtlSeconds);
  const ctx: SimContext = {
    state,
    tokens,
    route: makeGuarded(state, tokens),
    now,
    nowIso: () => now().toISOString(),
    newId,
    credentials: { email, password },
    testFaults: { malformedTimeLogIds: new Set() },
  };

  // Order matters: static segments before `:id`, and the time-log/timer routes before
  // `/api/timesheet/:id`, which would otherwise swallow them.
  const routes = [
    ...authRoutes(ctx),
    ...employeeRoutes(ctx),
    ...teamRoutes(ctx),
    ...contactRoutes(ctx),
    ...projectRoutes(ctx),
    ...taskRoutes(ctx),
    ...tagRoutes(ctx),
    ...timeLogRoutes(ctx),
    ...timerRoutes(ctx),
    ...timesheetRoutes(ctx),
  ];

  const server = await startSimServer({
    name: 'gauzy',
    routes,
    notFound: (req) => {
      const search = req.query.toString();
      return routeNotFound(req.method, search ? `${req.path}?${search}` : req.path);
    },
    // body-parser's SyntaxError surfaces as a 400 with the parser's message.
    badJson: (req) => {
      let message = 'Unexpected end of JSON input';
      try {
        JSON.parse(req.rawBody);
      } catch (error) {
        message = error instanceof Error ? error.message : message;
      }
      return badRequest(message).toResponse();
    },
    rateLimit: { limit: options.rateLimitPerMinute ?? 60_000, windowMs: 60_000, response: throttled },
    ...(options.port !== undefined ? { port: options.port } : {}),
  });

  const employee = [...state.employees.values()].find((e) => e.userId === loginUserId);
  return {
    ...server,
    token,
    email,
    password,
    tenantId,
    organizationId,
    baseUrl: `${server.url}/api`,
    userId: loginUserId,
    employeeId: employee?.id ?? '',
    state,
    testFaults: ctx.testFaults,
  };
}
