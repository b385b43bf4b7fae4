/**
 * Reads every record of one kind from a source, paging to the end, through the adapter
 * contract. The engine needs whole collections: totals for progress, and all of a target's
 * records for natural-key matching.
 */
import type { Adapter, EntityHandlers, FilterMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import type { MigrateKind } from './model.js';

/** Big pages mean few vendor requests; the adapter's own maximum still wins. */
const PAGE_SIZE = 500;

export function canList(adapter: Adapter, kind: MigrateKind): boolean {
  return Boolean(adapter.entities[kind]?.list);
}

export function canCreate(adapter: Adapter, kind: MigrateKind): boolean {
  return Boolean(adapter.entities[kind]?.create);
}

export async function readAll<K extends MigrateKind>(adapter: Adapter, kind: K, filter: FilterMap[K]): Promise<Array<EntityMap[K]>> {
  const handlers = adapter.entities[kind] as EntityHandlers<K> | undefined;
  if (!handlers?.list) throw new Error(`source "${adapter.key}" cannot list ${kind}`);
  const size = Math.min(PAGE_SIZE, adapter.maxPageSize ?? PAGE_SIZE);
  const items: Array<EntityMap[K]> = [];
  const seen = new Set<string>();
  let token: string | null = null;
  do {
    const page = await handlers.list(filter, { token, size });
    // A vendor that shifts under us while we page could hand a record out twice.
    for (const item of page.items) if (!seen.has(item.remoteId) && seen.add(item.remoteId)) items.push(item);
    token = page.nextPage;
  } while (token);
  return items;
}
