/**
 * A vendor source behind its simulator, built through the same config parsing and adapter
 * factory the gateway uses, with the vendor's written reasons for what it lacks.
 */
import { createAdapter } from '../../src/adapters/index.js';
import { parseConfig } from '../../src/config.js';
import { startWorld, type WorldVendor } from '../../src/sandbox/world.js';
import type { ContractHarness } from './harness.js';

export function vendorHarness(vendor: WorldVendor, details: Pick<ContractHarness, 'missingId' | 'unsupported'> & Partial<Pick<ContractHarness, 'patches'>>): ContractHarness {
  return {
    name: vendor,
    ...details,
    async start() {
      const world = await startWorld([vendor]);
      const config = parseConfig({ store: 'memory', sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
      const adapter = createAdapter(config.sources[0]!, {});
      return {
        adapter,
        close: async () => {
          await adapter.close?.();
          await world.close();
        },
      };
    },
  };
}
