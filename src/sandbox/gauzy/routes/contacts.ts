/**
 * `/api/organization-contact` — clients. The plain list is the odd one: it takes a single
 * JSON-encoded `data` query param (`ParseJsonPipe`), e.g.
 * `data={"findInput":{"organizationId":…,"tenantId":…,"contactType":"CLIENT"},"relations":["projects"]}`,
 * and returns every match as `{items, total}` without paging; `/pagination` is the BaseQueryDTO
 * variant with take/skip. Unparsable `data` is silently treated as `{}` (the pipe does not throw).
 */
import type { SimRoute } from '../../kit.js';
import type { SimContext } from '../context.js';
import { json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, matchesWhere, organizationIdOf, PAGE_PAGING, parseListQuery } from '../listing.js';
import { parseJsonParam, parseQuery, parseRelations } from '../query.js';
import { contactJson } from '../serialize.js';
import { baseColumns, CONTACT_TYPES, setTags, type ContactRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, checkIdList, countRoute, deleteResult, fieldPatch, type FieldKind } from './common.js';

const CONTACT_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  primaryEmail: 'email',
  primaryPhone: 'string',
  inviteStatus: ['NOT_INVITED', 'INVITED', 'ACCEPTED'],
  notes: 'string',
  contactType: CONTACT_TYPES,
  imageUrl: 'string',
  budget: 'number',
  budgetType: ['hours', 'cost'],
  imageId: 'uuid',
};

export function contactRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const load = (id: string): ContactRow => {
    const c = state.contacts.get(id);
    if (!c || c.deletedAt !== null) throw notFound();
    return c;
  };
  const live = () => [...state.contacts.values()].filter((c) => c.deletedAt === null);

  const applyLinks = (contact: ContactRow, memberIds: string[] | undefined, projectIds: string[] | undefined, tagIds: string[] | undefined) => {
    if (memberIds) {
      state.contactMembers = state.contactMembers.filter((m) => m.ownerId !== contact.id);
      for (const employeeId of new Set(memberIds)) if (state.employees.has(employeeId)) state.contactMembers.push({ ownerId: contact.id, employeeId });
    }
    if (projectIds) {
      // Assigning projects to a client sets their organizationContactId.
      for (const id of projectIds) {
        const p = state.projects.get(id);
        if (p) p.organizationContactId = contact.id;
      }
    }
    if (tagIds) setTags(state, 'contact', contact.id, tagIds);
  };

  return [
    route('GET', '/api/organization-contact/count', countRoute(ctx, () => state.contacts.values())),
    route('GET', '/api/organization-contact/pagination', (req, caller) => {
      const q = parseListQuery(ctx, caller, req);
      // organization-contact.service.ts `pagination` ends in `super.paginate` (L204):
      // CrudService.paginate, so `skip` is a page number and `take` defaults to 10.
      const page = findAll(state.contacts.values(), q, PAGE_PAGING);
      return json({ items: page.items.map((c) => contactJson(state, c, q.relations)), total: page.total });
    }),
    route('GET', '/api/organization-contact', (req) => {
      const data = parseJsonParam(req.query.get('data') ?? undefined);
      const findInput = v.plainObject(data['findInput']) ? data['findInput'] : {};
      const relations = parseRelations(data['relations']);
      const items = live().filter((c) => matchesWhere(c, findInput));
      return json({ items: items.map((c) => contactJson(state, c, relations)), total: items.length });
    }),
    route('GET', '/api/organization-contact/employee/:employeeId', (req, caller) => {
      const employeeId = uuidParam(req.params, 'employeeId');
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const ids = new Set(state.contactMembers.filter((m) => m.employeeId === employeeId).map((m) => m.ownerId));
      return json(live().filter((c) => ids.has(c.id)).map((c) => contactJson(state, c)));
    }),
    route('GET', '/api/organization-contact/:id', (req) => {
      const c = load(uuidParam(req.params));
      // findById takes its relations from the `data` JSON too.
      const data = parseJsonParam(req.query.get('data') ?? undefined);
      return json(contactJson(state, c, parseRelations(data['relations'])));
    }),
    route('POST', '/api/organization-contact', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      v.notEmpty(errors, 'name', body['name']);
      const patch = fieldPatch(errors, body, CONTACT_FIELDS);
      const memberIds = checkIdList(errors, 'members', body['members']);
      const projectIds = checkIdList(errors, 'projects', body['projects']);
      const tagIds = checkIdList(errors, 'tags', body['tags']);
      v.throwIfAny(errors);
      const at = ctx.nowIso();
      const contact: ContactRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? state.organization.id,
        name: String(body['name']),
        primaryEmail: null,
        primaryPhone: null,
        inviteStatus: null,
        notes: null,
        contactType: 'CLIENT',
        imageUrl: null,
        budget: null,
        budgetType: 'hours',
        contactId: null,
        imageId: null,
        ...(patch as Partial<ContactRow>),
      };
      state.contacts.set(contact.id, contact);
      applyLinks(contact, memberIds, projectIds, tagIds);
      return json(contactJson(state, contact, new Set(['members', 'projects', 'tags'])), 201);
    }),
    route('PUT', '/api/organization-contact/:id', (req, caller) => {
      const contact = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      // UpdateOrganizationContactDTO picks `name` from the entity, where it is @IsNotEmpty
      // @IsString (organization-contact.entity.ts L61-66), and the route validates it
      // (organization-contact.controller.ts `update`, L209-216): a body without `name` is a 400.
      if (v.notEmpty(errors, 'name', body['name'])) v.string(errors, 'name', body['name'], true);
      const patch = fieldPatch(errors, body, CONTACT_FIELDS);
      const memberIds = 'members' in body ? checkIdList(errors, 'members', body['members']) : undefined;
      const projectIds = 'projects' in body ? checkIdList(errors, 'projects', body['projects']) : undefined;
      const tagIds = 'tags' in body ? checkIdList(errors, 'tags', body['tags']) : undefined;
      v.throwIfAny(errors);
      Object.assign(contact, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      applyLinks(contact, memberIds, projectIds, tagIds);
      return json(contactJson(state, contact, new Set(['members', 'projects', 'tags'])), 202);
    }),
    route('DELETE', '/api/organization-contact/:id', (req) => {
      const contact = load(uuidParam(req.params));
      state.contacts.delete(contact.id);
      state.contactMembers = state.contactMembers.filter((m) => m.ownerId !== contact.id);
      setTags(state, 'contact', contact.id, []);
      // Projects and time logs keep existing, with organizationContactId SET NULL.
      for (const p of state.projects.values()) if (p.organizationContactId === contact.id) p.organizationContactId = null;
      for (const log of state.timeLogs.values()) if (log.organizationContactId === contact.id) log.organizationContactId = null;
      return deleteResult(1);
    }),
  ];
}
