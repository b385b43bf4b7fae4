/**
 * Tags (`task_tag`). No get-by-id and no usable order, so list and getMany read the whole list:
 * ceil((n + 1) / pageLimit) requests, memoised. create, rename and delete are 1 request each;
 * a tag is only an id and a name, so the written record needs no re-read.
 */
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { intId } from './endpoints.js';
import { toTag } from './mappers/to-tag.js';
import { idText } from './mappers/values.js';
import { nameMatches, orNotFound, pageByName, writing, type DesklogContext } from './support.js';

function cleanName(name: string | null | undefined): string {
  const text = name?.trim();
  if (!text) throw ValidationError.field('input.name', 'must not be empty');
  return text;
}

/** Desklog refuses a duplicate name ("Entered tag already exist"); that is the caller's input. */
async function uniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UpstreamError && error.code === 'UPSTREAM_REJECTED' && /already exist/i.test(error.message)) {
      throw ValidationError.field('input.name', 'a Desklog tag with this name already exists');
    }
    throw error;
  }
}

export function desklogTags(ctx: DesklogContext): EntityHandlers<'tag'> {
  const all = async () => (await ctx.memo.get('tags', () => ctx.api.tags())).map((t) => toTag(ctx.source, t));

  return {
    list: async (filter, page) =>
      pageByName('tag', (await all()).filter((t) => nameMatches(filter.search, t.name)), page, (t) => t.name, (t) => t.remoteId),

    getMany: async (ids) => {
      const tags = new Map((await all()).map((t) => [t.remoteId, t]));
      return ids.map((id) => tags.get(id) ?? new NotFoundError('Tag', id));
    },

    create: (input) =>
      writing(ctx, async () => {
        const name = cleanName(input.name);
        const { data } = await uniqueName(() => ctx.api.tagCreate(name));
        return toTag(ctx.source, { id: data.tag_id, tag: name });
      }),

    update: (id, patch) =>
      writing(ctx, async () => {
        intId(id, 'id');
        if (patch.name === undefined) {
          const current = (await all()).find((t) => t.remoteId === idText(id));
          if (!current) throw new NotFoundError('Tag', id);
          return current;
        }
        const name = cleanName(patch.name);
        await uniqueName(() => orNotFound('Tag', id, () => ctx.api.tagEdit(id, name)));
        return toTag(ctx.source, { id, tag: name });
      }),

    delete: (id) => writing(ctx, () => orNotFound('Tag', id, () => ctx.api.tagDelete(id)).then(() => undefined)),
  };
}
