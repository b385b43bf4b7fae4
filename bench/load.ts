/**
 * Load test: a steady request rate against a real gateway process for a fixed time, with
 * faults injected into one source, on loopback only. Prints throughput, latency, status
 * classes (there must be no 5xx) and the gateway's memory over the run (it must stay flat).
 *
 *   npx tsx bench/load.ts                       # 60 s at 50 req/s, dyzo failing
 *   npx tsx bench/load.ts --duration 20 --rate 100 --sick gauzy
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startGatewayProcess } from '../test/support/processes.js';
import { startWorld, type WorldVendor } from '../src/sandbox/world.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    rate: { type: 'string', default: '50' },
    sick: { type: 'string', default: 'dyzo' },
  },
});
const duration = Number(values.duration);
const rate = Number(values.rate);
const sick = values.sick as WorldVendor;

const world = await startWorld(['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack']);
const dir = mkdtempSync(join(tmpdir(), 'timegate-load-'));
const configFile = join(dir, 'timegate.config.json');
writeFileSync(configFile, JSON.stringify({ store: `sqlite:${join(dir, 'load.db')}`, cache: 'memory', sources: [{ key: 'local', vendor: 'native' }, ...world.sources.map((s) => ({ ...s, timeoutMs: 2000 }))] }));
const gateway = await startGatewayProcess(configFile, { TIMEGATE_LOG_LEVEL: 'error' });

const rssMb = () => {
  const status = readFileSync(`/proc/${gateway.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

// The sick source: slow, failing and resetting connections for the whole run.
const sickSim = world.simulators().find((s) => s.name === sick) ?? world.simulators()[0]!;
if (values.sick !== 'none') sickSim.injectFaults({ latencyMs: 300, serverErrors: 1_000_000 });

const samples: number[] = [rssMb()];
const sampler = setInterval(() => samples.push(rssMb()), 1000);
const query = JSON.stringify({ query: '{ timeEntries(first: 20) { edges { node { id duration user { name } project { name } } } } users(first: 20) { edges { node { name } } } }' });
const result = await autocannon({
  url: `${gateway.url}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: query,
  connections: 10,
  overallRate: rate,
  duration,
});
clearInterval(sampler);
samples.push(rssMb());

const third = Math.max(1, Math.floor(samples.length / 3));
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const lines = [
  `duration ${duration} s, target ${rate} req/s, 10 connections, sick source: ${sickSim.name} (300 ms latency + 5xx on every call)`,
  `requests ${result.requests.total} (${result.requests.average.toFixed(1)}/s), 2xx ${result['2xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}`,
  `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  `gateway RSS MB: start ${samples[0]!.toFixed(1)}, first third avg ${avg(samples.slice(0, third)).toFixed(1)}, last third avg ${avg(samples.slice(-third)).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`,
  `RSS every 10 s: ${samples.filter((_, i) => i % 10 === 0).map((m) => m.toFixed(0)).join(' ')}`,
  `vendor requests to the sick source: ${sickSim.requests.length} (circuit breaker pauses it after 5 failures for 10 s)`,
  `reproduce: npx tsx bench/load.ts --duration ${duration} --rate ${rate} --sick ${sick}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await gateway.stop();
await world.close();
process.exit(result['5xx'] > 0 ? 1 : 0);
