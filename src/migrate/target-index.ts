/**
 * What the target already holds of one kind, by natural key: read once per entity at the
 * start of its phase, then kept current as the run creates records. `lookup` asks the target
 * afresh for one draft, narrowly filtered: that is the check made before repeating a write
 * that may already have happened.
 */
import type { Adapter, CreateInputMap, FilterMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import { UnsupportedOperationError } from '../domain/errors.js';
import type { MigrateKind } from './model.js';
import { naturalKey } from './natural-keys.js';
import { canList, readAll } from './read.js';

export interface Window {
  since: Date | null;
  until: Date | null;
}

/** The narrowest filter the contract offers that still finds a record with this draft's key. */
function narrowFilter<K extends MigrateKind>(kind: K, draft: CreateInputMap[K]): FilterMap[K] {
  const d = draft as CreateInputMap[MigrateKind] & Record<string, any>;
  switch (kind) {
    case 'user':
      return { email: d.email } as FilterMap[K];
    case 'client':
    case 'tag':
      return { search: d.name.trim() } as FilterMap[K];
    case 'project':
      return { search: d.name.trim(), ...(d.clientId ? { clientIds: [d.clientId] } : {}) } as FilterMap[K];
    case 'task':
      return { search: d.name.trim(), projectIds: [d.projectId] } as FilterMap[K];
    default: {
      const start = (d.start as Date).getTime();
      return { from: new Date(start - 1000), to: new Date(start + 1000), ...(d.userId ? { userIds: [d.userId] } : {}) } as FilterMap[K];
    }
  }
}

/** The same search without the filters a vendor may not offer. */
function broadFilter<K extends MigrateKind>(kind: K, draft: CreateInputMap[K]): FilterMap[K] {
  if (kind !== 'timeEntry') return {} as FilterMap[K];
  const start = (draft as CreateInputMap['timeEntry']).start.getTime();
  return { from: new Date(start - 1000), to: new Date(start + 1000) } as FilterMap[K];
}

export class TargetIndex<K extends MigrateKind> {
  private readonly byKey = new Map<string, string>();

  private constructor(
    private readonly target: Adapter,
    readonly kind: K,
    /** False when the target cannot list this kind: nothing can be matched, only the ID map helps. */
    readonly searchable: boolean,
  ) {}

  static async build<K extends MigrateKind>(target: Adapter, kind: K, window: Window): Promise<TargetIndex<K>> {
    const index = new TargetIndex(target, kind, canList(target, kind));
    if (!index.searchable) return index;
    const filter = (kind === 'timeEntry' ? { from: window.since, to: window.until } : {}) as FilterMap[K];
    for (const record of await readAll(target, kind, filter)) index.remember(record);
    return index;
  }

  private remember(record: EntityMap[K]) {
    const key = naturalKey(this.kind, record);
    // The first holder of a key wins, so repeated builds agree on which record a key means.
    if (key !== null && !this.byKey.has(key)) this.byKey.set(key, record.remoteId);
  }

  find(key: string | null): string | undefined {
    return key === null ? undefined : this.byKey.get(key);
  }

  add(key: string | null, targetId: string): void {
    if (key !== null) this.byKey.set(key, targetId);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Asks the target now whether it holds a record with this draft's key. */
  async lookup(draft: CreateInputMap[K]): Promise<string | null> {
    if (!this.searchable) return null;
    const key = naturalKey(this.kind, draft);
    if (key === null) return null;
    let records: Array<EntityMap[K]>;
    try {
      records = await readAll(this.target, this.kind, narrowFilter(this.kind, draft));
    } catch (error) {
      // Some vendors refuse a filter (Desklog cannot filter projects by client): read it all.
      if (!(error instanceof UnsupportedOperationError)) throw error;
      records = await readAll(this.target, this.kind, broadFilter(this.kind, draft));
    }
    for (const record of records) {
      if (naturalKey(this.kind, record) === key) {
        this.add(key, record.remoteId);
        return record.remoteId;
      }
    }
    return null;
  }
}
