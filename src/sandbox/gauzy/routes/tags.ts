/**
 * `/api/tags` (plural — the docs' `/api/tag` does not exist). Note `GET /tags` runs
 * TagListCommand(where, relations): take/skip are validated but the answer holds every match;
 * `/tags/pagination` is the paged CrudController variant. Tags may be tenant-level
 * (organizationId null); `/tags/level` returns the organization's plus the tenant's.
 */
import type { SimRoute } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, OFFSET_PAGING, organizationIdOf, PAGE_PAGING, parseListQuery } from '../listing.js';
import { parseQuery } from '../query.js';
import { baseColumns, type TagRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, deleteResult, fieldPatch, type FieldKind } from './common.js';

const TAG_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  description: 'string',
  color: 'string',
  textColor: 'string',
  icon: 'string',
  tagTypeId: 'uuid',
  organizationTeamId: 'uuid',
};

export function tagRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const load = (id: string): TagRow => {
    const t = state.tags.get(id);
    if (!t || t.deletedAt !== null) throw notFound();
    return t;
  };
  /** Tags are partially tenant-level, so organizationId is optional here, but checked when given. */
  const checkOptionalOrganization = (errors: v.Errors, caller: Caller, body: Record<string, unknown>) => {
    if (!v.isEmpty(body['organizationId']) || !v.isEmpty(body['organization'])) checkOrganization(errors, ctx, caller, body);
  };

  return [
    route('GET', '/api/tags/level', (req, caller) => {
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const items = [...state.tags.values()].filter(
        (t) => t.deletedAt === null && (t.organizationId === null || t.organizationId === q['organizationId']),
      );
      return json({ items: items.map((t) => ({ ...t })), total: items.length });
    }),
    route('GET', '/api/tags/pagination', (req, caller) => {
      const q = parseListQuery(ctx, caller, req);
      // Inherited CrudController `pagination` → CrudService.paginate: page-number skip.
      const page = findAll(state.tags.values(), q, PAGE_PAGING);
      return json({ items: page.items.map((t) => ({ ...t })), total: page.total });
    }),
    route('GET', '/api/tags', (req, caller) => {
      const q = parseListQuery(ctx, caller, req);
      const page = findAll(state.tags.values(), { ...q, take: undefined, skip: 0 }, OFFSET_PAGING);
      return json({ items: page.items.map((t) => ({ ...t })), total: page.total });
    }),
    route('GET', '/api/tags/:id', (req) => json({ ...load(uuidParam(req.params)) })),
    route('POST', '/api/tags', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOptionalOrganization(errors, caller, body);
      if (v.notEmpty(errors, 'name', body['name'])) v.string(errors, 'name', body['name'], true);
      if (v.notEmpty(errors, 'color', body['color'])) v.string(errors, 'color', body['color'], true);
      const patch = fieldPatch(errors, body, TAG_FIELDS);
      v.throwIfAny(errors);
      const tag: TagRow = {
        ...baseColumns(ctx.newId(), ctx.nowIso(), caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? null,
        name: String(body['name']),
        description: null,
        color: String(body['color']),
        textColor: null,
        icon: null,
        isSystem: false,
        tagTypeId: null,
        organizationTeamId: null,
        ...(patch as Partial<TagRow>),
      };
      state.tags.set(tag.id, tag);
      return json({ ...tag }, 201);
    }),
    route('PUT', '/api/tags/:id', (req, caller) => {
      const tag = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOptionalOrganization(errors, caller, body);
      if ('name' in body) v.notEmpty(errors, 'name', body['name']);
      if ('color' in body) v.notEmpty(errors, 'color', body['color']);
      const patch = fieldPatch(errors, body, TAG_FIELDS);
      v.throwIfAny(errors);
      Object.assign(tag, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      // tag.controller.ts `update` (L85-95) returns `tagService.update`, i.e. CrudService.update
      // (core/crud/crud.service.ts L591-608): TypeORM's UpdateResult, not the tag.
      return json({ generatedMaps: [], raw: [], affected: 1 }, 202);
    }),
    route('DELETE', '/api/tags/:id', (req) => {
      const tag = load(uuidParam(req.params));
      state.tags.delete(tag.id);
      state.tagLinks = state.tagLinks.filter((l) => l.tagId !== tag.id);
      return deleteResult(1);
    }),
  ];
}
