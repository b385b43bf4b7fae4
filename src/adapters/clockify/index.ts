/**
 * The Clockify adapter (ARCHITECTURE.md §5): the contract over Clockify's regular API v1.
 *
 * Not supported, and why:
 *  - user create: adding a member is an e-mail invitation (paid plans only) that answers with
 *    the workspace, not a user; user delete: Clockify's endpoint is deprecated and does nothing.
 *    User update changes the workspace status (ACTIVE/INACTIVE) only; the API offers no more.
 *  - reports: the contract has no report handler yet; `reportsBaseUrl` is kept for it.
 * Request costs per operation are written at the top of each entity's file.
 */
import type { Adapter } from '../contract.js';
import { createVendorHttp, httpDepsOf, type VendorHttpDeps } from '../http.js';
import { ClockifyApi, BULK_PAGE_SIZE } from './client.js';
import { clockifyClients } from './clients.js';
import { MAX_PAGE_SIZE } from './paging.js';
import { clockifyProjects } from './projects.js';
import { Snapshot, type ClockifyContext } from './support.js';
import { clockifyTags } from './tags.js';
import { clockifyTasks } from './tasks.js';
import { clockifyTeams } from './teams.js';
import { clockifyTimeEntries } from './time-entries.js';
import { clockifyTimer } from './timer.js';
import { ClockifyError } from './types.js';
import { clockifyUsers } from './users.js';

export interface ClockifySourceConfig {
  key: string;
  vendor: 'clockify';
  baseUrl: string;
  reportsBaseUrl: string;
  workspaceId: string;
  apiKey: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  cacheTtlSeconds: number;
}

/** Clockify's documented limit (per add-on and workspace; observed for API keys too). */
export const CLOCKIFY_RATE_LIMIT_PER_SECOND = 50;

export function createClockifyAdapter(config: ClockifySourceConfig, deps: VendorHttpDeps = {}): Adapter {
  const http = createVendorHttp({
    source: config.key,
    vendor: 'clockify',
    baseUrl: config.baseUrl,
    headers: { 'X-Api-Key': config.apiKey },
    timeoutMs: config.timeoutMs,
    rateLimitPerSecond: config.rateLimitPerSecond ?? CLOCKIFY_RATE_LIMIT_PER_SECOND,
    errorMessage: (_status, body) => {
      const parsed = ClockifyError.safeParse(body);
      return parsed.success ? (parsed.data.message ?? undefined) : undefined;
    },
    ...httpDepsOf(deps),
  });
  const api = new ClockifyApi(http, config.workspaceId, config.key, config.reportsBaseUrl);
  const ttlMs = config.cacheTtlSeconds * 1000;
  let owner: Promise<string> | null = null;

  const ctx: ClockifyContext = {
    api,
    source: config.key,
    workspaceId: config.workspaceId,
    directory: new Snapshot(() => api.walk((p, s) => api.users({ 'sort-column': 'ID', 'sort-order': 'ASCENDING' }, p, s), BULK_PAGE_SIZE), ttlMs),
    catalog: new Snapshot(() => api.walk((p, s) => api.projects({ hydrated: true, 'sort-column': 'ID', 'sort-order': 'ASCENDING' }, p, s), BULK_PAGE_SIZE), ttlMs),
    // The key's owner never changes for the adapter's lifetime; a failed lookup is retried next time.
    ownerId: () => {
      owner ??= api.currentUser().then(
        (u) => u.id,
        (error: unknown) => {
          owner = null;
          throw error;
        },
      );
      return owner;
    },
    now: () => new Date(),
  };

  const teams = clockifyTeams(ctx);
  const projects = clockifyProjects(ctx);
  const timeEntries = clockifyTimeEntries(ctx);
  return {
    key: config.key,
    vendor: 'clockify',
    maxPageSize: MAX_PAGE_SIZE,
    entities: {
      user: clockifyUsers(ctx),
      team: teams.handlers,
      client: clockifyClients(ctx),
      project: projects.handlers,
      task: clockifyTasks(ctx),
      tag: clockifyTags(ctx),
      timeEntry: timeEntries.handlers,
    },
    timer: clockifyTimer(ctx, timeEntries.insert, timeEntries.forget),
    teamMembers: teams.members,
    projectMembers: projects.members,
    ping: async () => {
      await api.workspace();
    },
    close: () => http.close(),
  };
}
