/** A gateway whose one source is the given adapter, spoken to over GraphQL-over-HTTP. */
import type { Adapter } from '../../src/adapters/contract.js';
import { IdResolver } from '../../src/gateway/refs.js';
import { SourceRegistry } from '../../src/gateway/sources.js';
import { createApp } from '../../src/server.js';

export async function gatewayOver(adapter: Adapter) {
  const registry = new SourceRegistry([adapter]);
  const app = createApp({ registry, ids: new IdResolver(registry), limits: { defaultPageSize: 50, maxPageSize: 200 }, graphiql: false, ready: async () => undefined });
  return {
    query: async (query: string, variables: Record<string, unknown>) => {
      const response = await app.fetch('http://contract.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    close: async () => undefined,
  };
}
