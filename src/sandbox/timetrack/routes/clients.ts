/**
 * Clients (p:clients): list with `name` substring search, read, create (`name` required),
 * update (everything except `name` and `enabled`), delete.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { badRequest, created, noContent, ok } from '../envelope.js';
import { paginate } from '../paging.js';
import { clientJson } from '../serialize.js';
import { allocateId, type ClientRecord, type TimeTrackState } from '../state.js';
import { definedOnly, name, parseBody, rejectImmutable, text } from '../validate.js';
import { bail, containsFilter, findById, handler, route, unwrap } from './shared.js';

const editable = z
  .object({
    color: text,
    notes: text,
    email: text,
    phone: text,
    address: text,
    address2: text,
    addressZipCode: text,
    addressCity: text,
    addressCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO-3166 alpha-2 code such as DE').nullable(),
    contactPerson: text,
    field1: text,
    field2: text,
    field3: text,
  })
  .partial();

/** `enabled` can be set when creating; afterwards the docs say it cannot be changed via PUT. */
const createSchema = editable.extend({ name, enabled: z.boolean().optional() });

export function clientRoutes(state: TimeTrackState): SimRoute[] {
  const duplicate = (clientName: string) => state.clients.some((c) => c.name === clientName);

  return [
    ...route(
      'GET',
      '/clients',
      handler((req) => {
        const matches = containsFilter(req.query, 'name');
        return ok(unwrap(paginate(state.clients.filter((c) => matches(c.name)), req.query)).map(clientJson));
      }),
    ),
    ...route(
      'GET',
      '/clients/:id',
      handler((req) => ok(clientJson(unwrap(findById(req, state.clients, 'Client'))))),
    ),
    ...route(
      'POST',
      '/clients',
      handler((req) => {
        const body = unwrap(parseBody(createSchema, req.body));
        // Names are how projects and entries point at a client, so they must stay unambiguous.
        if (duplicate(body.name)) bail(badRequest(`Client '${body.name}' already exists`));
        const record: ClientRecord = {
          id: allocateId(state, 'client'),
          name: body.name,
          enabled: body.enabled ?? true,
          color: body.color ?? null,
          notes: body.notes ?? null,
          email: body.email ?? null,
          phone: body.phone ?? null,
          address: body.address ?? null,
          address2: body.address2 ?? null,
          addressZipCode: body.addressZipCode ?? null,
          addressCity: body.addressCity ?? null,
          addressCountry: body.addressCountry ?? null,
          contactPerson: body.contactPerson ?? null,
          field1: body.field1 ?? null,
          field2: body.field2 ?? null,
          field3: body.field3 ?? null,
        };
        state.clients.push(record);
        return created(clientJson(record));
      }),
    ),
    ...route(
      'PUT',
      '/clients/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.clients, 'Client'));
        unwrap(rejectImmutable(req.body, ['name', 'enabled'], 'client'));
        const body = unwrap(parseBody(editable, req.body));
        Object.assign(record, definedOnly(body));
        return ok(clientJson(record));
      }),
    ),
    ...route(
      'DELETE',
      '/clients/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.clients, 'Client'));
        // Deleting would orphan projects that entries still name; refuse rather than guess a cascade.
        const projects = state.projects.filter((p) => p.clientId === record.id).length;
        if (projects > 0) bail(badRequest(`Client '${record.name}' still has ${projects} project(s)`));
        state.clients.splice(state.clients.indexOf(record), 1);
        return noContent();
      }),
    ),
  ];
}
