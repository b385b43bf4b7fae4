import { createGauzyAdapter } from '../../src/adapters/gauzy/index.js';
import { startGauzySimulator } from '../../src/sandbox/gauzy/index.js';
import type { ContractHarness } from './harness.js';

/** Ever Gauzy behind its simulator, signed in with a bearer token. */
export const gauzyHarness: ContractHarness = {
  name: 'gauzy',
  missingId: '00000000-0000-4000-8000-000000000000',
  unsupported: {},
  async start() {
    const sim = await startGauzySimulator({ dataset: 'demo' });
    const adapter = createGauzyAdapter({
      key: 'gauzy',
      vendor: 'gauzy',
      baseUrl: sim.baseUrl,
      token: sim.token,
      tenantId: sim.tenantId,
      organizationId: sim.organizationId,
      timeoutMs: 5000,
      cacheTtlSeconds: 0,
    });
    return { adapter, close: async () => { await adapter.close?.(); await sim.close(); } };
  },
};
