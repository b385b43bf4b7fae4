/**
 * A brief in-memory memo of whole-collection reads, shared by the vendor adapters that page
 * in memory (Gauzy, Desklog, Dyzo, TimeTrack): their vendors cannot sort the way the gateway
 * merges (or, for TimeTrack, resolve names), so pages are cut from whole collections, and
 * without a memo walking N pages would re-read everything N times.
 *
 * Values live `ttlSeconds` (0 = no memo: each call reads afresh); concurrent callers share one
 * load; a failed load is not remembered; writes through the adapter drop what they touch.
 */
export interface Memo {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** A value still fresh, without loading. */
  peek<T>(key: string): Promise<T> | undefined;
  /** Drops keys equal to or starting with any prefix given (all keys when none is). */
  clear(...prefixes: string[]): void;
}

export function createMemo(ttlSeconds: number, now: () => number = Date.now): Memo {
  const held = new Map<string, { expires: number; value: Promise<unknown> }>();

  const fresh = (key: string): Promise<unknown> | undefined => {
    const hit = held.get(key);
    if (hit && hit.expires > now()) return hit.value;
    if (hit) held.delete(key);
    return undefined;
  };

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = fresh(key);
      if (hit) return hit as Promise<T>;
      const value = load();
      if (ttlSeconds > 0) {
        const slot = { expires: now() + ttlSeconds * 1000, value: value as Promise<unknown> };
        held.set(key, slot);
        value.catch(() => {
          if (held.get(key) === slot) held.delete(key);
        });
      }
      return value;
    },
    peek: <T>(key: string) => fresh(key) as Promise<T> | undefined,
    clear(...prefixes: string[]) {
      if (!prefixes.length) return held.clear();
      for (const key of [...held.keys()]) if (prefixes.some((p) => key.startsWith(p))) held.delete(key);
    },
  };
}
