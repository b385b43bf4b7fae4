/**
 * Composition root: config → store → adapters → gateway parts → Yoga. Tests and the CLI both
 * start the gateway through `startGateway`, so they run the same wiring.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Adapter } from './adapters/contract.js';
import type { RequestInfo } from './adapters/http.js';
import { createCacheFactory } from './adapters/cache.js';
import { createAdapter } from './adapters/index.js';
import { createSharedLimiters } from './adapters/shared-limiter.js';
import type { Config } from './config.js';
import { IdResolver } from './gateway/refs.js';
import { SourceRegistry } from './gateway/sources.js';
import { createApp, listen } from './server.js';
import { openStore, type Store } from './store/connect.js';
import { createLogger, type Logger } from './log.js';
import { MigrationService } from './migrate/service.js';
import { PersonIdentity } from './domain/person.js';

export interface Gateway {
  app: ReturnType<typeof createApp>;
  store: Store;
  registry: SourceRegistry;
  close(): Promise<void>;
}

export interface GatewayOverrides {
  /** Counts every vendor request, per source (benches and tests). */
  onRequest?: (source: string, info: RequestInfo) => void;
  logger?: Logger;
}

/** Every credential in the config, so the logger can scrub them by value. */
export function secretsOf(config: Config): string[] {
  const fields = ['apiKey', 'apiSecret', 'token', 'password'] as const;
  const secrets = config.sources.flatMap((s) => fields.map((f) => (s as Record<string, unknown>)[f]).filter((v): v is string => typeof v === 'string'));
  if (config.auth?.jwt) secrets.push(config.auth.jwt.secret);
  const storeUrl = /^postgres/.test(config.store) ? new URL(config.store).password : '';
  if (storeUrl) secrets.push(decodeURIComponent(storeUrl));
  return secrets;
}

export async function createGateway(config: Config, overrides: GatewayOverrides = {}): Promise<Gateway> {
  const store = await openStore(config.store);
  const caches = await createCacheFactory(config.cache);
  // With Redis configured, vendor rate limits are shared by every gateway process using it.
  const limiters = /^rediss?:\/\//.test(config.cache) ? await createSharedLimiters(config.cache) : undefined;
  const adapters: Adapter[] = config.sources.map((source) =>
    createAdapter(source, { store, caches, ...(limiters ? { limiters } : {}), ...(overrides.onRequest ? { onRequest: overrides.onRequest } : {}) }),
  );
  const registry = new SourceRegistry(adapters);
  const migrations = new MigrationService(registry, store);
  const logger = overrides.logger ?? createLogger(secretsOf(config));
  const app = createApp({
    registry,
    ids: new IdResolver(registry),
    limits: config.limits,
    graphiql: config.graphiql,
    graphqlEndpoint: config.graphqlEndpoint,
    introspection: config.introspection,
    hideSuggestions: config.hideSuggestions,
    ...(config.auth ? { auth: config.auth } : {}),
    logger,
    migrations,
    people: new PersonIdentity(config.people.links),
    ready: () => store.ping(),
  });
  return {
    app,
    store,
    registry,
    close: async () => {
      await migrations.close();
      await Promise.all(adapters.map((a) => a.close?.()));
      await caches.close();
      await limiters?.close();
      await store.close();
    },
  };
}

export interface RunningGateway extends Gateway {
  server: Server;
  url: string;
}

export async function startGateway(config: Config, overrides: GatewayOverrides = {}): Promise<RunningGateway> {
  const gateway = await createGateway(config, overrides);
  const server = await listen(gateway.app, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  return {
    ...gateway,
    server,
    url: `http://${config.host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await gateway.close();
    },
  };
}
