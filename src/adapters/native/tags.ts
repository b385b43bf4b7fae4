import type { Tag } from '../../domain/entities.js';
import type { TagsTable } from '../../store/schema.js';
import type { EntityHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { deleteRow, inKeyOrder, iso, newId, reload, type NativeContext } from './support.js';

const toTag = (source: string, r: TagsTable): Tag => ({ source, remoteId: r.id, raw: r, name: r.name });

export function nativeTags(ctx: NativeContext): EntityHandlers<'tag'> {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    (await db.selectFrom('tags').selectAll().where('id', 'in', [...ids]).execute()).map((r) => toTag(source, r));
  return {
    list: (filter, page) => listByName<TagsTable, Tag>(db, 'tags', page, filter.search, (q) => q, async (rows) => rows.map((r) => toTag(source, r))),
    getMany: async (ids) => inKeyOrder('Tag', ids, await load(ids)),
    create: async (input) => {
      const row: TagsTable = { id: newId(), name: input.name, created_at: iso(ctx.now()) };
      await db.insertInto('tags').values(row).execute();
      return toTag(source, row);
    },
    update: async (id, patch) => {
      if (patch.name) await db.updateTable('tags').set({ name: patch.name }).where('id', '=', id).execute();
      return reload('Tag', id, load);
    },
    // A tag is a label: deleting it removes it from entries (cascade), the entries stay.
    delete: (id) => deleteRow(db, 'tags', 'Tag', id),
  };
}
