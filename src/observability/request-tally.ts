/**
 * What one GraphQL request cost downstream: vendor requests and the sources they went to.
 * The tally rides in an AsyncLocalStorage entered around the request's handling, so the
 * vendor clients (shared by every request) add to the right request without being told.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestTally {
  vendorRequests: number;
  /** Source keys reached through the network or the response cache. */
  sources: Set<string>;
}

const storage = new AsyncLocalStorage<RequestTally>();

export const newTally = (): RequestTally => ({ vendorRequests: 0, sources: new Set() });

export function runWithTally<T>(tally: RequestTally, work: () => T): T {
  return storage.run(tally, work);
}

/** Counts one vendor attempt for the request in progress (none outside a request, e.g. a migration). */
export function tallyVendorRequest(source: string): void {
  const tally = storage.getStore();
  if (!tally) return;
  tally.vendorRequests += 1;
  tally.sources.add(source);
}

export function tallySource(source: string): void {
  storage.getStore()?.sources.add(source);
}
