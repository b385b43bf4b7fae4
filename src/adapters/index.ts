/**
 * Builds the adapter for one configured source. The only place that knows every vendor:
 * the rest of the gateway sees the Adapter contract.
 */
import type { SourceConfig } from '../config.js';
import type { Store } from '../store/connect.js';
import type { Adapter } from './contract.js';
import { createGauzyAdapter } from './gauzy/index.js';
import type { RequestInfo } from './http.js';
import { createNativeAdapter } from './native/index.js';

export interface AdapterDeps {
  store: Store;
  /** Counts vendor requests per source (benches, tests). */
  onRequest?: (source: string, info: RequestInfo) => void;
}

export function createAdapter(source: SourceConfig, deps: AdapterDeps): Adapter {
  const onRequest = deps.onRequest ? (info: RequestInfo) => deps.onRequest!(source.key, info) : undefined;
  const vendorDeps = onRequest ? { onRequest } : {};
  switch (source.vendor) {
    case 'native':
      return createNativeAdapter({ key: source.key, store: deps.store });
    case 'gauzy':
      return createGauzyAdapter(source, vendorDeps);
    default:
      throw new Error(`Source "${source.key}": the ${source.vendor} adapter is not available yet`);
  }
}
