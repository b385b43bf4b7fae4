/**
 * A per-source rate limit shared by every gateway process through Redis, so two instances
 * together still keep a vendor's limit (Clockify: 50 requests per second), not twice it.
 *
 * It is an exact sliding window kept in a Redis sorted set and checked by one Lua script
 * using Redis' own clock: no process can start a request while `limit` others are in the
 * last window, whatever window boundaries the vendor counts with. A request holds its slot
 * from the moment it is allowed until its response is in (scored in the future while in
 * flight), and then for a window from that moment: a request that left late, because its
 * process was busy, is still counted from when the vendor saw it.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisConnection } from '../redis.js';
import { RateLimiter, type RequestLimiter } from './http.js';

const SLIDING_WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window + tonumber(ARGV[4]))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
`;

/** After the response: the slot counts for one more window from now. */
const SETTLE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
return 0
`;

const JITTER_MARGIN = 1.05;
/** Longest a slot is held for a request still in flight (a crashed process frees it after this). */
const IN_FLIGHT_MS = 30_000;

export interface SharedLimiters {
  forSource(source: string, perSecond: number): RequestLimiter;
  close(): Promise<void>;
}

/**
 * `redis` is the process' shared connection (src/redis.ts); it is closed by its owner. While
 * Redis is away, each source is paced by an in-process limiter at the same rate instead:
 * the vendor's limit is then kept per process, not across processes, but no request waits
 * on a Redis that is not there.
 */
export function createSharedLimiters(redis: RedisConnection): SharedLimiters {
  const { client } = redis;
  return {
    forSource(source, perSecond) {
      // Whole requests per window; a fractional limit gets a longer window.
      const limit = Math.max(1, Math.floor(perSecond));
      const windowMs = Math.ceil(((limit * 1000) / perSecond) * JITTER_MARGIN);
      const key = `timegate:rate:${source}`;
      const fallback = new RateLimiter(perSecond);
      return {
        async acquire() {
          const member = randomUUID();
          for (;;) {
            if (!redis.ready) return fallback.acquire();
            let wait: number;
            try {
              wait = Number(await client.eval(SLIDING_WINDOW, { keys: [key], arguments: [String(limit), String(windowMs), member, String(IN_FLIGHT_MS)] }));
            } catch {
              return fallback.acquire();
            }
            if (wait <= 0) return () => client.eval(SETTLE, { keys: [key], arguments: [member] }).then(() => undefined, () => undefined);
            // A slot held by a request in flight frees when its response is in, not at its
            // (future) score, so long waits are re-checked every so often.
            await sleep(Math.min(wait + 1, 100));
          }
        },
      };
    },
    close: async () => undefined,
  };
}
