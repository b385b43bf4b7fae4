/** Tags = Gauzy tags (`/tags`, plural in the code). */
import type { EntityHandlers } from '../contract.js';
import { toGauzyTag, toTag } from './mappers/to-tag.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyTag, gauzyPagination } from './types.js';

export function gauzyTags(ctx: GauzyContext): EntityHandlers<'tag'> {
  const { client, source } = ctx;
  const path = (id: string) => `/tags/${client.seg(id)}`;
  const reads = namedReads(ctx, {
    kind: 'tag',
    label: 'Tag',
    // `/tags/level` answers the organization's tags plus the tenant-wide ones (which records of
    // this organization may carry too) in one unpaged `{items, total}`.
    loadAll: async () =>
      (await client.get('/tags/level', gauzyPagination(GauzyTag), { organizationId: client.organizationId, tenantId: client.tenantId })).items,
    loadOne: (id) => client.get(path(id), GauzyTag),
    toEntity: (raw) => toTag(source, raw),
    matches: (filter, tag) => nameMatches(filter, tag.name),
  });
  return {
    ...reads,
    create: async (input) => {
      const created = await client.write('POST', '/tags', GauzyTag, { body: toGauzyTag(input.name) });
      ctx.snapshots.clear();
      return toTag(source, created);
    },
    update: async (id, patch) => {
      if (!patch.name) return reads.one(id);
      // tag.controller.ts `update` answers CrudService.update's TypeORM UpdateResult, not the
      // tag: read it back.
      await orNotFound('Tag', id, client.write('PUT', path(id), GauzyAny, { body: { name: patch.name } }));
      ctx.snapshots.clear();
      return reads.one(id);
    },
    delete: async (id) => {
      await orNotFound('Tag', id, client.write('DELETE', path(id), GauzyAny));
      ctx.snapshots.clear();
    },
  };
}
