/**
 * The demo world: every vendor simulator on loopback with its sample dataset, plus the
 * config entries that point sources at them. `npm run demo`, the fan-out tests and the
 * benches all start the same world, so what GraphiQL shows is what the tests check.
 */
import type { SimServer } from './kit.js';
import { startClockifySimulator, type ClockifySimulator } from './clockify/index.js';
import { startDesklogSimulator, type DesklogSimulator } from './desklog/index.js';
import { startDyzoSimulator, type DyzoSimulator } from './dyzo/index.js';
import { startGauzySimulator, type GauzySimulator } from './gauzy/index.js';
import { startTimeTrackSimulator, type TimeTrackSimulator } from './timetrack/index.js';

export type WorldVendor = 'clockify' | 'gauzy' | 'desklog' | 'dyzo' | 'timetrack';

export interface World {
  clockify?: ClockifySimulator;
  gauzy?: GauzySimulator;
  desklog?: DesklogSimulator;
  dyzo?: DyzoSimulator;
  timetrack?: TimeTrackSimulator;
  /** Config entries (as in timegate.config.json) for the simulators started. */
  sources: Array<Record<string, unknown>>;
  simulators(): SimServer[];
  close(): Promise<void>;
}

export async function startWorld(vendors: readonly WorldVendor[], options: { dataset?: 'demo' | 'empty' } = {}): Promise<World> {
  const dataset = options.dataset ?? 'demo';
  const world: World = {
    sources: [],
    simulators: () => [world.clockify, world.gauzy, world.desklog, world.dyzo, world.timetrack].filter((s): s is NonNullable<typeof s> => Boolean(s)),
    close: async () => {
      await Promise.all(world.simulators().map((s) => s.close()));
    },
  };
  if (vendors.includes('clockify')) {
    const sim = (world.clockify = await startClockifySimulator({ dataset }));
    world.sources.push({ key: 'demo-clockify', vendor: 'clockify', baseUrl: sim.baseUrl, reportsBaseUrl: sim.reportsBaseUrl, workspaceId: sim.workspaceId, apiKey: sim.apiKey });
  }
  if (vendors.includes('gauzy')) {
    const sim = (world.gauzy = await startGauzySimulator({ dataset }));
    world.sources.push({ key: 'demo-gauzy', vendor: 'gauzy', baseUrl: sim.baseUrl, token: sim.token, tenantId: sim.tenantId, organizationId: sim.organizationId });
  }
  if (vendors.includes('desklog')) {
    const sim = (world.desklog = await startDesklogSimulator({ dataset }));
    world.sources.push({ key: 'demo-desklog', vendor: 'desklog', baseUrl: sim.baseUrl, token: sim.token });
  }
  if (vendors.includes('dyzo')) {
    const sim = (world.dyzo = await startDyzoSimulator({ dataset }));
    world.sources.push({ key: 'demo-dyzo', vendor: 'dyzo', baseUrl: sim.baseUrl, apiKey: sim.apiKey, companyId: sim.companyId, employeeId: sim.employeeId });
  }
  if (vendors.includes('timetrack')) {
    const sim = (world.timetrack = await startTimeTrackSimulator({ dataset }));
    world.sources.push({ key: 'demo-timetrack', vendor: 'timetrack', baseUrl: sim.baseUrl, apiKey: sim.apiKey, apiSecret: sim.apiSecret, timeZone: sim.timeZone });
  }
  return world;
}
