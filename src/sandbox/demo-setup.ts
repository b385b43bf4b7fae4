/**
 * What `npm run demo` sets up, as a function the tests call too: every vendor simulator with
 * its sample data, a native source in a file-backed store, the gateway on all of them, and
 * `demo.config.json`, so the CLI can work against the same running simulators
 * (`timegate migrate --config demo.config.json …`).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseConfig } from '../config.js';
import { startGateway, type RunningGateway } from '../main.js';
import { seedNative } from './native/seed.js';
import { DEMO_VENDORS, startRunningTimersRecently } from './demo-vendors.js';
import { startWorld, type World } from './world.js';

export interface DemoOptions {
  port?: number;
  /** Where the config for the CLI is written. */
  configPath?: string;
  /** The native store's file, relative to the config file's folder. */
  storeFile?: string;
  now?: Date;
}

export interface Demo {
  gateway: RunningGateway;
  world: World;
  configPath: string;
  /** The config as written: simulator URLs and credentials, the store, the sources. */
  config: { store: string; sources: Array<Record<string, unknown>> };
  /** A command to try against the running demo, printed for the user. */
  migrateCommand: string;
  close(): Promise<void>;
}

export const DEMO_CONFIG_FILE = 'demo.config.json';
const DEMO_STORE_FILE = './data/demo.db';

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const configPath = resolve(options.configPath ?? DEMO_CONFIG_FILE);
  const storeFile = options.storeFile ?? DEMO_STORE_FILE;
  const world = await startWorld(DEMO_VENDORS);
  startRunningTimersRecently(world, options.now);
  const config = { store: `sqlite:${storeFile}`, sources: [{ key: 'local', vendor: 'native' }, ...world.sources] };

  // The gateway opens the very store the config names, resolved from the config's folder
  // (as the CLI does), so what a migration writes into `local` shows in GraphiQL.
  const gateway = await startGateway(parseConfig({ ...config, store: `sqlite:${resolve(dirname(configPath), storeFile)}`, port: options.port ?? 4000 })).catch(async (error: unknown) => {
    await world.close();
    throw error;
  });
  const local = gateway.registry.get('local');
  // The store outlives the demo: seed it once, not on every start.
  const { items } = await local.entities.user!.list!({}, { token: null, size: 1 });
  if (items.length === 0) await seedNative(local);

  // Written once everything runs, so a file on disk always names live simulators. It holds
  // their credentials: readable by its owner only.
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });

  const from = world.sources[0]?.key ?? 'demo-clockify';
  // The path as the user gave it, so the printed command works from where they ran the demo.
  const shown = options.configPath ?? DEMO_CONFIG_FILE;
  return {
    gateway,
    world,
    configPath,
    config,
    migrateCommand: `npx timegate migrate --config ${shown} --from ${String(from)} --to local --dry-run`,
    close: async () => {
      await gateway.close();
      await world.close();
    },
  };
}
