/**
 * The one Redis connection of a gateway process, shared by the response cache and the
 * vendor rate limiters, and its policy towards a Redis that is away:
 *
 * - At start, Redis must answer within `connectTimeoutMs`, else the start fails with one
 *   line naming the URL (password masked): an operator who configured a shared cache and
 *   shared vendor limits gets them or a clear refusal, never a silent hang.
 * - Once up, a lost connection is retried for ever with a capped backoff. Meanwhile no
 *   command waits in a queue (`disableOfflineQueue`): it fails at once, the cache treats
 *   that as a miss and the limiters fall back to their in-process pacing, so requests keep
 *   being answered while Redis is gone, and the shared behaviour returns with Redis.
 */
import { createClient } from 'redis';
import type { Logger } from './log.js';
import { StartupError, reasonOf } from './startup-error.js';

export type RedisClient = ReturnType<typeof createClient>;

export interface RedisConnection {
  client: RedisClient;
  /** The URL with its password masked, for logs and errors. */
  describe: string;
  /** True while commands can be sent (connected and handshaken). */
  readonly ready: boolean;
  close(): Promise<void>;
}

export interface RedisOptions {
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** What the connection is for, named in errors ("cache"). */
  purpose?: string;
  connectTimeoutMs?: number;
}

/** `redis://user:secret@host` → `redis://user:***@host`; an unparsable URL is not echoed. */
export function maskRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'redis://(unparsable URL)';
  }
}

const MAX_BACKOFF_MS = 2_000;

export async function connectRedis(url: string, options: RedisOptions = {}): Promise<RedisConnection> {
  const describe = maskRedisUrl(url);
  const purpose = options.purpose ?? 'cache';
  let everReady = false;
  let down = false;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 5_000,
      // Before the first success, no retry: the start reports the failure. After it, retry for
      // ever; the backoff is capped so Redis' return is noticed within a couple of seconds.
      reconnectStrategy: (retries) => (everReady ? Math.min(100 * 2 ** retries, MAX_BACKOFF_MS) : false),
    },
  });
  // Every source's cache store listens on this one connection.
  client.setMaxListeners(0);
  client.on('error', (error: Error) => {
    // One warning per outage, not one per reconnect attempt.
    if (!everReady || down) return;
    down = true;
    options.logger?.warn({ redis: describe, err: error.message }, `Redis at ${describe} is unreachable; the ${purpose} runs without it until it returns`);
  });
  client.on('ready', () => {
    if (down) options.logger?.info({ redis: describe }, `Redis at ${describe} is back`);
    down = false;
    everReady = true;
  });
  const timeoutMs = options.connectTimeoutMs ?? 5_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    // connectTimeout bounds the TCP/TLS connect only; a server that accepts and then never
    // answers the handshake (not Redis, or a stalled one) would hold connect() for ever.
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    await Promise.race([client.connect(), silent]);
  } catch (error) {
    if (client.isOpen) client.destroy();
    throw new StartupError(
      `cannot connect to Redis at ${describe} (${purpose}): ${reasonOf(error)}`,
      `start Redis there, or set "cache" to "memory" or correct it`,
      { setting: 'cache', cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
  return {
    client,
    describe,
    get ready() {
      return client.isReady;
    },
    close: async () => {
      if (!client.isOpen) return;
      // close() lets pending commands finish; with Redis away there is nothing to wait for.
      if (client.isReady) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}
