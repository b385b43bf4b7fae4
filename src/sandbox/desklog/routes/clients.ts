/**
 * Clients: `GET client` (paged, oldest first as in the sample), `POST client`,
 * `PATCH client/{id}`, `DELETE client/{id}`. There is no get-by-id. The input field `name`
 * is listed back as `first_name`.
 */
import { DesklogError, guarded, ok, okBare } from '../envelope.js';
import { type Body, objectBody, page, pathId, readString } from '../input.js';
import type { DesklogClient, DesklogState } from '../state.js';
import { takeId } from '../state.js';
import type { DesklogRoute } from './types.js';

const FIELDS = ['name', 'email', 'address', 'city', 'state', 'post_code', 'country', 'phone'] as const;

/** Reads the eight documented string fields; only the ones present are returned. */
function readFields(body: Body): Partial<Record<(typeof FIELDS)[number], string>> {
  const out: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const key of FIELDS) {
    const value = readString(body, key);
    if (value !== undefined) out[key] = value;
  }
  if (out.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(out.email)) {
    throw new DesklogError('The email must be a valid email address.');
  }
  if (out.name !== undefined && out.name.trim() === '') throw new DesklogError('The name field is required.');
  return out;
}

function findClient(state: DesklogState, id: number): DesklogClient {
  const client = state.clients.find((c) => c.id === id);
  if (!client) throw new DesklogError('Client not found');
  return client;
}

export function clientRoutes(state: DesklogState): DesklogRoute[] {
  const list = guarded((req) =>
    ok(
      'success',
      page(
        [...state.clients].sort((a, b) => a.id - b.id),
        req,
      ).map((c) => ({ id: c.id, first_name: c.name, email: c.email })),
    ),
  );

  const add = guarded((req) => {
    const fields = readFields(objectBody(req));
    // No field is marked required, but a client without a name cannot be listed meaningfully.
    if (fields.name === undefined) throw new DesklogError('The name field is required.');
    const client: DesklogClient = {
      id: takeId(state, 'client'),
      name: fields.name,
      email: fields.email ?? null,
      address: fields.address ?? null,
      city: fields.city ?? null,
      state: fields.state ?? null,
      post_code: fields.post_code ?? null,
      country: fields.country ?? null,
      phone: fields.phone ?? null,
    };
    state.clients.push(client);
    return ok('Client added successfully', { client_id: client.id });
  });

  const update = guarded((req) => {
    const client = findClient(state, pathId(req, 'Client'));
    Object.assign(client, readFields(objectBody(req)));
    return ok('Client details updated successfully', null);
  });

  const remove = guarded((req) => {
    const client = findClient(state, pathId(req, 'Client'));
    state.clients.splice(state.clients.indexOf(client), 1);
    for (const project of state.projects) if (project.client_id === client.id) project.client_id = null;
    // The sample is cut off after `message`; no `data` key is sent.
    return okBare('Client deleted');
  });

  return [
    { method: 'GET', path: 'client', handler: list },
    { method: 'POST', path: 'client', handler: add },
    { method: 'PATCH', path: 'client/:id', handler: update },
    { method: 'DELETE', path: 'client/:id', handler: remove },
  ];
}
