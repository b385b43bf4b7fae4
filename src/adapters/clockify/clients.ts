/**
 * Clients. Cost: list 1 per page; getMany one GET per id (Clockify has no bulk get); create,
 * update and delete 1 each (an update with nothing to change is 1 GET).
 */
import type { EntityHandlers } from '../contract.js';
import { toClient, toClockifyClientCreate, toClockifyClientPatch } from './mappers/to-client.js';
import { matchesSearch, vendorPage } from './paging.js';
import { byId, eachById, type ClockifyContext } from './support.js';

export function clockifyClients(ctx: ClockifyContext): EntityHandlers<'client'> {
  const { api, source } = ctx;
  return {
    list: (filter, page) => {
      const query = {
        'sort-column': 'NAME',
        'sort-order': 'ASCENDING',
        name: filter.search || undefined,
        archived: filter.archived ?? undefined,
      };
      return vendorPage(page, (p, s) => api.clients(query, p, s), (raw) => toClient(raw, source), (c) => matchesSearch(c.name, filter.search));
    },
    getMany: (ids) => eachById('Client', ids, async (id) => toClient(await api.client(id), source)),
    create: async (input) => toClient(await api.createClient(toClockifyClientCreate(input)), source),
    update: async (id, patch) => {
      const body = toClockifyClientPatch(patch);
      const raw = await byId('Client', id, () => (Object.keys(body).length ? api.updateClient(id, body) : api.client(id)));
      return toClient(raw, source);
    },
    delete: (id) => byId('Client', id, () => api.deleteClient(id)),
  };
}
