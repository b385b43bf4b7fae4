/** Clients = Gauzy organization contacts (`/organization-contact`). */
import type { EntityHandlers } from '../contract.js';
import { toClient, toGauzyContactCreate, toGauzyContactUpdate } from './mappers/to-client.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyContact } from './types.js';

export function gauzyClients(ctx: GauzyContext): EntityHandlers<'client'> {
  const { client, source } = ctx;
  const path = (id: string) => `/organization-contact/${client.seg(id)}`;
  const reads = namedReads(ctx, {
    kind: 'client',
    label: 'Client',
    // The plain list takes a JSON `data` param and does not page; /pagination is the take/skip
    // form, CrudService.paginate underneath (organization-contact.service.ts `pagination`): pages.
    loadAll: () => client.listAll('/organization-contact/pagination', GauzyContact, {}, 'page'),
    loadOne: (id) => client.get(path(id), GauzyContact),
    toEntity: (raw) => toClient(source, raw),
    matches: (filter, c) => nameMatches(filter, c.name) && (filter.archived === undefined || filter.archived === null || c.archived === filter.archived),
  });
  return {
    ...reads,
    create: async (input) => {
      const created = await client.write('POST', '/organization-contact', GauzyContact, { body: toGauzyContactCreate(input) });
      ctx.snapshots.clear();
      return toClient(source, created);
    },
    update: async (id, patch) => {
      const body = toGauzyContactUpdate(patch);
      if (!Object.keys(body).length) return reads.one(id);
      // UpdateOrganizationContactDTO requires `name` (organization-contact.entity.ts: @IsNotEmpty).
      if (!body['name']) body['name'] = (await reads.one(id)).name;
      const updated = await orNotFound('Client', id, client.write('PUT', path(id), GauzyContact, { body }));
      ctx.snapshots.clear();
      return toClient(source, updated);
    },
    delete: async (id) => {
      await orNotFound('Client', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
  };
}
