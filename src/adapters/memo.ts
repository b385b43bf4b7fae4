/**
 * A brief in-memory memo of whole-collection reads, shared by the vendor adapters that page
 * in memory (Gauzy, Desklog, Dyzo, TimeTrack): their vendors cannot sort the way the gateway
 * merges (or, for TimeTrack, resolve names), so pages are cut from whole collections, and
 * without a memo walking N pages would re-read everything N times.
 *
 * Values live `ttlSeconds` (0 = no memo: each call reads afresh); concurrent callers share one
 * load; a failed load is not remembered; writes through the adapter drop what they touch.
 *
 * The memo is a bounded LRU: at most `maxEntries` keys (the source's `cacheMaxEntries`), and
 * an expired key is purged on its own timer rather than when someone happens to read it
 * again, since keys made from ranges ("entries up to now") are rarely read twice.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { LRUCache } from 'lru-cache';

export interface Memo {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** A value still fresh, without loading. */
  peek<T>(key: string): Promise<T> | undefined;
  /** Drops keys equal to or starting with any prefix given (all keys when none is). */
  clear(...prefixes: string[]): void;
  /** Keys held right now (loads in flight included). */
  readonly size: number;
}

const DEFAULT_MEMO_MAX_ENTRIES = 10_000;

/**
 * The bound for memos created while `build` runs. Adapters create their memo inside their
 * factory, so the composition root sets the source's `cacheMaxEntries` around that call and
 * no vendor folder has to thread it through.
 */
const bounds = new AsyncLocalStorage<number>();
export function withMemoBound<T>(maxEntries: number, build: () => T): T {
  return bounds.run(maxEntries, build);
}

export function createMemo(ttlSeconds: number, now: () => number = Date.now, maxEntries: number = bounds.getStore() ?? DEFAULT_MEMO_MAX_ENTRIES): Memo {
  if (ttlSeconds <= 0) {
    return { get: (_key, load) => load(), peek: () => undefined, clear: () => undefined, size: 0 };
  }
  const held = new LRUCache<string, { value: Promise<unknown> }>({
    max: Math.max(1, maxEntries),
    ttl: ttlSeconds * 1000,
    ttlAutopurge: true,
    // An injected clock (tests) must be read on every check, not once a millisecond.
    ttlResolution: 0,
    perf: { now },
  });

  const fresh = (key: string): Promise<unknown> | undefined => held.get(key)?.value;

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = fresh(key);
      if (hit) return hit as Promise<T>;
      const value = load();
      const slot = { value: value as Promise<unknown> };
      held.set(key, slot);
      value.catch(() => {
        if (held.peek(key, { allowStale: true }) === slot) held.delete(key);
      });
      return value;
    },
    peek: <T>(key: string) => fresh(key) as Promise<T> | undefined,
    clear(...prefixes: string[]) {
      if (!prefixes.length) return held.clear();
      for (const key of [...held.keys()]) if (prefixes.some((p) => key.startsWith(p))) held.delete(key);
    },
    get size() {
      return held.size;
    },
  };
}
