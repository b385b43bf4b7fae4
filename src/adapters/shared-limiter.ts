/**
 * A per-source rate limit shared by every gateway process through Redis, so two instances
 * together still keep a vendor's limit (Clockify: 50 requests per second), not twice it.
 * A request that finds the window full waits until the window has room, then tries again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import type { RequestLimiter } from './http.js';

export interface SharedLimiters {
  forSource(source: string, perSecond: number): RequestLimiter;
  close(): Promise<void>;
}

export async function createSharedLimiters(redisUrl: string): Promise<SharedLimiters> {
  const client = createClient({ url: redisUrl });
  client.on('error', () => undefined);
  await client.connect();
  return {
    forSource(source, perSecond) {
      // Whole requests per one-second window; fractional limits are spread over longer windows.
      const windowSeconds = perSecond >= 1 ? 1 : Math.ceil(1 / perSecond);
      const points = Math.max(1, Math.floor(perSecond * windowSeconds));
      const limiter = new RateLimiterRedis({ storeClient: client, useRedisPackage: true, keyPrefix: 'timegate:rl', points, duration: windowSeconds });
      return {
        async acquire() {
          for (;;) {
            try {
              await limiter.consume(source, 1);
              return;
            } catch (rejection) {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              await sleep(Math.max(5, rejection.msBeforeNext));
            }
          }
        },
      };
    },
    close: async () => {
      await client.quit().catch(() => undefined);
    },
  };
}
