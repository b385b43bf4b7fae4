/**
 * Keyset paging in name order, shared by every native entity listed alphabetically.
 * The gateway merges sources in the same order (lower-cased name, then id).
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Page, PageRequest } from '../contract.js';
import { decodeCursor, likePattern, pageOf, type Db } from './support.js';

type NamedTable = 'users' | 'teams' | 'clients' | 'projects' | 'tasks' | 'tags';
type Row = { id: string; name: string };

export async function listByName<R extends Row, T>(
  db: Db,
  table: NamedTable,
  page: PageRequest,
  search: string | null | undefined,
  narrow: (q: SelectQueryBuilder<any, any, any>) => SelectQueryBuilder<any, any, any>,
  map: (rows: R[]) => Promise<T[]>,
): Promise<Page<T>> {
  const cursor = decodeCursor(page.token);
  const key = sql<string>`lower(${sql.ref(`${table}.name`)})`;
  let q = (db as Db).selectFrom(table as any).selectAll(table as any) as SelectQueryBuilder<any, any, any>;
  if (search) q = q.where(sql<boolean>`lower(${sql.ref(`${table}.name`)}) like ${likePattern(search)} escape '\\'`);
  q = narrow(q);
  if (cursor) {
    q = q.where(({ or, and, eb }: any) =>
      or([eb(key, '>', cursor.value), and([eb(key, '=', cursor.value), eb(`${table}.id`, '>', cursor.id)])]),
    );
  }
  const rows = (await q.orderBy(key).orderBy(`${table}.id`).limit(page.size + 1).execute()) as R[];
  return pageOf(rows, page.size, (r) => r.name.toLowerCase(), (r) => r.id, map);
}
