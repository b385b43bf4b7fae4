/**
 * A gateway over sources that each have a store of their own. `createGateway` opens one store
 * for every native source, so two native sources there share their rows; copying between
 * them needs this composition (the same parts createGateway wires: registry, IDs, Yoga).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Adapter } from '../../../src/adapters/contract.js';
import { IdResolver } from '../../../src/gateway/refs.js';
import { SourceRegistry } from '../../../src/gateway/sources.js';
import { MigrationService, type ServiceDeps } from '../../../src/migrate/service.js';
import { createApp, type AppOptions } from '../../../src/server.js';
import type { Store } from '../../../src/store/connect.js';
import type { GraphQLResponse } from '../../support/gateway.js';

export interface ComposedGateway {
  fetch: typeof fetch;
  url: string;
  migrations: MigrationService;
  request<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  data<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<T>;
  /** The same request with extra headers (a credential), answered with its HTTP status. */
  requestWith<T, V>(headers: Record<string, string>, document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T> & { status: number }>;
}

/** `store` keeps the migration runs and the ID map; `auth` turns credentials on. */
export function composeGateway(adapters: Adapter[], store: Store, deps: ServiceDeps = {}, auth?: AppOptions['auth']): ComposedGateway {
  const registry = new SourceRegistry(adapters);
  const migrations = new MigrationService(registry, store, deps);
  const app = createApp({ registry, ids: new IdResolver(registry), limits: { maxPageSize: 200, defaultPageSize: 50 }, graphiql: false, migrations, ready: () => store.ping(), ...(auth ? { auth } : {}) });
  const fetchVia: typeof fetch = async (input, init) => app.fetch(new Request(input instanceof Request ? input : String(input), init));
  const requestWith: ComposedGateway['requestWith'] = async (headers, document, variables) => {
    const response = await fetchVia('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { ...((await response.json()) as GraphQLResponse<any>), status: response.status };
  };
  const request: ComposedGateway['request'] = async (document, variables) => {
    const { status: _status, ...result } = await requestWith({}, document, variables);
    return result;
  };
  return {
    fetch: fetchVia,
    url: 'http://gateway.test/graphql',
    migrations,
    request,
    requestWith,
    data: async (document, variables) => {
      const result = await request(document, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data!;
    },
  };
}
