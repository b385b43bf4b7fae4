/**
 * The cross-request response cache under the vendor clients (ARCHITECTURE.md §6): one cache
 * per source, so a write to one source drops only that source's entries. Memory by default;
 * a redis:// URL shares it between gateway processes. Reads are cached for the source's TTL;
 * any write through the same client clears the source's namespace, so the gateway never
 * serves what it has just changed.
 *
 * In memory each source gets a bounded LRU (`cacheMaxEntries`) whose expired entries are
 * purged on their own timer: keyv's Map store only dropped an expired key when it was read
 * again, so keys nobody asks twice ("entries up to now") stayed resident for good. Redis
 * bounds and expires its keys itself, so that path stays on keyv.
 */
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import type { RedisConnection } from '../redis.js';

export interface ResponseCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Drops everything cached for this source. */
  invalidate(): Promise<void>;
  /** Entries held in this process (undefined when they live elsewhere, e.g. in Redis). */
  readonly size?: number;
}

export type CacheSetting = string; // 'memory' | 'none' | 'redis://…'

export interface CacheFactory {
  forSource(source: string, ttlSeconds: number, maxEntries?: number): ResponseCache | undefined;
  close(): Promise<void>;
}

/** Used when a caller names no bound; the config default is the same. */
export const DEFAULT_CACHE_MAX_ENTRIES = 10_000;

/** A bounded in-process cache: at most `maxEntries`, each gone (not just hidden) after `ttlMs`. */
export function createMemoryResponseCache(ttlMs: number, maxEntries: number = DEFAULT_CACHE_MAX_ENTRIES): ResponseCache {
  // Values are never null/undefined here (they are responses), which LRUCache requires anyway.
  const lru = new LRUCache<string, {}>({ max: Math.max(1, maxEntries), ttl: ttlMs, ttlAutopurge: true });
  return {
    get: async (key) => lru.get(key),
    set: async (key, value) => {
      if (value !== undefined && value !== null) lru.set(key, value);
    },
    invalidate: async () => lru.clear(),
    get size() {
      return lru.size;
    },
  };
}

/**
 * `redis` is the process' shared Redis connection (src/redis.ts owns how it connects and
 * reconnects), required when the setting is a redis:// URL; the factory never closes it.
 */
export async function createCacheFactory(setting: CacheSetting, redis?: RedisConnection): Promise<CacheFactory> {
  if (setting === 'none') return { forSource: () => undefined, close: async () => undefined };
  if (!/^rediss?:\/\//.test(setting)) {
    const memories: ResponseCache[] = [];
    return {
      forSource(_source, ttlSeconds, maxEntries) {
        if (ttlSeconds <= 0) return undefined;
        const cache = createMemoryResponseCache(ttlSeconds * 1000, maxEntries);
        memories.push(cache);
        return cache;
      },
      close: async () => {
        // Clearing also cancels the purge timers.
        await Promise.all(memories.map((m) => m.invalidate()));
      },
    };
  }
  if (!redis) throw new Error('createCacheFactory: a redis:// cache needs the Redis connection');
  const caches: Keyv[] = [];
  const { default: KeyvRedis } = await import('@keyv/redis');
  // Redis being away is a cache miss (the connection fails commands at once), not an error.
  const makeStore: () => unknown = () => new KeyvRedis(redis.client as never, { throwOnConnectError: false });
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
