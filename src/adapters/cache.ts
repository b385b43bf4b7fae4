/**
 * The cross-request response cache under the vendor clients (ARCHITECTURE.md §6): one keyv
 * per source, so a write to one source drops only that source's entries. Memory by default;
 * a redis:// URL shares it between gateway processes. Reads are cached for the source's TTL;
 * any write through the same client clears the source's namespace, so the gateway never
 * serves what it has just changed.
 */
import Keyv from 'keyv';
import type { RedisConnection } from '../redis.js';

export interface ResponseCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Drops everything cached for this source. */
  invalidate(): Promise<void>;
}

export type CacheSetting = string; // 'memory' | 'none' | 'redis://…'

export interface CacheFactory {
  forSource(source: string, ttlSeconds: number): ResponseCache | undefined;
  close(): Promise<void>;
}

/**
 * `redis` is the process' shared Redis connection (src/redis.ts owns how it connects and
 * reconnects), required when the setting is a redis:// URL; the factory never closes it.
 */
export async function createCacheFactory(setting: CacheSetting, redis?: RedisConnection): Promise<CacheFactory> {
  if (setting === 'none') return { forSource: () => undefined, close: async () => undefined };
  const caches: Keyv[] = [];
  let makeStore: () => unknown = () => new Map();
  if (/^rediss?:\/\//.test(setting)) {
    if (!redis) throw new Error('createCacheFactory: a redis:// cache needs the Redis connection');
    const { default: KeyvRedis } = await import('@keyv/redis');
    // Redis being away is a cache miss (the connection fails commands at once), not an error.
    makeStore = () => new KeyvRedis(redis.client as never, { throwOnConnectError: false });
  }
  return {
    forSource(source, ttlSeconds) {
      if (ttlSeconds <= 0) return undefined;
      const keyv = new Keyv({ store: makeStore() as never, namespace: `timegate:${source}`, ttl: ttlSeconds * 1000 });
      // A cache outage must never fail a request: errors are swallowed and the vendor is asked.
      keyv.on('error', () => undefined);
      caches.push(keyv);
      return {
        get: async (key) => {
          try {
            return await keyv.get(key);
          } catch {
            return undefined;
          }
        },
        set: async (key, value) => {
          try {
            await keyv.set(key, value);
          } catch {
            // see above
          }
        },
        invalidate: async () => {
          try {
            await keyv.clear();
          } catch {
            // see above
          }
        },
      };
    },
    close: async () => {
      // A Redis store shares the process' connection, which its owner closes.
      if (!redis) await Promise.all(caches.map((c) => c.disconnect?.().catch(() => undefined)));
    },
  };
}
