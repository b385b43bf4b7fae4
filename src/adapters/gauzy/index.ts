/**
 * The Ever Gauzy source (ARCHITECTURE.md §5): raw calls in client.ts, zod shapes in types.ts,
 * pure mappers in mappers/, one handler module per entity. Users are Gauzy *employees*, since
 * time is tracked by employees, and every reference to a user (members, assignees, time-log
 * owners) is an employee id.
 */
import { httpDepsOf, type VendorHttpDeps } from '../http.js';
import { ValidationError } from '../../domain/errors.js';
import type { Adapter } from '../contract.js';
import { createGauzyClient } from './client.js';
import { gauzyClients } from './clients.js';
import { gauzyProjects } from './projects.js';
import { createMemo } from '../memo.js';
import type { GauzyContext } from './support.js';
import { gauzyTags } from './tags.js';
import { gauzyTasks } from './tasks.js';
import { gauzyTeams } from './teams.js';
import { gauzyTimeEntries } from './time-entries.js';
import { gauzyTimer } from './timer.js';
import { gauzyTimesheets } from './timesheets.js';
import { gauzyUsers } from './users.js';
import { GauzyMe } from './types.js';

export interface GauzySourceConfig {
  key: string;
  vendor: 'gauzy';
  baseUrl: string;
  token?: string;
  email?: string;
  password?: string;
  tenantId: string;
  organizationId: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  cacheTtlSeconds: number;
}

export interface GauzyAdapterDeps extends VendorHttpDeps {
}

export function createGauzyAdapter(config: GauzySourceConfig, deps: GauzyAdapterDeps = {}): Adapter {
  const client = createGauzyClient({
    http: httpDepsOf(deps),
    source: config.key,
    baseUrl: config.baseUrl,
    tenantId: config.tenantId,
    organizationId: config.organizationId,
    timeoutMs: config.timeoutMs,
    ...(config.token ? { token: config.token } : {}),
    ...(config.email ? { email: config.email } : {}),
    ...(config.password ? { password: config.password } : {}),
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
  });
  const ctx: GauzyContext = { source: config.key, client, snapshots: createMemo(config.cacheTtlSeconds) };
  const teams = gauzyTeams(ctx);
  const projects = gauzyProjects(ctx);
  const users = gauzyUsers(ctx);
  const timeEntries = gauzyTimeEntries(ctx, {
    // The users list is memoised, so this costs one read shared with `users`.
    employeeIds: async () => (await users.list!({}, { token: null, size: Number.MAX_SAFE_INTEGER })).items.map((u) => u.remoteId),
  });
  const timer = gauzyTimer(ctx, timeEntries);
  const { members: teamMembers, ...teamHandlers } = teams;
  const { members: projectMembers, ...projectHandlers } = projects;
  const { complete: _complete, ...entryHandlers } = timeEntries;

  return {
    key: config.key,
    vendor: 'gauzy',
    // Pages are cut in memory from whole reads, so any size up to this is one vendor read.
    maxPageSize: 200,
    entities: {
      user: users,
      team: teamHandlers,
      client: gauzyClients(ctx),
      project: projectHandlers,
      task: gauzyTasks(ctx),
      tag: gauzyTags(ctx),
      timeEntry: {
        ...entryHandlers,
        // An entry without an end is a running timer, which Gauzy only creates through the timer.
        create: (input) => {
          if (input.end) return entryHandlers.create!(input);
          if (input.type && input.type !== 'WORK') throw ValidationError.field('input.type', `a running ${input.type} entry cannot be created on a Gauzy source`);
          return timer.start({ ...input, start: input.start });
        },
      },
    },
    timer,
    timesheets: gauzyTimesheets(ctx),
    teamMembers,
    projectMembers,
    ping: async () => {
      await client.get('/user/me', GauzyMe);
    },
    close: () => client.close(),
  };
}
