/**
 * Clients. Cost: list 1 per page; getMany 1 GET for one id, else one list page + one GET per
 * id not on it (Clockify has no bulk get, see support.ts `manyById`); create,
 * update and delete 1 each (an update with nothing to change is 1 GET).
 */
import type { EntityHandlers } from '../contract.js';
import { toClient, toClockifyClientCreate, toClockifyClientPatch } from './mappers/to-client.js';
import { matchesSearch, vendorPage } from './paging.js';
import { BULK_PAGE_SIZE } from './client.js';
import { byId, manyById, type ClockifyContext } from './support.js';

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
    getMany: (ids) =>
      manyById('Client', ids, () => api.clients({ 'sort-column': 'ID', 'sort-order': 'ASCENDING' }, 1, BULK_PAGE_SIZE), (id) => api.client(id), (raw) => toClient(raw, source)),
    create: async (input) => toClient(await api.createClient(toClockifyClientCreate(input)), source),
    update: async (id, patch) => {
      const body = toClockifyClientPatch(patch);
      const raw = await byId('Client', id, () => (Object.keys(body).length ? api.updateClient(id, body) : api.client(id)));
      return toClient(raw, source);
    },
    delete: (id) => byId('Client', id, () => api.deleteClient(id)),
  };
}
