import type { Client } from '../../domain/entities.js';
import { ConflictError } from '../../domain/errors.js';
import type { ClientsTable } from '../../store/schema.js';
import type { EntityHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { bool, deleteRow, inKeyOrder, iso, newId, reload, shownId, type NativeContext } from './support.js';

const toClient = (source: string, r: ClientsTable): Client => ({
  source,
  remoteId: r.id,
  raw: r,
  name: r.name,
  email: r.email,
  archived: r.archived === 1,
});

export function nativeClients(ctx: NativeContext): EntityHandlers<'client'> {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    (await db.selectFrom('clients').selectAll().where('id', 'in', [...ids]).execute()).map((r) => toClient(source, r));
  return {
    list: (filter, page) =>
      listByName<ClientsTable, Client>(db, 'clients', page, filter.search, (q) =>
        filter.archived === undefined || filter.archived === null ? q : q.where('archived', '=', bool(filter.archived)),
      async (rows) => rows.map((r) => toClient(source, r))),
    getMany: async (ids) => inKeyOrder('Client', ids, await load(ids)),
    create: async (input) => {
      const row: ClientsTable = { id: newId(), name: input.name, email: input.email ?? null, archived: 0, created_at: iso(ctx.now()) };
      await db.insertInto('clients').values(row).execute();
      return toClient(source, row);
    },
    update: async (id, patch) => {
      const values: Partial<ClientsTable> = {};
      if (patch.name) values.name = patch.name;
      if (patch.email !== undefined) values.email = patch.email;
      if (patch.archived !== undefined && patch.archived !== null) values.archived = bool(patch.archived);
      if (Object.keys(values).length) await db.updateTable('clients').set(values).where('id', '=', id).execute();
      return reload('Client', id, load);
    },
    delete: async (id) => {
      // Projects are billed to their client: refuse rather than leave them pointing nowhere.
      const projects = await db.selectFrom('projects').select('id').where('client_id', '=', id).limit(1).execute();
      if (projects.length) throw new ConflictError(`Client ${shownId(ctx, 'Client', id)} still has projects; delete or move them first`);
      await deleteRow(db, 'clients', 'Client', id);
    },
  };
}
