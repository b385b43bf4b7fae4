/** Pieces shared by the Gauzy entity handlers: context, not-found translation, name reads. */
import type { EntityMap } from '../../domain/entities.js';
import { NotFoundError, UpstreamError } from '../../domain/errors.js';
import type { EntityHandlers, FilterMap, NameFilter } from '../contract.js';
import type { GauzyClient } from './client.js';
import { pageByName } from './paging.js';
import type { Memo } from '../memo.js';
import { mapLimit } from '../map-limit.js';

export interface GauzyContext {
  source: string;
  client: GauzyClient;
  snapshots: Memo;
}

/** At most this many single-record GETs run at once, to stay polite to rate limits. */
const PARALLEL_GETS = 4;
/** From this many missing ids on, one read of the whole collection is cheaper than single GETs. */
const BULK_FROM = 3;

/** Shared with the other adapters (map-limit.ts); re-exported for this adapter's handlers. */
export { mapLimit };

export function isUpstreamNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_NOT_FOUND';
}

/** A vendor 404 on a record-by-id call is the domain's NotFoundError. */
export async function orNotFound<T>(entity: string, id: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUpstreamNotFound(error)) throw new NotFoundError(entity, id);
    throw error;
  }
}

/**
 * Reads by id are tenant-scoped only in Gauzy (TenantAwareCrudService `findOneByIdString`), so a
 * record of another organization of the tenant would come back; for this source it does not
 * exist. Tenant-level records (`organizationId` null, e.g. tags) belong to every organization.
 */
export function inOrganization(ctx: GauzyContext, raw: unknown): boolean {
  const org = (raw as { organizationId?: unknown } | null)?.organizationId;
  return typeof org !== 'string' || org === ctx.client.organizationId;
}

export function nameMatches(filter: NameFilter, name: string): boolean {
  return !filter.search || name.toLowerCase().includes(filter.search.toLowerCase());
}

type NamedKind = Exclude<keyof EntityMap, 'timeEntry'>;

export interface NamedSpec<K extends NamedKind, R> {
  kind: K;
  /** Entity name used in NotFoundError. */
  label: string;
  loadAll(): Promise<R[]>;
  loadOne(id: string): Promise<R>;
  toEntity(raw: R): EntityMap[K];
  matches(filter: FilterMap[K], entity: EntityMap[K]): boolean;
}

export interface NamedReads<K extends NamedKind> extends Required<Pick<EntityHandlers<K>, 'list' | 'getMany'>> {
  /** One record, fresh from Gauzy; NotFoundError when it is gone. */
  one(id: string): Promise<EntityMap[K]>;
}

/**
 * list and getMany for an entity listed by name. Lists read the whole collection (memoised,
 * see snapshots.ts) and cut keyset pages; getMany serves from a fresh snapshot, loads one when
 * enough ids are asked for, and GETs the rest one by one so a record the list hides (e.g. an
 * employee whose user is inactive) is still found.
 */
export function namedReads<K extends NamedKind, R>(ctx: GauzyContext, spec: NamedSpec<K, R>): NamedReads<K> {
  const all = () => ctx.snapshots.get(spec.kind, async () => (await spec.loadAll()).map(spec.toEntity));
  const one = (id: string) =>
    orNotFound(spec.label, id, spec.loadOne(id)).then((raw) => {
      if (!inOrganization(ctx, raw)) throw new NotFoundError(spec.label, id);
      return spec.toEntity(raw);
    });
  return {
    list: async (filter, page) => pageByName((await all()).filter((e) => spec.matches(filter, e)), page),
    getMany: async (ids) => {
      const unique = [...new Set(ids)];
      const snapshot = ctx.snapshots.peek<EntityMap[K][]>(spec.kind) ?? (unique.length >= BULK_FROM ? all() : undefined);
      const found = new Map<string, EntityMap[K] | Error>((snapshot ? await snapshot : []).map((e) => [e.remoteId, e]));
      const missing = unique.filter((id) => !found.has(id));
      await mapLimit(missing, PARALLEL_GETS, async (id) => {
        try {
          found.set(id, await one(id));
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          found.set(id, error);
        }
      });
      return ids.map((id) => found.get(id) ?? new NotFoundError(spec.label, id));
    },
    one,
  };
}
