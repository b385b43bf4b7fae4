/** Clients (https://help.getharvest.com/api-v2/clients-api/clients/clients/). */
import type { SimRoute } from '../../kit.js';
import { created, ok, paginate, route, unprocessable } from '../envelope.js';
import { optBool, optString, pathId, readBody } from '../input.js';
import type { StoredClient } from '../state.js';
import { clientView } from '../views.js';
import { activeAndSince, findOr404, newestFirst, pageContext, requireManager, V2, type RouteContext } from './context.js';

export function clientRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  const find = (id: number | null): StoredClient => findOr404(state.clients, id);
  return [
    route('GET', `${V2}/clients`, (req) => {
      requireManager(ctx, req);
      const items = state.clients.filter(activeAndSince(req)).sort(newestFirst);
      return paginate('clients', items, clientView, pageContext(req, true));
    }),

    route('GET', `${V2}/clients/:id`, (req) => {
      requireManager(ctx, req);
      return ok(clientView(find(pathId(req))));
    }),

    // `name` is the one required parameter ("Create a client").
    route('POST', `${V2}/clients`, (req) => {
      requireManager(ctx, req);
      const body = readBody(req);
      const name = optString(body, 'name');
      if (!name) throw unprocessable("Name can't be blank");
      if (state.clients.some((c) => c.name === name)) throw unprocessable('Name has already been taken');
      const now = state.now();
      const client: StoredClient = {
        id: state.nextId(),
        name,
        isActive: optBool(body, 'is_active') ?? true,
        address: optString(body, 'address') ?? null,
        currency: optString(body, 'currency') ?? 'USD',
        createdAt: now,
        updatedAt: now,
      };
      state.clients.push(client);
      return created(clientView(client));
    }),

    // PATCH changes only the parameters passed ("Update a client").
    route('PATCH', `${V2}/clients/:id`, (req) => {
      requireManager(ctx, req);
      const client = find(pathId(req));
      const body = readBody(req);
      const name = optString(body, 'name');
      if (name === null || name === '') throw unprocessable("Name can't be blank");
      if (name !== undefined) client.name = name;
      client.isActive = optBool(body, 'is_active') ?? client.isActive;
      const address = optString(body, 'address');
      if (address !== undefined) client.address = address;
      client.currency = optString(body, 'currency') ?? client.currency;
      client.updatedAt = state.now();
      return ok(clientView(client));
    }),

    // "Deleting a client is only possible if it has no projects, invoices, or estimates associated with it."
    route('DELETE', `${V2}/clients/:id`, (req) => {
      requireManager(ctx, req);
      const client = find(pathId(req));
      if (state.projects.some((p) => p.clientId === client.id)) {
        throw unprocessable('This client is not removable. It still has projects, invoices, or estimates.');
      }
      state.clients.splice(state.clients.indexOf(client), 1);
      return { status: 200 };
    }),
  ];
}
