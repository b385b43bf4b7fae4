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
import type { RequestInfo } from './http.js';
import { createNativeAdapter } from './native/index.js';

export interface AdapterDeps {
  /** The native store; only native sources need it. */
  store?: Store;
  /** Counts vendor requests per source (benches, tests). */
  onRequest?: (source: string, info: RequestInfo) => void;
}

export function createAdapter(source: SourceConfig, deps: AdapterDeps): Adapter {
  const onRequest = deps.onRequest ? (info: RequestInfo) => deps.onRequest!(source.key, info) : undefined;
  const vendorDeps = onRequest ? { onRequest } : {};
  switch (source.vendor) {
    case 'native':
      if (!deps.store) throw new Error(`Source "${source.key}": a native source needs the store`);
      return createNativeAdapter({ key: source.key, store: deps.store });
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
