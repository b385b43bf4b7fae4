/** Tags: docs/api/tags (GET/POST /workspaces/{wid}/tags, PUT/DELETE .../tags/{tag_id}); an unpaged array. */
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import type { StoredTag } from '../state.js';
import { tagView } from '../views.js';
import { isResponse, objectBody, pathInt, ws, workspaceOf, type RouteContext } from './context.js';

export function tagRoutes(ctx: RouteContext): SimRoute[] {
  const base = `${ws(ctx)}/tags`;
  const find = (req: SimRequest): { tag: StoredTag } | { error: SimResponse } => {
    const w = workspaceOf(ctx, req);
    if ('error' in w) return w;
    const id = pathInt(req.params['tagId']);
    const tag = ctx.state.tags.find((t) => t.id === id && t.workspaceId === w.id);
    return tag ? { tag } : { error: textError(404, 'Tag not found') };
  };
  const nameError = (workspaceId: number, name: unknown, selfId?: number): SimResponse | undefined => {
    if (typeof name !== 'string' || name.trim() === '') return textError(400, 'Tag name must not be empty');
    if (ctx.state.tags.some((t) => t.workspaceId === workspaceId && t.name === name && t.id !== selfId)) return textError(400, 'Tag already exists');
    return undefined;
  };
  return [
    {
      method: 'GET',
      pattern: base,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        return 'error' in w ? w.error : json(ctx.state.tags.filter((t) => t.workspaceId === w.id).map(tagView));
      },
    },
    {
      method: 'POST',
      pattern: base,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const bad = nameError(w.id, body['name']);
        if (bad) return bad;
        const tag: StoredTag = { id: ctx.state.nextId(), workspaceId: w.id, name: body['name'] as string, at: ctx.state.now() };
        ctx.state.tags.push(tag);
        return json(tagView(tag));
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:tagId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const bad = nameError(found.tag.workspaceId, body['name'], found.tag.id);
        if (bad) return bad;
        found.tag.name = body['name'] as string;
        found.tag.at = ctx.state.now();
        return json(tagView(found.tag));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:tagId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        ctx.state.tags.splice(ctx.state.tags.indexOf(found.tag), 1);
        for (const e of ctx.state.timeEntries) e.tagIds = e.tagIds.filter((id) => id !== found.tag.id);
        return { status: 200 };
      },
    },
  ];
}
