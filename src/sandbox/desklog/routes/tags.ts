/**
 * Task tags: `GET task_tag` (paged, default limit 10, sorted by name as in the sample, message
 * "success." with a dot), `POST task_tag`, `PATCH task_tag/{id}`, `DELETE task_tag/{id}`.
 * Input field `name`, output field `tag`.
 */
import { DesklogError, guarded, ok, okBare } from '../envelope.js';
import { objectBody, page, pathId, readString } from '../input.js';
import type { DesklogState, DesklogTag } from '../state.js';
import { takeId } from '../state.js';
import type { DesklogRoute } from './types.js';

function findTag(state: DesklogState, id: number): DesklogTag {
  const tag = state.tags.find((t) => t.id === id);
  if (!tag) throw new DesklogError('Tag not found');
  return tag;
}

/** The documented duplicate answer: `status:false` plus the existing tag's id. */
function rejectDuplicate(state: DesklogState, name: string, exceptId?: number): void {
  const wanted = name.trim().toLowerCase();
  const existing = state.tags.find((t) => t.id !== exceptId && t.tag.toLowerCase() === wanted);
  if (existing) throw new DesklogError('Entered tag already exist', { tag_id: existing.id });
}

export function tagRoutes(state: DesklogState): DesklogRoute[] {
  const list = guarded((req) => {
    const sorted = [...state.tags].sort((a, b) => a.tag.localeCompare(b.tag, 'en') || a.id - b.id);
    return ok('success.', page(sorted, req).map((t) => ({ id: t.id, tag: t.tag })));
  });

  const add = guarded((req) => {
    const name = readString(objectBody(req), 'name', true).trim();
    rejectDuplicate(state, name);
    const tag: DesklogTag = { id: takeId(state, 'tag'), tag: name };
    state.tags.push(tag);
    // The success message is undocumented; worded like the edit/delete messages.
    return ok('Tag added successfully.', { tag_id: tag.id });
  });

  const edit = guarded((req) => {
    const tag = findTag(state, pathId(req, 'Tag'));
    const name = readString(objectBody(req), 'name', true).trim();
    rejectDuplicate(state, name, tag.id);
    tag.tag = name;
    return okBare('Tag name edited successfully.');
  });

  const remove = guarded((req) => {
    const tag = findTag(state, pathId(req, 'Tag'));
    state.tags.splice(state.tags.indexOf(tag), 1);
    return okBare('Tag deleted successfully.');
  });

  return [
    { method: 'GET', path: 'task_tag', handler: list },
    { method: 'POST', path: 'task_tag', handler: add },
    { method: 'PATCH', path: 'task_tag/:id', handler: edit },
    { method: 'DELETE', path: 'task_tag/:id', handler: remove },
  ];
}
