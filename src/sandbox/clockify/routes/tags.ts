/** Tags: list with name/archived/excluded-ids filters, CRUD; delete returns the deleted tag (200). */
import type { SimRoute } from '../../kit.js';
import { badRequest, created, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredTag } from '../state.js';
import { nameFilter, optBool, queryBool, queryList, requireName, requireObject, sortByQuery } from '../validate.js';
import { tagView } from '../views.js';
import { ws, type RouteContext } from './context.js';

function findTag(state: ClockifyState, id: string | undefined): StoredTag {
  const tag = findById(state.tags, id ?? '');
  if (!tag) throw notFound('Tag not found');
  return tag;
}

function assertUniqueName(state: ClockifyState, name: string, exceptId?: string): void {
  if (state.tags.some((t) => t.id !== exceptId && t.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`Tag with name '${name}' already exists`);
  }
}

export function tagRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = `${ws(ctx)}/tags`;
  return [
    route('GET', base, (req) => {
      const q = req.query;
      const archived = queryBool(q, 'archived');
      const matches = nameFilter(q);
      const excluded = new Set(queryList(q, 'excluded-ids'));
      const tags = state.tags.filter(
        (t) => (archived === undefined || t.archived === archived) && (!matches || matches(t.name)) && !excluded.has(t.id),
      );
      const sorted = sortByQuery(tags, q, { ID: (t) => t.id, NAME: (t) => t.name.toLowerCase() }, { column: 'NAME' });
      return ok(paginate(sorted, q).map((t) => tagView(state, t)));
    }),

    route('POST', base, (req) => {
      const name = requireName(requireObject(req), 'name', 'Tag', { max: 100 });
      assertUniqueName(state, name);
      const tag: StoredTag = { id: state.nextId(), name, archived: false };
      state.tags.push(tag);
      return created(tagView(state, tag));
    }),

    route('GET', `${base}/:id`, (req) => ok(tagView(state, findTag(state, req.params['id'])))),

    route('PUT', `${base}/:id`, (req) => {
      const tag = findTag(state, req.params['id']);
      const body = requireObject(req);
      const name = body['name'] === undefined || body['name'] === null ? undefined : requireName(body, 'name', 'Tag', { max: 100 });
      if (name !== undefined) assertUniqueName(state, name, tag.id);
      const archived = optBool(body, 'archived');
      if (name !== undefined) tag.name = name;
      if (archived !== undefined) tag.archived = archived;
      return ok(tagView(state, tag));
    }),

    route('DELETE', `${base}/:id`, (req) => {
      const tag = findTag(state, req.params['id']);
      state.tags.splice(state.tags.indexOf(tag), 1);
      for (const e of state.timeEntries) e.tagIds = e.tagIds.filter((id) => id !== tag.id);
      return ok(tagView(state, tag));
    }),
  ];
}
