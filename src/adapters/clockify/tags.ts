/**
 * Tags. Cost: list 1 per page; getMany 1 GET for one id, else one list page + one GET per id
 * not on it (support.ts `manyById`); create, update, delete 1 each.
 */
import type { EntityHandlers } from '../contract.js';
import { toTag } from './mappers/to-tag.js';
import { matchesSearch, vendorPage } from './paging.js';
import { BULK_PAGE_SIZE } from './client.js';
import { byId, manyById, type ClockifyContext } from './support.js';

export function clockifyTags(ctx: ClockifyContext): EntityHandlers<'tag'> {
  const { api, source } = ctx;
  return {
    list: (filter, page) =>
      vendorPage(
        page,
        (p, s) => api.tags({ 'sort-column': 'NAME', 'sort-order': 'ASCENDING', name: filter.search || undefined }, p, s),
        (raw) => toTag(raw, source),
        (t) => matchesSearch(t.name, filter.search),
      ),
    getMany: (ids) => manyById('Tag', ids, () => api.tags({ 'sort-column': 'ID', 'sort-order': 'ASCENDING' }, 1, BULK_PAGE_SIZE), (id) => api.tag(id), (raw) => toTag(raw, source)),
    create: async (input) => toTag(await api.createTag(input.name), source),
    update: async (id, patch) => toTag(await byId('Tag', id, () => (patch.name ? api.updateTag(id, patch.name) : api.tag(id))), source),
    delete: (id) => byId('Tag', id, () => api.deleteTag(id)),
  };
}
