/**
 * Short-lived memo of whole-collection reads. Every list page needs the full, sorted collection
 * (see paging.ts); without this, walking N pages would re-read the collection N times. Entries
 * live `cacheTtlSeconds` (0 disables the memo) and every write through this adapter clears them,
 * so the gateway's own changes are visible at once. Concurrent readers share one load.
 */
export interface Snapshots {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** A fresh value if one is held; never loads. */
  peek<T>(key: string): Promise<T> | undefined;
  clear(): void;
}

export function createSnapshots(ttlSeconds: number, now: () => number = Date.now): Snapshots {
  const held = new Map<string, { expires: number; value: Promise<unknown> }>();
  const fresh = (key: string) => {
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
        const entry = { expires: now() + ttlSeconds * 1000, value: value as Promise<unknown> };
        held.set(key, entry);
        // A failed read is not remembered.
        value.catch(() => {
          if (held.get(key) === entry) held.delete(key);
        });
      }
      return value;
    },
    peek: <T>(key: string) => fresh(key) as Promise<T> | undefined,
    clear: () => held.clear(),
  };
}
