/** Every source the contract suite runs against. */
import type { ContractHarness } from './harness.js';
import { gauzyHarness } from './gauzy.harness.js';
import { nativeHarness } from './native.harness.js';

export const HARNESSES: ContractHarness[] = [nativeHarness, gauzyHarness];
