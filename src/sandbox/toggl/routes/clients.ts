/** Clients: docs/api/clients (GET/POST /workspaces/{wid}/clients, GET/PUT/DELETE .../clients/{client_id}). */
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import type { StoredClient } from '../state.js';
import { clientView } from '../views.js';
import { isResponse, objectBody, pathInt, ws, workspaceOf, type RouteContext } from './context.js';

export function clientRoutes(ctx: RouteContext): SimRoute[] {
  const base = `${ws(ctx)}/clients`;
  /** An id from another workspace is "not found" under this one (objects are workspace-scoped). */
  const find = (req: SimRequest): { client: StoredClient } | { error: SimResponse } => {
    const w = workspaceOf(ctx, req);
    if ('error' in w) return w;
    const id = pathInt(req.params['clientId']);
    const client = ctx.state.clients.find((c) => c.id === id && c.workspaceId === w.id);
    return client ? { client } : { error: textError(404, 'Client not found') };
  };
  const apply = (client: StoredClient, body: Record<string, unknown>): SimResponse | undefined => {
    if ('name' in body) {
      if (typeof body['name'] !== 'string' || body['name'].trim() === '') return textError(400, 'Client name must not be empty');
      const taken = ctx.state.clients.some((c) => c.id !== client.id && c.workspaceId === client.workspaceId && c.name === body['name']);
      // Client names are unique in a workspace (wording not verified).
      if (taken) return textError(400, 'Name has already been taken');
      client.name = body['name'];
    }
    if ('notes' in body) client.notes = typeof body['notes'] === 'string' ? body['notes'] : null;
    client.at = ctx.state.now();
    return undefined;
  };
  return [
    {
      method: 'GET',
      pattern: base,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        // Query `status`: active (default) | archived | both; `name`: case-insensitive substring.
        const status = req.query.get('status') ?? 'active';
        const name = req.query.get('name')?.toLowerCase();
        return json(
          ctx.state.clients
            .filter((c) => c.workspaceId === w.id)
            .filter((c) => status === 'both' || (status === 'archived' ? c.archived : !c.archived))
            .filter((c) => !name || c.name.toLowerCase().includes(name))
            .map(clientView),
        );
      },
    },
    {
      method: 'GET',
      pattern: `${base}/:clientId`,
      handler: (req) => {
        const found = find(req);
        return 'error' in found ? found.error : json(clientView(found.client));
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
        if (typeof body['name'] !== 'string') return textError(400, 'Client name must not be empty');
        const client: StoredClient = { id: ctx.state.nextId(), workspaceId: w.id, name: '', archived: false, notes: null, at: ctx.state.now() };
        const bad = apply(client, body);
        if (bad) return bad;
        ctx.state.clients.push(client);
        return json(clientView(client));
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/:clientId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        const copy = { ...found.client };
        const bad = apply(copy, body);
        if (bad) return bad;
        Object.assign(found.client, copy);
        return json(clientView(found.client));
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:clientId`,
      handler: (req) => {
        const found = find(req);
        if ('error' in found) return found.error;
        ctx.state.clients.splice(ctx.state.clients.indexOf(found.client), 1);
        // Projects of a deleted client lose their client (they are not deleted).
        for (const p of ctx.state.projects) if (p.clientId === found.client.id) p.clientId = null;
        return { status: 200 };
      },
    },
  ];
}
