/**
 * Builds the adapter for one configured source. The only place that knows every vendor:
 * the rest of the gateway sees the Adapter contract.
 */
import type { SourceConfig } from '../config.js';
import type { Store } from '../store/connect.js';
import type { Adapter } from './contract.js';
import { createClockifyAdapter } from './clockify/index.js';
import { createDesklogAdapter } from './desklog/index.js';
import { createDyzoAdapter } from './dyzo/index.js';
import { createGauzyAdapter } from './gauzy/index.js';
import { createTimeTrackAdapter } from './timetrack/index.js';
import type { CacheFactory } from './cache.js';
import { withMemoBound } from './memo.js';
import type { RequestInfo, VendorHttpDeps } from './http.js';
import type { SharedLimiters } from './shared-limiter.js';
import type { VendorObserver } from '../observability/metrics.js';
import { observeCache, vendorRequestHook } from '../observability/vendor-hooks.js';
import { createNativeAdapter } from './native/index.js';

export interface AdapterDeps {
  /** The native store; only native sources need it. */
  store?: Store;
  /** Counts vendor requests per source (benches, tests). */
  onRequest?: (source: string, info: RequestInfo) => void;
  /** Per-source response caches (memory or Redis). */
  caches?: CacheFactory;
  /** Rate limits shared between gateway processes (when the cache is Redis). */
  limiters?: SharedLimiters;
  /** Longest time entry the native store accepts (config `limits.maxEntrySeconds`). */
  maxEntrySeconds?: number;
  /** Metrics of vendor requests, cache lookups and circuit state. */
  observer?: VendorObserver;
}

/** Vendor limits that apply when a source sets none (vendor-docs: Clockify 50 requests/s). */
const DEFAULT_RATE_PER_SECOND: Partial<Record<SourceConfig['vendor'], number>> = { clockify: 50 };

export function createAdapter(source: SourceConfig, deps: AdapterDeps): Adapter {
  // Memos the vendor factory creates take the source's bound (see memo.ts).
  return source.vendor === 'native' ? buildAdapter(source, deps) : withMemoBound(source.cacheMaxEntries, () => buildAdapter(source, deps));
}

function buildAdapter(source: SourceConfig, deps: AdapterDeps): Adapter {
  const vendorDeps: VendorHttpDeps = { onRequest: vendorRequestHook(source.key, source.vendor, deps.onRequest, deps.observer) };
  if (source.vendor !== 'native') {
    const cache = deps.caches?.forSource(source.key, source.cacheTtlSeconds, source.cacheMaxEntries);
    if (cache) vendorDeps.cache = observeCache(source.key, cache, deps.observer);
    if (deps.observer) vendorDeps.watchBreaker = (read) => deps.observer!.breaker(source.key, read);
    const perSecond = source.rateLimitPerSecond ?? DEFAULT_RATE_PER_SECOND[source.vendor];
    if (deps.limiters && perSecond) vendorDeps.limiter = deps.limiters.forSource(source.key, perSecond);
    vendorDeps.breaker = { failureThreshold: source.breakerThreshold, cooldownMs: source.breakerCooldownMs };
  }
  switch (source.vendor) {
    case 'native':
      if (!deps.store) throw new Error(`Source "${source.key}": a native source needs the store`);
      return createNativeAdapter({ key: source.key, store: deps.store, ...(deps.maxEntrySeconds ? { maxEntrySeconds: deps.maxEntrySeconds } : {}) });
    case 'clockify':
      return createClockifyAdapter(source, vendorDeps);
    case 'gauzy':
      return createGauzyAdapter(source, vendorDeps);
    case 'desklog':
      return createDesklogAdapter(source, vendorDeps);
    case 'dyzo':
      return createDyzoAdapter(source, vendorDeps);
    case 'timetrack':
      return createTimeTrackAdapter(source, vendorDeps);
  }
}
