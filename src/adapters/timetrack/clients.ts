/**
 * Clients (docs §3.2): list, read, create, update (not `name`, not `enabled`), delete.
 * A rename or an archive/unarchive is refused as a ValidationError before any request:
 * TimeTrack's PUT cannot change either, and entries point at clients by name.
 */
import { ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { toClient } from './mappers/to-client.js';
import { pageByName } from './paging.js';
import { afterWrite, allClients, getBatch, nameMatches, onRecord, PATHS, readOne, recordPath, type TimeTrackContext } from './support.js';
import { TimeTrackClient } from './types.js';

const LABEL = 'Client';

export function timeTrackClients(ctx: TimeTrackContext): EntityHandlers<'client'> {
  const { client, source } = ctx;
  const map = async (raws: TimeTrackClient[]) => raws.map((r) => toClient(source, r));

  return {
    list: async (filter, page) => {
      const clients = (await allClients(ctx)).map((r) => toClient(source, r));
      const archived = filter.archived ?? null;
      return pageByName(clients.filter((c) => nameMatches(filter.search, c.name) && (archived === null || c.archived === archived)), page);
    },

    getMany: (ids) =>
      getBatch(ctx, { label: LABEL, collection: PATHS.client, schema: TimeTrackClient, all: { peek: () => ctx.memo.peek<TimeTrackClient[]>('clients'), load: () => allClients(ctx) }, map }, ids),

    create: async (input) => {
      const body: Record<string, unknown> = { name: input.name };
      if (input.email) body['email'] = input.email;
      try {
        return toClient(source, await client.write('POST', PATHS.client, TimeTrackClient, body));
      } finally {
        afterWrite(ctx);
      }
    },

    update: async (id, patch) => {
      if (patch.name !== undefined) throw ValidationError.field('input.name', 'cannot be changed on TimeTrack: a client keeps its name (rename it in TimeTrack itself)');
      if (patch.archived !== undefined) throw ValidationError.field('input.archived', 'cannot be changed on TimeTrack: a client cannot be enabled or disabled through its API');
      if (patch.email === undefined) return toClient(source, await readOne(ctx, PATHS.client, TimeTrackClient, LABEL, id));
      try {
        const raw = await onRecord(LABEL, id, () => client.write('PUT', recordPath(PATHS.client, id), TimeTrackClient, { email: patch.email }));
        return toClient(source, raw);
      } finally {
        afterWrite(ctx);
      }
    },

    delete: async (id) => {
      try {
        await onRecord(LABEL, id, () => client.remove(recordPath(PATHS.client, id)));
      } finally {
        afterWrite(ctx);
      }
    },
  };
}
