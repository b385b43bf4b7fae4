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
  /** Target records by natural key, in the order the target listed them. */
  private readonly byKey = new Map<string, string[]>();
  /**
   * Time entries are one-to-one: a target entry stands for at most one source entry. Two
   * source entries that agree on every part of the key (or differ only in what the key leaves
   * out) are still two entries, so each needs a target entry of its own. Names are not: two
   * tags called "Review" are one tag to a target that keys tags by name.
   */
  private readonly oneToOne: boolean;
  /** Target entries already standing for a source entry (one-to-one kinds only). */
  private readonly taken = new Set<string>();

  private constructor(
    private readonly target: Adapter,
    readonly kind: K,
    /** False when the target cannot list this kind: nothing can be matched, only the ID map helps. */
    readonly searchable: boolean,
  ) {
    this.oneToOne = kind === 'timeEntry';
  }

  /** `mapped`: target IDs the ID map already gives to source records (never matched again). */
  static async build<K extends MigrateKind>(target: Adapter, kind: K, window: Window, mapped: Iterable<string> = []): Promise<TargetIndex<K>> {
    const index = new TargetIndex(target, kind, canList(target, kind));
    if (index.oneToOne) for (const id of mapped) index.taken.add(id);
    if (!index.searchable) return index;
    const filter = (kind === 'timeEntry' ? { from: window.since, to: window.until } : {}) as FilterMap[K];
    for (const record of await readAll(target, kind, filter)) index.remember(record);
    return index;
  }

  private remember(record: EntityMap[K]) {
    const key = naturalKey(this.kind, record);
    if (key === null) return;
    // Listing order is kept, so repeated builds agree on which record a key means first.
    const holders = this.byKey.get(key);
    if (holders) holders.push(record.remoteId);
    else this.byKey.set(key, [record.remoteId]);
  }

  /** The target record a draft with this key matches, now taken by it (one-to-one kinds). */
  match(key: string | null): string | undefined {
    if (key === null) return undefined;
    const holders = this.byKey.get(key) ?? [];
    if (!this.oneToOne) return holders[0];
    const free = holders.find((id) => !this.taken.has(id));
    if (free) this.taken.add(free);
    return free;
  }

  /** A target record this run created (or, dry, plans to create) for a draft with this key. */
  add(key: string | null, targetId: string): void {
    if (this.oneToOne) this.taken.add(targetId);
    else if (key !== null) this.byKey.set(key, [targetId]);
  }

  /** Whether a target record already stands for some source record (one-to-one kinds). */
  isTaken(targetId: string): boolean {
    return this.taken.has(targetId);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Asks the target now whether it holds a record with this draft's key that is not taken. */
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
      if (naturalKey(this.kind, record) !== key || this.isTaken(record.remoteId)) continue;
      this.add(key, record.remoteId);
      return record.remoteId;
    }
    return null;
  }
}
