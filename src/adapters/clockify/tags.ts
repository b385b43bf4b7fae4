/** Tags. Cost: list 1 per page; getMany one GET per id; create, update, delete 1 each. */
import type { EntityHandlers } from '../contract.js';
import { toTag } from './mappers/to-tag.js';
import { matchesSearch, vendorPage } from './paging.js';
import { byId, eachById, type ClockifyContext } from './support.js';

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
    getMany: (ids) => eachById('Tag', ids, async (id) => toTag(await api.tag(id), source)),
    create: async (input) => toTag(await api.createTag(input.name), source),
    update: async (id, patch) => toTag(await byId('Tag', id, () => (patch.name ? api.updateTag(id, patch.name) : api.tag(id))), source),
    delete: (id) => byId('Tag', id, () => api.deleteTag(id)),
  };
}
