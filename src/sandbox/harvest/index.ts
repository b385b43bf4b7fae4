/**
 * A Harvest API v2 simulator: a real HTTP server on loopback with Harvest's paths (`/v2/...`),
 * its three request headers, error bodies, paginated envelopes with `links`, the 100-requests-
 * per-15-seconds limit, and running timers with stop/restart, over a deterministic account.
 *
 * What each behaviour rests on is cited next to it and summarised in docs/vendors/harvest.md.
 */
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import { buildState, type DatasetName } from './dataset.js';
import { errorResponse, invalidToken } from './envelope.js';
import { clientRoutes } from './routes/clients.js';
import { companyRoutes } from './routes/company.js';
import type { RouteContext } from './routes/context.js';
import { projectRoutes } from './routes/projects.js';
import { taskRoutes } from './routes/tasks.js';
import { timeEntryRoutes } from './routes/timeEntries.js';
import { userRoutes } from './routes/users.js';
import { findById, type HarvestState, type StoredUser } from './state.js';

export type { HarvestState } from './state.js';

export interface HarvestSimOptions {
  /** Personal access token of Ada Lovelace (administrator). */
  accessToken?: string;
  /** Token of Linus Torvalds, a member: sees only his own time, gets 403 on catalogues. */
  memberAccessToken?: string;
  /** The one account the tokens open (`Harvest-Account-Id`). */
  accountId?: string;
  /** `demo` (default): three people, three clients, three projects, 60 entries; `empty`: only Ada. */
  dataset?: DatasetName;
  /** Track by start and end time (default true) or by duration (Company `wants_timestamp_timers`). */
  wantsTimestampTimers?: boolean;
  /** Requests per window before 429 (default 100, Harvest's documented limit); 0 disables. */
  rateLimit?: number;
  /** Window length in ms (default 15 000). */
  rateWindowMs?: number;
  /** The clock timers read (default `Date.now`); tests pass their own to move time. */
  now?: () => number;
  port?: number;
}

export interface HarvestSimulator extends SimServer {
  accessToken: string;
  memberAccessToken: string;
  accountId: string;
  /** Like `https://api.harvestapp.com/v2`. */
  baseUrl: string;
  /** The live data behind the server, for test assertions. */
  state: HarvestState;
}

export const DEFAULT_HARVEST_ACCESS_TOKEN = 'sim-harvest-pat-2b7c41d9e0a35f68';
export const DEFAULT_HARVEST_MEMBER_TOKEN = 'sim-harvest-pat-member-9a1e6c03';
export const DEFAULT_HARVEST_ACCOUNT_ID = '1234567';

const header = (req: SimRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function startHarvestSimulator(options: HarvestSimOptions = {}): Promise<HarvestSimulator> {
  const accessToken = options.accessToken ?? DEFAULT_HARVEST_ACCESS_TOKEN;
  const memberAccessToken = options.memberAccessToken ?? DEFAULT_HARVEST_MEMBER_TOKEN;
  const accountId = options.accountId ?? DEFAULT_HARVEST_ACCOUNT_ID;
  const state = buildState({
    dataset: options.dataset ?? 'demo',
    accountId,
    wantsTimestampTimers: options.wantsTimestampTimers ?? true,
    now: options.now ?? Date.now,
  });
  const byEmail = (email: string) => state.users.find((u) => u.email === email);
  const tokenOwners = new Map<string, number>();
  tokenOwners.set(accessToken, state.users[0]!.id);
  const linus = byEmail('linus@example.com');
  if (linus) tokenOwners.set(memberAccessToken, linus.id);

  /**
   * The token comes as `Authorization: Bearer <token>` or as the `access_token` query parameter,
   * the account as `Harvest-Account-Id` or `account_id` (Authentication page, "Header
   * Authentication Example" / "Query String Authentication Example").
   */
  const tokenOf = (req: SimRequest): string | undefined => {
    const auth = header(req, 'authorization');
    const bearer = auth && /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    return bearer || req.query.get('access_token') || undefined;
  };
  const accountOf = (req: SimRequest): string | undefined => header(req, 'harvest-account-id') || req.query.get('account_id') || undefined;

  const caller = (req: SimRequest): StoredUser => {
    const id = tokenOwners.get(tokenOf(req) ?? '');
    const user = id === undefined ? undefined : findById(state.users, id);
    if (!user) throw new Error('Harvest simulator: route reached without an authenticated caller');
    return user;
  };

  const before = (req: SimRequest): SimResponse | undefined => {
    // "If you don't include a User-Agent header, you'll get a 400 Bad Request response."
    // (Overview, "Notes about user agents"; the body is not documented.)
    if (!header(req, 'user-agent')?.trim()) return errorResponse(400);
    const token = tokenOf(req);
    if (!token || !tokenOwners.has(token)) return invalidToken();
    // A request without the account id "will fail with that error" (401 invalid_token,
    // googleworkspace/apps-script-oauth2#90); an account the token cannot open is treated the
    // same (unverified).
    if (accountOf(req) !== accountId) return invalidToken();
    const active = findById(state.users, tokenOwners.get(token)!);
    if (!active?.isActive) return invalidToken();
    return undefined;
  };

  const ctx: RouteContext = { state, caller };
  const routes = [
    ...companyRoutes(ctx),
    ...userRoutes(ctx),
    ...clientRoutes(ctx),
    ...projectRoutes(ctx),
    ...taskRoutes(ctx),
    ...timeEntryRoutes(ctx),
  ];

  const server = await startSimServer({
    name: 'harvest',
    routes,
    before,
    notFound: () => errorResponse(404),
    badJson: () => errorResponse(400),
    rateLimit: {
      // Overview, "Rate limiting": 100 requests per 15 seconds; over it, 429 with a
      // `Retry-After` header giving the seconds until the throttle lifts. (Reports have their
      // own, lower limit: 100 per 15 minutes; the simulator serves no reports.)
      limit: options.rateLimit ?? 100,
      windowMs: options.rateWindowMs ?? 15_000,
      response: (retryAfterSeconds) => ({ ...errorResponse(429), headers: { 'retry-after': String(retryAfterSeconds) } }),
    },
    port: options.port,
  });

  return { ...server, accessToken, memberAccessToken, accountId, baseUrl: `${server.url}/v2`, state };
}
