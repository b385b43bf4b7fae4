/**
 * The Desklog source (ARCHITECTURE.md §5): raw calls in client.ts and endpoints.ts, zod shapes
 * in types.ts, pure mappers in mappers/, one handler module per entity.
 *
 * Desklog has no time-entry API (only per-user attendance aggregates), so there are no
 * time-entry handlers and no timer: the gateway reports those as UnsupportedOperationError.
 * `task_status_change` (start/pause/stop) is a task state switch that yields no entry, so it
 * cannot back the contract's timer. Attendance is offered beside the contract as `attendance`.
 */
import type { Adapter } from '../contract.js';
import { httpDepsOf, type VendorHttpDeps } from '../http.js';
import { createMemo } from '../memo.js';
import { desklogAttendance, type DesklogAttendanceFilter, type DesklogAttendanceRecord } from './attendance.js';
import { desklogClients } from './clients.js';
import { createDesklogClient } from './client.js';
import { desklogEndpoints } from './endpoints.js';
import { desklogProjects } from './projects.js';
import type { DesklogContext } from './support.js';
import { desklogTags } from './tags.js';
import { desklogTasks } from './tasks.js';
import { desklogTeams } from './teams.js';
import { desklogUsers } from './users.js';

export type { DesklogAttendanceRecord } from './attendance.js';

export interface DesklogSourceConfig {
  key: string;
  vendor: 'desklog';
  baseUrl: string;
  token: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  cacheTtlSeconds: number;
}

export interface DesklogAdapterDeps extends VendorHttpDeps {
  /** Rows per vendor list request (default 100); tests lower it to exercise paging. */
  vendorPageLimit?: number;
  /** First retry backoff step in ms; tests shorten it. */
  retryBaseDelayMs?: number;
}

export type DesklogAdapter = Adapter & {
  attendance(filter: DesklogAttendanceFilter): Promise<DesklogAttendanceRecord[]>;
};

export function createDesklogAdapter(config: DesklogSourceConfig, deps: DesklogAdapterDeps = {}): DesklogAdapter {
  const client = createDesklogClient({
    http: httpDepsOf(deps),
    source: config.key,
    baseUrl: config.baseUrl,
    token: config.token,
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    ...(deps.vendorPageLimit ? { pageLimit: deps.vendorPageLimit } : {}),
    ...(deps.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: deps.retryBaseDelayMs } : {}),
  });
  const ctx: DesklogContext = { source: config.key, api: desklogEndpoints(client), memo: createMemo(config.cacheTtlSeconds) };
  const { members: teamMembers, ...teams } = desklogTeams(ctx);

  return {
    key: config.key,
    vendor: 'desklog',
    // Pages are cut in memory; projects and tasks cost one details read per item on the page.
    maxPageSize: 100,
    entities: {
      user: desklogUsers(ctx),
      team: teams,
      client: desklogClients(ctx),
      project: desklogProjects(ctx),
      task: desklogTasks(ctx),
      tag: desklogTags(ctx),
    },
    teamMembers,
    attendance: desklogAttendance(ctx),
    ping: async () => {
      await ctx.api.ping();
    },
    close: () => client.close(),
  };
}
