import { createNativeAdapter } from '../../src/adapters/native/index.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { openStore } from '../../src/store/connect.js';
import type { ContractHarness } from './harness.js';

/** The native store, seeded with the demo dataset through its own adapter. */
export const nativeHarness: ContractHarness = {
  name: 'native',
  missingId: '00000000-0000-4000-8000-000000000000',
  unsupported: {},
  async start() {
    const store = await openStore('memory');
    const adapter = createNativeAdapter({ key: 'local', store });
    await seedNative(adapter);
    return { adapter, close: () => store.close() };
  },
};
