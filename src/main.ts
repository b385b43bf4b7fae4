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
import { connectRedis } from './redis.js';
import { drainServer, type DrainResult } from './drain.js';
import { StartupError } from './startup-error.js';
import { PersonIdentity } from './domain/person.js';

export interface Gateway {
  app: ReturnType<typeof createApp>;
  store: Store;
  registry: SourceRegistry;
  logger: Logger;
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
  for (const url of [config.store, config.cache]) {
    if (!/^(postgres|rediss?):/.test(url) || !URL.canParse(url)) continue;
    const { password } = new URL(url);
    if (password) secrets.push(decodeURIComponent(password));
  }
  if (config.metrics.token) secrets.push(config.metrics.token);
  return secrets;
}

export async function createGateway(config: Config, overrides: GatewayOverrides = {}): Promise<Gateway> {
  const logger = overrides.logger ?? createLogger(secretsOf(config));
  const store = await openStore(config.store, { logger });
  // With Redis configured, one connection serves the cache and the vendor rate limits, which
  // are then shared by every gateway process using it.
  const redis = /^rediss?:\/\//.test(config.cache) ? await connectRedis(config.cache, { logger }).catch(closing(store)) : undefined;
  const caches = await createCacheFactory(config.cache, redis);
  const limiters = redis ? createSharedLimiters(redis) : undefined;
  // Loaded here, not at the top: prom-client is only needed once a gateway is built (not for --help).
  const { createMetrics } = await import('./observability/metrics.js');
  const metrics = createMetrics();
  const adapters: Adapter[] = config.sources.map((source) =>
    createAdapter(source, { store, caches, observer: metrics.vendor, maxEntrySeconds: config.limits.maxEntrySeconds, ...(limiters ? { limiters } : {}), ...(overrides.onRequest ? { onRequest: overrides.onRequest } : {}) }),
  );
  const registry = new SourceRegistry(adapters);
  const migrations = new MigrationService(registry, store);
  metrics.watchMigrations(() => migrations.running());
  const app = createApp({
    registry,
    ids: new IdResolver(registry),
    limits: config.limits,
    graphiql: config.graphiql,
    graphqlEndpoint: config.graphqlEndpoint,
    introspection: config.introspection,
    hideSuggestions: config.hideSuggestions,
    ...(config.auth ? { auth: config.auth } : {}),
    ...(config.cors ? { cors: config.cors } : {}),
    metrics: { collector: metrics, config: config.metrics },
    logger,
    migrations,
    people: new PersonIdentity(config.people.links),
    ready: () => store.ping(),
  });
  return {
    app,
    store,
    registry,
    logger,
    close: async () => {
      await migrations.close();
      await Promise.all(adapters.map((a) => a.close?.()));
      await caches.close();
      await limiters?.close();
      await redis?.close();
      await store.close();
    },
  };
}

/** On a failed start, closes what was already opened (so the process can exit) and rethrows. */
function closing(...opened: Array<{ close(): Promise<void> }>) {
  return async (error: unknown): Promise<never> => {
    await Promise.all(opened.map((o) => o.close().catch(() => undefined)));
    throw error;
  };
}

export interface RunningGateway extends Omit<Gateway, 'close'> {
  server: Server;
  url: string;
  /**
   * Stops accepting, lets requests in flight finish for up to `graceMs` (none by default),
   * then closes the store, Redis and the vendor clients.
   */
  close(graceMs?: number, interrupt?: Promise<unknown>): Promise<DrainResult>;
}

export async function startGateway(config: Config, overrides: GatewayOverrides = {}): Promise<RunningGateway> {
  const gateway = await createGateway(config, overrides);
  const server = await listen(gateway.app, config.port, config.host).catch(async (error: NodeJS.ErrnoException) => {
    await gateway.close().catch(() => undefined);
    throw listenFailure(error, config);
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...gateway,
    server,
    url: `http://${config.host}:${port}`,
    close: async (graceMs = 0, interrupt) => {
      const drained = await drainServer(server, graceMs, interrupt);
      await gateway.close();
      return drained;
    },
  };
}

function listenFailure(error: NodeJS.ErrnoException, config: Config): Error {
  const where = `${config.host}:${config.port}`;
  if (error.code === 'EADDRINUSE') {
    return new StartupError(`port ${config.port} on ${config.host} is already in use`, 'stop the process using it, or choose another port with --port or "port" in the config', { cause: error });
  }
  if (error.code === 'EACCES') {
    return new StartupError(`not allowed to listen on ${where}`, 'choose a port above 1023 with --port or "port" in the config', { cause: error });
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new StartupError(`cannot listen on ${where}: no such address on this machine`, 'choose an address of this machine with --host', { cause: error });
  }
  return error;
}
