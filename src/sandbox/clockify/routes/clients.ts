/**
 * Clients. Create takes only name/email/address/note; `archived`, `ccEmails` and `currencyId`
 * go through PUT (docs §2.4). PUT may archive the client's projects (`archive-projects`) and
 * close their tasks (`mark-tasks-as-done`).
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, created, notFound, ok, paginate, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredClient } from '../state.js';
import { optBool, optString, optStringArray, queryBool, requireName, requireObject, sortByQuery, type Body } from '../validate.js';
import { clientView } from '../views.js';
import { ws, type RouteContext } from './context.js';

function findClient(state: ClockifyState, id: string | undefined): StoredClient {
  const client = findById(state.clients, id ?? '');
  if (!client) throw notFound('Client not found');
  return client;
}

function assertUniqueName(state: ClockifyState, name: string, exceptId?: string): void {
  if (state.clients.some((c) => c.id !== exceptId && c.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`Client with name '${name}' already exists`);
  }
}

/** `ccEmails` is an array on input (max 3); a bare string is tolerated because responses use one. */
function readCcEmails(body: Body): string[] | undefined {
  const raw = body['ccEmails'];
  if (typeof raw === 'string') return raw === '' ? [] : raw.split(',').map((s) => s.trim());
  return optStringArray(body, 'ccEmails', { max: 3 });
}

export function clientRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const base = `${ws(ctx)}/clients`;
  return [
    route('GET', base, (req) => {
      const q = req.query;
      const archived = queryBool(q, 'archived');
      const name = q.get('name')?.toLowerCase();
      const clients = state.clients.filter(
        (c) => (archived === undefined || c.archived === archived) && (!name || c.name.toLowerCase().includes(name)),
      );
      const sorted = sortByQuery(clients, q, { ID: (c) => c.id, NAME: (c) => c.name.toLowerCase() }, { column: 'NAME' });
      return ok(paginate(sorted, q).map((c) => clientView(state, c)));
    }),

    route('POST', base, (req) => {
      const body = requireObject(req);
      const name = requireName(body, 'name', 'Client', { max: 100 });
      assertUniqueName(state, name);
      const client: StoredClient = {
        id: state.nextId(),
        name,
        email: optString(body, 'email') ?? null,
        address: optString(body, 'address', { max: 3000 }) ?? null,
        note: optString(body, 'note', { max: 3000 }) ?? null,
        archived: false,
        ccEmails: [],
      };
      state.clients.push(client);
      return created(clientView(state, client));
    }),

    route('GET', `${base}/:id`, (req) => ok(clientView(state, findClient(state, req.params['id'])))),

    route('PUT', `${base}/:id`, (req) => {
      const client = findClient(state, req.params['id']);
      const body = requireObject(req);
      const archiveProjects = queryBool(req.query, 'archive-projects') ?? false;
      const markTasksDone = queryBool(req.query, 'mark-tasks-as-done') ?? false;
      // Validate everything before changing anything: a 400 must leave the record untouched.
      const name = body['name'] === undefined || body['name'] === null ? undefined : requireName(body, 'name', 'Client', { max: 100 });
      if (name !== undefined) assertUniqueName(state, name, client.id);
      const email = optString(body, 'email');
      const address = optString(body, 'address', { max: 3000 });
      const note = optString(body, 'note', { max: 3000 });
      const archived = optBool(body, 'archived');
      const ccEmails = readCcEmails(body);
      const currencyId = optString(body, 'currencyId');
      if (currencyId !== undefined && currencyId !== state.workspace.currencyId) {
        throw badRequest(`Currency with id ${currencyId} does not exist in the workspace`);
      }
      if (name !== undefined) client.name = name;
      if (email !== undefined) client.email = email;
      if (address !== undefined) client.address = address;
      if (note !== undefined) client.note = note;
      if (ccEmails !== undefined) client.ccEmails = ccEmails;
      if (archived !== undefined) client.archived = archived;
      if (client.archived && archiveProjects) {
        for (const p of state.projects) {
          if (p.clientId !== client.id) continue;
          p.archived = true;
          if (markTasksDone) for (const t of state.tasks) if (t.projectId === p.id) t.status = 'DONE';
        }
      }
      return ok(clientView(state, client));
    }),

    route('DELETE', `${base}/:id`, (req) => {
      const client = findClient(state, req.params['id']);
      state.clients.splice(state.clients.indexOf(client), 1);
      // Projects survive without a client rather than pointing at a deleted one.
      for (const p of state.projects) if (p.clientId === client.id) p.clientId = null;
      return ok(clientView(state, client));
    }),
  ];
}
