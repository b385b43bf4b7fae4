/** Pieces shared by the Dyzo entity handlers: context, not-found translation, reads by id. */
import type { EntityMap } from '../../domain/entities.js';
import { NotFoundError, UpstreamError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';
import type { DyzoClient } from './client.js';
import type { Memo } from '../memo.js';
import { pageByName } from './paging.js';
import { mapLimit } from '../map-limit.js';

export interface DyzoContext {
  source: string;
  client: DyzoClient;
  memo: Memo;
}

/** Single-record reads run at most this many at once, to stay inside the key's rate limit. */
export const PARALLEL_READS = 4;
/** From this many ids on, one read of the whole list is cheaper than one GET per id. */
const LIST_FROM = 3;

/** Shared with the other adapters (map-limit.ts); re-exported for this adapter's handlers. */
export { mapLimit };

/**
 * Whether a failed call means "no such record". Dyzo's views answer a missing record with
 * `status: 0` and a message such as "Task not found" (HTTP 200); a 404 may also come. For a
 * read by id any `status: 0` counts (the id is well-formed, so there is nothing else to
 * refuse); for writes only a message that says so, since they can be refused for other reasons.
 */
export function isMissing(error: unknown, kind: 'read' | 'write'): boolean {
  if (!(error instanceof UpstreamError)) return false;
  if (error.code === 'UPSTREAM_NOT_FOUND') return true;
  if (error.code !== 'UPSTREAM_REJECTED') return false;
  return kind === 'read' || /not found|does not exist|no such/i.test(error.message);
}

/** Runs `work`; a missing-record failure becomes NotFoundError(entity, id). */
export async function orNotFound<T>(entity: string, id: string, kind: 'read' | 'write', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isMissing(error, kind)) throw new NotFoundError(entity, id);
    throw error;
  }
}

export function nameMatches(search: string | null | undefined, name: string): boolean {
  return !search || name.toLowerCase().includes(search.toLowerCase());
}

type Named = EntityMap['user'] | EntityMap['project'] | EntityMap['task'];

export interface NamedReadSpec<T extends Named> {
  /** Entity name in NotFoundError. */
  entity: string;
  memoKey: string;
  /** The whole collection, mapped. */
  loadAll(): Promise<T[]>;
  /** One record by id, when Dyzo has such a call; undefined means "the list is all there is". */
  loadOne?: (id: string) => Promise<T>;
}

export interface NamedReads<T extends Named> {
  all(): Promise<T[]>;
  page(items: T[], page: PageRequest): Page<T>;
  getMany(ids: readonly string[]): Promise<Array<T | Error>>;
}

/**
 * list/getMany plumbing for entities ordered by name. getMany serves from a fresh memoised list,
 * reads the list when several ids are asked for (or when there is no single-record call), and
 * GETs the rest one by one, so a record the list does not show is still found.
 */
export function namedReads<T extends Named>(ctx: DyzoContext, spec: NamedReadSpec<T>): NamedReads<T> {
  const all = () => ctx.memo.get(spec.memoKey, spec.loadAll);
  return {
    all,
    page: (items, page) => pageByName(items, page),
    getMany: async (ids) => {
      const unique = [...new Set(ids)];
      const useList = ctx.memo.peek<T[]>(spec.memoKey) ?? (unique.length >= LIST_FROM || !spec.loadOne ? all() : undefined);
      const found = new Map<string, T | Error>();
      for (const item of useList ? await useList : []) found.set(item.remoteId, item);
      const rest = unique.filter((id) => !found.has(id));
      const loadOne = spec.loadOne;
      if (loadOne) {
        await mapLimit(rest, PARALLEL_READS, async (id) => {
          try {
            found.set(id, await orNotFound(spec.entity, id, 'read', () => loadOne(id)));
          } catch (error) {
            if (!(error instanceof NotFoundError)) throw error;
            found.set(id, error);
          }
        });
      }
      return ids.map((id) => found.get(id) ?? new NotFoundError(spec.entity, id));
    },
  };
}

/**
 * Runs a write, then drops every memoised read, even when the write failed (it may have
 * landed). Clearing afterwards also drops a read that started while the write was under way.
 */
export async function writing<T>(ctx: DyzoContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    ctx.memo.clear();
  }
}
