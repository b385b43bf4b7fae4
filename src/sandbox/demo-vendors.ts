import type { WorldVendor } from './world.js';

/** The vendors whose adapters are in this build: the demo and the fan-out tests start these. */
export const DEMO_VENDORS: WorldVendor[] = ['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack'];
