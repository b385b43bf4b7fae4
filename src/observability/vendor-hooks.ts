/**
 * The small callbacks that connect one source's HTTP client to the observers: the test/bench
 * request counter, the metrics and the per-request tally of the request log.
 */
import type { ResponseCache } from '../adapters/cache.js';
import type { RequestInfo } from '../adapters/http.js';
import type { VendorObserver } from './metrics.js';
import { tallySource, tallyVendorRequest } from './request-tally.js';

export function vendorRequestHook(
  source: string,
  vendor: string,
  count: ((source: string, info: RequestInfo) => void) | undefined,
  observer: VendorObserver | undefined,
): (info: RequestInfo) => void {
  return (info) => {
    count?.(source, info);
    observer?.request(source, vendor, info);
    tallyVendorRequest(source);
  };
}

/** The same cache, reporting each lookup as a hit or a miss. */
export function observeCache(source: string, cache: ResponseCache, observer: VendorObserver | undefined): ResponseCache {
  return {
    async get(key) {
      const value = await cache.get(key);
      observer?.cache(source, value !== undefined);
      if (value !== undefined) tallySource(source);
      return value;
    },
    set: (key, value) => cache.set(key, value),
    invalidate: () => cache.invalidate(),
  };
}
