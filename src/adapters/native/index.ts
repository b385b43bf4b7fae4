/**
 * The native source: the gateway's own store behind the same adapter contract as every
 * vendor, so "local" is just another source (and the default one).
 */
import { DEFAULT_MAX_ENTRY_SECONDS } from '../../domain/entry-bounds.js';
import type { Store } from '../../store/connect.js';
import type { Adapter } from '../contract.js';
import { nativeClients } from './clients.js';
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

export function createNativeAdapter({ key, store, now = () => new Date(), maxEntrySeconds = DEFAULT_MAX_ENTRY_SECONDS }: NativeAdapterOptions): Adapter {
  const ctx: NativeContext = { db: store.db, dialect: store.dialect, source: key, now, maxEntrySeconds };
  const timeEntries = nativeTimeEntries(ctx);
  return {
    key,
    vendor: 'native',
    maxPageSize: 1000,
    entities: {
      user: nativeUsers(ctx),
      team: nativeTeams(ctx),
      client: nativeClients(ctx),
      project: nativeProjects(ctx),
      task: nativeTasks(ctx),
      tag: nativeTags(ctx),
      timeEntry: timeEntries,
    },
    timer: nativeTimer(ctx, timeEntries),
    teamMembers: nativeTeamMembers(ctx),
    projectMembers: nativeProjectMembers(ctx),
    ping: () => store.ping(),
  };
}
