/**
 * Shared pieces of the native adapter: keyset page tokens, reference checks and id/time helpers.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { StoreDialect } from '../../store/connect.js';
import { encodeGlobalId, type NodeType } from '../../domain/ids.js';
import type { Database } from '../../store/schema.js';
import type { Page, PageRequest } from '../contract.js';

export type Db = Kysely<Database> | Transaction<Database>;

export interface NativeContext {
  db: Kysely<Database>;
  dialect: StoreDialect;
  source: string;
  now: () => Date;
  /** Longest time entry a write may create, in seconds. */
  maxEntrySeconds: number;
}

export const newId = () => randomUUID();
/** The ID a client knows a record by (its global ID), for messages: the raw row UUID means nothing to it. */
export const shownId = (ctx: Pick<NativeContext, 'source'>, type: NodeType, id: string) => encodeGlobalId(type, ctx.source, id);
export const iso = (d: Date) => d.toISOString();
export const bool = (b: boolean | null | undefined) => (b ? 1 : 0);

/** Keyset position: the sort value and id of the last row of the previous page. */
export interface Cursor {
  value: string;
  id: string;
}

export function decodeCursor(token: string | null): Cursor | null {
  if (!token) return null;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { value: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the typed error below
  }
  throw ValidationError.field('after', 'is not a valid cursor');
}

/**
 * Cuts a page from rows fetched with `size + 1`: the extra row only says whether another
 * page exists, so no count query is needed.
 */
export function pageOf<R, T>(rows: R[], size: number, sortValue: (r: R) => string, idOf: (r: R) => string, map: (r: R[]) => Promise<T[]> | T[]): Promise<Page<T>> {
  const more = rows.length > size;
  const kept = more ? rows.slice(0, size) : rows;
  const last = kept[kept.length - 1];
  const nextPage = more && last ? Buffer.from(JSON.stringify([sortValue(last), idOf(last)])).toString('base64url') : null;
  return Promise.resolve(map(kept)).then((items) => ({ items, nextPage }));
}

export type PageArgs = PageRequest;

/** Ensures every id names an existing row of `table`; the error names the input field. */
export async function assertExists(
  db: Db,
  table: 'users' | 'projects' | 'tasks' | 'tags' | 'clients' | 'teams',
  ids: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await db.selectFrom(table).select('id').where('id', 'in', unique).execute();
  const have = new Set(found.map((r) => r.id));
  const missing = unique.filter((id) => !have.has(id));
  if (missing.length) throw ValidationError.field(field, `refers to ${table.replace(/s$/, '')} ${missing.join(', ')}, which does not exist`);
}

/** Orders results of a lookup by the requested keys, with NotFoundError in missing slots. */
export function inKeyOrder<T extends { remoteId: string }>(entity: string, keys: readonly string[], items: T[]): Array<T | Error> {
  const byId = new Map(items.map((i) => [i.remoteId, i]));
  return keys.map((k) => byId.get(k) ?? new NotFoundError(entity, k));
}

/** Groups link rows (e.g. team_members) by owner id. */
export function groupLinks<R>(rows: R[], owner: (r: R) => string, target: (r: R) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(owner(r)) ?? [];
    list.push(target(r));
    map.set(owner(r), list);
  }
  return map;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Deletes one row by id; a missing row is a NotFoundError, not a silent success. */
export async function deleteRow(db: Db, table: 'users' | 'teams' | 'clients' | 'projects' | 'tasks' | 'tags' | 'time_entries', entity: string, id: string): Promise<void> {
  const result = await db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
  if (!result.numDeletedRows) throw new NotFoundError(entity, id);
}

/** Reads one entity back after a write, through the same loader reads use. */
export async function reload<T extends { remoteId: string }>(entity: string, id: string, load: (ids: readonly string[]) => Promise<T[]>): Promise<T> {
  const [item] = inKeyOrder(entity, [id], await load([id]));
  if (!item || item instanceof Error) throw item ?? new NotFoundError(entity, id);
  return item;
}
