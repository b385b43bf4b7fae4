/**
 * `npm run demo`: every vendor simulator with its sample data, a native store seeded with
 * the same people, and the gateway wired to all of them. Open GraphiQL and run the example:
 * one list of entries from every source. It also writes demo.config.json, so the CLI can be
 * tried against the same simulators while the demo runs.
 */
import { parseArgs } from 'node:util';
import { describeStartupFailure } from '../startup-error.js';
import { DEMO_CONFIG_FILE, startDemo } from './demo-setup.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '4000' },
    config: { type: 'string', short: 'c', default: DEMO_CONFIG_FILE },
  },
});
const demo = await startDemo({ port: Number(values.port), configPath: values.config }).catch((error: unknown) => {
  // A port in use is one line saying so, not a stack trace (src/startup-error.ts); startDemo
  // has already closed the simulators it started.
  process.stderr.write(describeStartupFailure(error, null));
  process.exit(1);
});

const out = (line: string) => process.stdout.write(`${line}\n`);
out(`timegate demo on ${demo.gateway.url}/graphql`);
for (const sim of demo.world.simulators()) out(`  simulator ${sim.name.padEnd(10)} ${sim.url}`);
out(`  sources: ${demo.config.sources.map((s) => s.key).join(', ')}`);
out(`  wrote ${demo.configPath} (simulator URLs and credentials, store ${demo.config.store}); it works while the demo runs.`);
out(`  try a migration from another terminal:\n    ${demo.migrateCommand}`);
out('  Ctrl-C stops everything.');

const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
