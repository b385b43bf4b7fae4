/**
 * Pieces shared by the Desklog entity handlers: the context, a short-lived memo of reads,
 * name-ordered keyset pages, bounded parallelism and not-found translation.
 */
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';
import type { Memo } from '../memo.js';
import type { DesklogEndpoints } from './endpoints.js';
import { mapLimit } from '../map-limit.js';

export interface DesklogContext {
  source: string;
  api: DesklogEndpoints;
  memo: Memo;
}

/** Runs a write, then forgets every memoised read (writes can touch other collections too). */
export async function writing<T>(ctx: DesklogContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    ctx.memo.clear();
  }
}

/** Desklog ids are integers: order ties numerically so "10" follows "9". */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The gateway's merge order (src/gateway/order.ts): lower-cased name by code unit, then id. */
export function byName<T>(items: readonly T[], name: (item: T) => string, id: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(name(a).toLowerCase(), name(b).toLowerCase()) || compareIds(id(a), id(b)));
}

interface Position {
  /** The list the token belongs to, so one list's token is refused by another. */
  k: string;
  n: string;
  id: string;
}

function readToken(token: string | null, kind: string): Position | null {
  if (!token) return null;
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Position>;
    if (p.k === kind && typeof p.n === 'string' && typeof p.id === 'string') return { k: kind, n: p.n, id: p.id };
  } catch {
    // reported below
  }
  throw ValidationError.field('after', 'is not a valid cursor');
}

/**
 * One page of `items` in name order after the token's position. The token holds the lower-cased
 * name and id of the last item handed out (a keyset), so the same token gives the same page
 * again, and a record added or removed elsewhere never shifts a page.
 */
export function pageByName<T>(kind: string, items: readonly T[], page: PageRequest, name: (item: T) => string, id: (item: T) => string): Page<T> {
  const from = readToken(page.token, kind);
  const sorted = byName(items, name, id);
  const rest = from
    ? sorted.filter((item) => {
        const order = compareText(name(item).toLowerCase(), from.n);
        return order > 0 || (order === 0 && compareIds(id(item), from.id) > 0);
      })
    : sorted;
  const taken = rest.slice(0, Math.max(0, page.size));
  const last = taken[taken.length - 1];
  const nextPage =
    rest.length > taken.length && last !== undefined
      ? Buffer.from(JSON.stringify({ k: kind, n: name(last).toLowerCase(), id: id(last) }), 'utf8').toString('base64url')
      : null;
  return { items: taken, nextPage };
}

/** At most this many single-record reads at once: Desklog documents no rate limit, so stay polite. */
export const PARALLEL_READS = 4;

/** Shared with the other adapters (map-limit.ts); re-exported for this adapter's handlers. */
export { mapLimit };

export function isUpstreamNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_NOT_FOUND';
}

/** A `status:false` "… not found" on a call naming one record is the domain's NotFoundError. */
export async function orNotFound<T>(entity: string, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUpstreamNotFound(error)) throw new NotFoundError(entity, id);
    throw error;
  }
}

/** getMany's contract: results in key order, an Error (not a throw) where a key is missing. */
export async function perKey<T>(ids: readonly string[], load: (id: string) => Promise<T>): Promise<Array<T | Error>> {
  const unique = [...new Set(ids)];
  const settled = await mapLimit(unique, PARALLEL_READS, async (id) => {
    try {
      return await load(id);
    } catch (error) {
      // A missing record, or one whose answer cannot be read, is an error for that id alone.
      if (error instanceof NotFoundError) return error;
      if (error instanceof UpstreamError && error.code === 'RESPONSE_VALIDATION_FAILED') return error;
      throw error;
    }
  });
  const byId = new Map(unique.map((id, i) => [id, settled[i] as T | Error]));
  return ids.map((id) => byId.get(id) as T | Error);
}

export function nameMatches(search: string | null | undefined, name: string): boolean {
  return !search || name.toLowerCase().includes(search.toLowerCase());
}
