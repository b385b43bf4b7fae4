/**
 * The TimeTrack source (ARCHITECTURE.md §5; vendor-docs/timetrack.md): raw calls in client.ts,
 * zod shapes in types.ts, pure mappers in mappers/, one handler module per entity.
 *
 * Supported: users, clients, projects, tasks and project time entries (list, get, create,
 * update, delete), and the project timer (start/stop). Not offered, so the gateway answers
 * UnsupportedOperationError: teams (TimeTrack has only a `teamLead` flag), tags (entries carry
 * free-text hashtags, no tag records), and team/project membership (no such API).
 *
 * Vendor requests per operation (n = records, pages of 1000; "lists" = the users, projects
 * and tasks lists, 3 requests, memoised for `cacheTtlSeconds` and dropped on any write):
 * - list users/clients/tasks: ⌈n/1000⌉ for the whole collection; every further page of the
 *   same list within the TTL is free. Projects add the clients list (to resolve clientName).
 * - list time entries: lists + ⌈n/1000⌉ entries matching the vendor-side filter (memoised per
 *   filter).
 * - getMany: nothing when a fresh memoised list holds the ids; else one GET per id (4 at a
 *   time), or one whole-list read for 3+ ids. Time entries: one GET per id + lists; projects
 *   + clients list.
 * - create/update/delete: one write. Plus: user create reads the users list (unique username);
 *   project create/update reads the client by id, and update reads the project first (PUT
 *   sends the whole object); task create reads its project by id; time entry create reads its
 *   user, project and task by id (≤3, concurrently); time entry update reads the ids it
 *   changes, the entry itself when start/end move (to keep its break), and the lists.
 *   A patch with nothing TimeTrack stores is one read, no write.
 * - timer start: user/project/task by id + status + start (+ stop when one was running).
 *   timer stop: user by id + status + stop + one entries read to find the booked entry + lists.
 * With `cacheTtlSeconds: 0` nothing is memoised: every call reads what it needs afresh.
 */
import { httpDepsOf, type VendorHttpDeps } from '../http.js';
import { ValidationError } from '../../domain/errors.js';
import type { Adapter } from '../contract.js';
import { createTimeTrackClient } from './client.js';
import { timeTrackClients } from './clients.js';
import { createMemo } from '../memo.js';
import { timeTrackProjects } from './projects.js';
import { PATHS, type TimeTrackContext } from './support.js';
import { timeTrackTasks } from './tasks.js';
import { timeTrackTimeEntries } from './time-entries.js';
import { timeTrackTimer } from './timer.js';
import { TimeTrackAnything } from './types.js';
import { timeTrackUsers } from './users.js';
import { wallClock } from './wall-clock.js';

export interface TimeTrackSourceConfig {
  key: string;
  vendor: 'timetrack';
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  cacheTtlSeconds: number;
  /** IANA zone of the account's users: TimeTrack reads and writes their wall-clock time (UTC if absent). */
  timeZone?: string;
}

export interface TimeTrackAdapterDeps extends VendorHttpDeps {
  /** Items per vendor page (default 1000); tests lower it to exercise paging. */
  pageLimit?: number;
  /** First retry backoff step in ms; tests shorten it. */
  retryBaseDelayMs?: number;
  /** The clock used for timers when no time is given. */
  now?: () => Date;
}

export function createTimeTrackAdapter(config: TimeTrackSourceConfig, deps: TimeTrackAdapterDeps = {}): Adapter {
  const client = createTimeTrackClient({
    http: httpDepsOf(deps),
    source: config.key,
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    apiSecret: config.apiSecret,
    timeoutMs: config.timeoutMs,
    ...(config.rateLimitPerSecond ? { rateLimitPerSecond: config.rateLimitPerSecond } : {}),
    ...(deps.pageLimit ? { pageLimit: deps.pageLimit } : {}),
    ...(deps.retryBaseDelayMs !== undefined ? { retryBaseDelayMs: deps.retryBaseDelayMs } : {}),
  });
  const ctx: TimeTrackContext = {
    source: config.key,
    client,
    memo: createMemo(config.cacheTtlSeconds),
    now: deps.now ?? (() => new Date()),
    clock: wallClock(config.timeZone),
  };
  const entries = timeTrackTimeEntries(ctx);
  const timer = timeTrackTimer(ctx, entries);
  const { mapAll: _mapAll, namesFor: _namesFor, ...entryHandlers } = entries;

  return {
    key: config.key,
    vendor: 'timetrack',
    // Pages are cut in memory from whole-list reads, so any size up to this costs the same.
    maxPageSize: 500,
    entities: {
      user: timeTrackUsers(ctx),
      client: timeTrackClients(ctx),
      project: timeTrackProjects(ctx),
      task: timeTrackTasks(ctx),
      timeEntry: {
        ...entryHandlers,
        // An entry without an end is running time, which TimeTrack only keeps as the timer.
        create: (input) => {
          if (input.end) return entryHandlers.create!(input);
          if (input.type && input.type !== 'WORK') throw ValidationError.field('input.type', `a running ${input.type} entry cannot be created on TimeTrack`);
          return timer.start({ ...input, start: input.start });
        },
      },
    },
    timer,
    ping: async () => {
      await client.get(PATHS.user, TimeTrackAnything, { limit: 1, page: 1 });
    },
    close: () => client.close(),
  };
}
