/**
 * What every Clockify handler shares: the raw API, two short-lived snapshots (the user
 * directory and the project catalogue with tasks), the key owner, and the rules for turning
 * a vendor 404 into the gateway's NotFoundError.
 */
import { NotFoundError, UpstreamError } from '../../domain/errors.js';
import type { ClockifyApi } from './client.js';
import type { ClockifyProject } from './types.js';

/**
 * A value loaded on demand and kept for `ttlMs` (0: never kept). Concurrent callers share one
 * load; a failed load is not kept. `fresh` says whether this call loaded it, so a caller that
 * missed something in a kept value knows a reload might find it.
 */
export class Snapshot<T> {
  private value: { at: number; promise: Promise<T> } | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  async get(): Promise<{ value: T; fresh: boolean }> {
    const now = Date.now();
    if (this.value && (now - this.value.at < this.ttlMs || this.value.at === -1)) {
      return { value: await this.value.promise, fresh: false };
    }
    const promise = this.load();
    // While loading, concurrent callers share the promise even when ttl is 0.
    const slot = { at: -1, promise };
    this.value = slot;
    try {
      const value = await promise;
      if (this.value === slot) this.value = this.ttlMs > 0 ? { at: Date.now(), promise } : null;
      return { value, fresh: true };
    } catch (error) {
      if (this.value === slot) this.value = null;
      throw error;
    }
  }

  invalidate(): void {
    this.value = null;
  }
}

export interface ClockifyContext {
  api: ClockifyApi;
  source: string;
  workspaceId: string;
  /** Every workspace user (time-entry listing walks them; user lookups search them). */
  directory: Snapshot<unknown[]>;
  /** Every project, hydrated with its tasks (task lookups search them). */
  catalog: Snapshot<ClockifyProject[]>;
  /** Id of the API key's owner, the default user of timers and entries. */
  ownerId: () => Promise<string>;
  now: () => Date;
}

export function isNotFound(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_NOT_FOUND';
}

/** Runs a by-id call; a vendor 404 becomes NotFoundError(entity, id). */
export async function byId<T>(entity: string, id: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isNotFound(error)) throw new NotFoundError(entity, id);
    throw error;
  }
}

/** One GET per id, concurrently; each failure (usually NotFoundError) lands in its own slot. */
export function eachById<T>(entity: string, ids: readonly string[], fetchOne: (id: string) => Promise<T>): Promise<Array<T | Error>> {
  return Promise.all(
    ids.map((id) =>
      byId(entity, id, () => fetchOne(id)).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    ),
  );
}

/** Picks records out of a list in key order, NotFoundError where one is missing. */
export function inKeyOrder<T extends { remoteId: string }>(entity: string, ids: readonly string[], items: readonly T[]): Array<T | Error> {
  const byKey = new Map(items.map((item) => [item.remoteId, item]));
  return ids.map((id) => byKey.get(id) ?? new NotFoundError(entity, id));
}

/**
 * Several records by id with one list page instead of one GET each: the first page of the
 * collection (`BULK_PAGE_SIZE` records) usually holds them all; ids it lacks (a larger
 * collection, or records the listing leaves out) are read one by one. A single id is one GET.
 * Cost: 1 GET for one id; otherwise 1 + one GET per id not on the first page.
 */
export async function manyById<R extends { id: string }, T>(
  entity: string,
  ids: readonly string[],
  firstPage: () => Promise<R[]>,
  fetchOne: (id: string) => Promise<R>,
  map: (raw: R) => T,
): Promise<Array<T | Error>> {
  if (new Set(ids).size < 2) return eachById(entity, ids, async (id) => map(await fetchOne(id)));
  const listed = new Map((await firstPage()).map((raw) => [raw.id, raw]));
  const missing = [...new Set(ids.filter((id) => !listed.has(id)))];
  const read = await eachById(entity, missing, fetchOne);
  const readById = new Map(missing.map((id, i) => [id, read[i]!]));
  return ids.map((id) => {
    const raw = listed.get(id) ?? readById.get(id)!;
    return raw instanceof Error ? raw : map(raw);
  });
}
