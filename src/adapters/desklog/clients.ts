/**
 * Clients. Desklog has no get-by-id and cannot sort, so list and getMany read the whole
 * `client` list: ceil((n + 1) / pageLimit) requests, memoised for `cacheTtlSeconds`.
 * create 1 (the new record is built from the input and the returned id); update 1 + the list
 * re-read (the unpatched fields are not in the answer); delete 1. Desklog cannot archive.
 */
import type { Client } from '../../domain/entities.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { intId } from './endpoints.js';
import { toClient } from './mappers/to-client.js';
import { idText } from './mappers/values.js';
import { nameMatches, orNotFound, pageByName, writing, type DesklogContext } from './support.js';

function cleanName(name: string | null | undefined): string {
  const text = name?.trim();
  if (!text) throw ValidationError.field('input.name', 'must not be empty');
  return text;
}

export function desklogClients(ctx: DesklogContext): EntityHandlers<'client'> {
  const all = async (): Promise<Client[]> => (await ctx.memo.get('clients', () => ctx.api.clients())).map((c) => toClient(ctx.source, c));

  return {
    list: async (filter, page) => {
      // No Desklog client is archived, so asking for archived ones finds none.
      const clients = filter.archived ? [] : (await all()).filter((c) => nameMatches(filter.search, c.name));
      return pageByName('client', clients, page, (c) => c.name, (c) => c.remoteId);
    },

    getMany: async (ids) => {
      const clients = new Map((await all()).map((c) => [c.remoteId, c]));
      return ids.map((id) => clients.get(id) ?? new NotFoundError('Client', id));
    },

    create: (input) =>
      writing(ctx, async () => {
        const body: { name: string; email?: string } = { name: cleanName(input.name) };
        if (input.email) body.email = input.email.trim();
        const { data } = await ctx.api.clientCreate(body);
        return toClient(ctx.source, { id: data.client_id, first_name: body.name, email: body.email ?? null });
      }),

    update: (id, patch) =>
      writing(ctx, async () => {
        intId(id, 'id');
        if (patch.archived) throw ValidationError.field('input.archived', 'Desklog cannot archive clients');
        const body: { name?: string; email?: string } = {};
        if (patch.name !== undefined) body.name = cleanName(patch.name);
        if (patch.email !== undefined) {
          if (!patch.email) throw ValidationError.field('input.email', 'Desklog cannot clear a client email');
          body.email = patch.email.trim();
        }
        if (Object.keys(body).length) await orNotFound('Client', id, () => ctx.api.clientUpdate(id, body));
        ctx.memo.clear();
        const client = (await all()).find((c) => c.remoteId === idText(id));
        if (!client) throw new NotFoundError('Client', id);
        return client;
      }),

    delete: (id) => writing(ctx, () => orNotFound('Client', id, () => ctx.api.clientDelete(id)).then(() => undefined)),
  };
}
