/**
 * `npm run demo`: every vendor simulator with its sample data, a native store seeded with
 * the same people, and the gateway wired to all of them. Open GraphiQL and run the example:
 * one list of entries from every source.
 */
import { parseArgs } from 'node:util';
import { parseConfig } from '../config.js';
import { startGateway } from '../main.js';
import { describeStartupFailure } from '../startup-error.js';
import { seedNative } from './native/seed.js';
import { DEMO_VENDORS } from './demo-vendors.js';
import { startWorld } from './world.js';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p', default: '4000' } } });
const world = await startWorld(DEMO_VENDORS);
const config = parseConfig({
  port: Number(values.port),
  store: 'memory',
  sources: [{ key: 'local', vendor: 'native' }, ...world.sources],
});
const gateway = await startGateway(config).catch(async (error: unknown) => {
  // A port in use is one line saying so, not a stack trace (src/startup-error.ts).
  process.stderr.write(describeStartupFailure(error, null));
  await world.close();
  process.exit(1);
});
await seedNative(gateway.registry.get('local'));

process.stdout.write(`timegate demo on ${gateway.url}/graphql\n`);
for (const sim of world.simulators()) process.stdout.write(`  simulator ${sim.name.padEnd(10)} ${sim.url}\n`);
process.stdout.write(`  sources: ${config.sources.map((s) => s.key).join(', ')}\n  Ctrl-C stops everything.\n`);

const stop = async () => {
  await gateway.close();
  await world.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
