/**
 * A short-lived memo of whole-collection reads (`cacheTtlSeconds`; 0 turns it off).
 *
 * Local paging (paging.ts) needs the whole sorted collection for every page, and the entry list
 * needs every task's logs; without a memo, walking N pages would repeat all those reads N times.
 * Concurrent readers of one key share a single load, a failed load is not kept, and every write
 * through the adapter clears the memo, so the gateway's own changes show at once.
 */
export interface Memo {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** The held value when fresh; never loads. */
  held<T>(key: string): Promise<T> | undefined;
  clear(): void;
}

export function createMemo(ttlSeconds: number, now: () => number = Date.now): Memo {
  const entries = new Map<string, { until: number; value: Promise<unknown> }>();

  const fresh = (key: string): Promise<unknown> | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now()) return entry.value;
    entries.delete(key);
    return undefined;
  };

  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = fresh(key);
      if (hit) return hit as Promise<T>;
      const value = load();
      if (ttlSeconds > 0) {
        const entry = { until: now() + ttlSeconds * 1000, value: value as Promise<unknown> };
        entries.set(key, entry);
        value.catch(() => {
          if (entries.get(key) === entry) entries.delete(key);
        });
      }
      return value;
    },
    held: <T>(key: string) => fresh(key) as Promise<T> | undefined,
    clear: () => entries.clear(),
  };
}
