/**
 * The native source: the gateway's own store behind the same adapter contract as every
 * vendor, so "local" is just another source (and the default one).
 */
import { DEFAULT_MAX_ENTRY_SECONDS } from '../../domain/entry-bounds.js';
import type { Store } from '../../store/connect.js';
import { ValidationError } from '../../domain/errors.js';
import { nulIssues } from '../../domain/text.js';
import type { Adapter, EntityHandlers } from '../contract.js';
import type { EntityKind } from '../../domain/entities.js';
import { nativeClients } from './clients.js';
import { nativeReport } from './report.js';
import { nativeProjectMembers, nativeProjects } from './projects.js';
import type { NativeContext } from './support.js';
import { nativeTags } from './tags.js';
import { nativeTasks } from './tasks.js';
import { nativeTeamMembers, nativeTeams } from './teams.js';
import { nativeTimeEntries, nativeTimer } from './time-entries.js';
import { nativeUsers } from './users.js';

export interface NativeAdapterOptions {
  key: string;
  store: Store;
  now?: () => Date;
  /** Longest time entry accepted; DEFAULT_MAX_ENTRY_SECONDS when not configured. */
  maxEntrySeconds?: number;
}

/**
 * The text rule (domain/text.ts) at the store itself, for writes that do not come through the
 * schema (migrations): without it PostgreSQL fails on a NUL where SQLite stores it.
 */
const refuseNul = (value: unknown) => {
  const issues = nulIssues(value, ['input']);
  if (issues.length) throw new ValidationError(issues);
};

function refusingNul<K extends EntityKind>(handlers: EntityHandlers<K>): EntityHandlers<K> {
  const check = refuseNul;
  const { create, update } = handlers;
  return {
    ...handlers,
    ...(create ? { create: async (input) => (check(input), create(input)) } : {}),
    ...(update ? { update: async (id, patch) => (check(patch), update(id, patch)) } : {}),
  };
}

export function createNativeAdapter({ key, store, now = () => new Date(), maxEntrySeconds = DEFAULT_MAX_ENTRY_SECONDS }: NativeAdapterOptions): Adapter {
  const ctx: NativeContext = { db: store.db, dialect: store.dialect, source: key, now, maxEntrySeconds };
  const timeEntries = nativeTimeEntries(ctx);
  const timer = nativeTimer(ctx, timeEntries);
  return {
    key,
    vendor: 'native',
    maxPageSize: 1000,
    aggregateTimeEntries: nativeReport(ctx),
    entities: {
      user: refusingNul(nativeUsers(ctx)),
      team: refusingNul(nativeTeams(ctx)),
      client: refusingNul(nativeClients(ctx)),
      project: refusingNul(nativeProjects(ctx)),
      task: refusingNul(nativeTasks(ctx)),
      tag: refusingNul(nativeTags(ctx)),
      timeEntry: refusingNul(timeEntries),
    },
    timer: { ...timer, start: async (input) => (refuseNul(input), timer.start(input)) },
    teamMembers: nativeTeamMembers(ctx),
    projectMembers: nativeProjectMembers(ctx),
    ping: () => store.ping(),
  };
}
