/**
 * The Dyzo source (ARCHITECTURE.md §5): raw calls in client.ts, zod shapes in types.ts, pure
 * mappers in mappers/, one handler module per entity. Dyzo's paths name the company and the
 * acting employee (the API key's owner), hence `companyId` and `employeeId` in the config.
 *
 * What Dyzo lacks is left out (the gateway then answers UnsupportedOperationError):
 * - teams and clients: only an outdated URL dump lists their paths, without methods or bodies;
 * - tags: Dyzo has none;
 * - timers: the docs show no start/stop call, only finished logs;
 * - project update/delete and user delete: not in the v2 reference (see projects.ts, users.ts).
 */
import { httpDepsOf, type VendorHttpDeps } from '../http.js';
import type { TimeEntry } from '../../domain/entities.js';
import type { Adapter, CreateInputMap } from '../contract.js';
import { createDyzoClient } from './client.js';
import { createMemo } from '../memo.js';
import { dyzoProjects } from './projects.js';
import type { DyzoContext } from './support.js';
import { dyzoTaskReads, dyzoTasks } from './tasks.js';
import { dyzoTimeEntries } from './time-entries.js';
import { dyzoUsers } from './users.js';

export interface DyzoSourceConfig {
  key: string;
  vendor: 'dyzo';
  baseUrl: string;
  apiKey: string;
  companyId: number;
  employeeId: number;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  cacheTtlSeconds: number;
}

export interface DyzoAdapterDeps extends VendorHttpDeps {
}

export type DyzoAdapter = Adapter & {
  /**
   * Creates one user's entries with Dyzo's bulk endpoint (one request for the batch). Dyzo skips
   * an item whose (task, user, start) it already holds, so re-sending a batch creates nothing
   * twice; `skipped` counts those. Every entry needs a taskId and an end.
   */
  bulkCreateTimeEntries(userId: string, entries: CreateInputMap['timeEntry'][]): Promise<{ created: TimeEntry[]; skipped: number }>;
};

export function createDyzoAdapter(config: DyzoSourceConfig, deps: DyzoAdapterDeps = {}): DyzoAdapter {
  const client = createDyzoClient({
    http: httpDepsOf(deps),
    source: config.key,
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    companyId: config.companyId,
    employeeId: config.employeeId,
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
  });
  const ctx: DyzoContext = { source: config.key, client, memo: createMemo(config.cacheTtlSeconds) };
  const taskReads = dyzoTaskReads(ctx);
  const { bulkCreate, ...timeEntry } = dyzoTimeEntries(ctx, taskReads);

  return {
    key: config.key,
    vendor: 'dyzo',
    // Pages are cut locally from whole reads, so a large page costs no more vendor requests.
    maxPageSize: 500,
    entities: {
      user: dyzoUsers(ctx),
      project: dyzoProjects(ctx),
      task: dyzoTasks(ctx, taskReads),
      timeEntry,
    },
    bulkCreateTimeEntries: bulkCreate,
    // The key owner's own record: proves the key works and the owner is active.
    ping: async () => {
      await client.getEmployee(String(config.employeeId));
    },
    close: () => client.close(),
  };
}
