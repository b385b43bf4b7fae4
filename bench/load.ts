/**
 * Load test: a steady request rate against a real gateway process for a fixed time, with
 * faults injected into one source, on loopback only. Prints throughput, latency, status
 * classes (there must be no 5xx) and the gateway's memory over the run (it must stay flat).
 *
 * One request in ten (--worst-every) is the most expensive query the cost limit still accepts
 * (issue #9: 30 aliases × `timeEntries(first: $n)` once ran 147 s and took 3.7 GB). The bench
 * checks through HTTP that the shape is accepted and that one more alias is refused, so it
 * follows the limits as they change. /healthz is timed once a second through the run: a
 * heavy query must not stall the process.
 *
 *   npx tsx bench/load.ts                       # 60 s at 50 req/s, dyzo failing
 *   npx tsx bench/load.ts --duration 20 --rate 100 --sick gauzy --worst-every 5
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
    'worst-every': { type: 'string', default: '10' },
  },
});
const duration = Number(values.duration);
const rate = Number(values.rate);
const sick = values.sick as WorldVendor;
const worstEvery = Math.max(1, Number(values['worst-every']));

/**
 * The most expensive shape under the default limits (limits.maxCost 20,000, maxPageSize 200,
 * maxAliases 30; src/security/cost.ts): each alias costs 200 × (1 + edges 1 × (1 + node
 * 1 × (1 + id 1))) = 800, so 25 aliases cost exactly 20,000, and 25 × 200 = 5,000 rows is
 * the most rows one accepted request can ask for. The page size comes as a variable, the form
 * the old cost rule did not see.
 */
const WORST_PAGE = 200;
const worstQuery = (aliases: number) =>
  JSON.stringify({
    query: `query Worst($n: Int) { ${Array.from({ length: aliases }, (_, i) => `a${i}: timeEntries(first: $n) { edges { node { id } } }`).join(' ')} }`,
    variables: { n: WORST_PAGE },
  });
const WORST_ALIASES = 25;

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

const post = async (body: string) => {
  const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> } };
};
const started = Date.now();
const accepted = await post(worstQuery(WORST_ALIASES));
const worstSeconds = (Date.now() - started) / 1000;
const oneMore = await post(worstQuery(WORST_ALIASES + 1));
const oneMoreCode = oneMore.body.errors?.[0]?.extensions?.code;
// Accepted means not refused by a limit; a slow source may still fail its part (UPSTREAM_*).
const refusedCodes = new Set(['COST_LIMIT_EXCEEDED', 'BAD_USER_INPUT', 'ALIAS_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED', 'DEPTH_LIMIT_EXCEEDED']);
const refusedAlone = accepted.body.errors?.some((e) => refusedCodes.has(e.extensions?.code ?? '')) ?? false;
if (accepted.status !== 200 || refusedAlone || oneMoreCode !== 'COST_LIMIT_EXCEEDED') {
  process.stderr.write(`the worst shape is not at the cost limit: ${WORST_ALIASES} aliases gave ${accepted.status} ${JSON.stringify(accepted.body.errors ?? [])}, one more gave ${oneMoreCode}\n`);
}

const samples: number[] = [rssMb()];
const sampler = setInterval(() => samples.push(rssMb()), 1000);
const healthz: number[] = [];
const prober = setInterval(() => {
  const sent = performance.now();
  void fetch(`${gateway.url}/healthz`).then(
    () => healthz.push(performance.now() - sent),
    () => healthz.push(Infinity),
  );
}, 1000);
const query = JSON.stringify({ query: '{ timeEntries(first: 20) { edges { node { id duration user { name } project { name } } } } users(first: 20) { edges { node { name } } } }' });
const mix = Array.from({ length: worstEvery }, (_, i) => ({ method: 'POST' as const, body: i === 0 ? worstQuery(WORST_ALIASES) : query }));
const result = await autocannon({
  url: `${gateway.url}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  requests: mix,
  connections: 10,
  overallRate: rate,
  duration,
  // autocannon's default (10 s) would count a slow answer as a timeout and hide its latency.
  timeout: 60,
});
clearInterval(sampler);
clearInterval(prober);
samples.push(rssMb());

const third = Math.max(1, Math.floor(samples.length / 3));
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const lines = [
  `duration ${duration} s, target ${rate} req/s, 10 connections, sick source: ${sickSim.name} (300 ms latency + 5xx on every call)`,
  `requests ${result.requests.total} (${result.requests.average.toFixed(1)}/s), 2xx ${result['2xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}`,
  `mix: 1 in ${worstEvery} requests is the worst accepted shape (${WORST_ALIASES} aliases × timeEntries(first: $n = ${WORST_PAGE}), cost 20,000; alone: ${worstSeconds.toFixed(2)} s, HTTP ${accepted.status}, ${refusedAlone ? 'REFUSED' : 'accepted'}, errors ${JSON.stringify([...new Set(accepted.body.errors?.map((e) => e.extensions?.code))])}; ${WORST_ALIASES + 1} aliases: ${oneMoreCode ?? oneMore.status})`,
  `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
  `gateway RSS MB: start ${samples[0]!.toFixed(1)}, first third avg ${avg(samples.slice(0, third)).toFixed(1)}, last third avg ${avg(samples.slice(-third)).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}`,
  `RSS every 10 s: ${samples.filter((_, i) => i % 10 === 0).map((m) => m.toFixed(0)).join(' ')}`,
  `vendor requests to the sick source: ${sickSim.requests.length} (circuit breaker pauses it after 5 failures for 10 s)`,
  `requests over 10 s: ${result.latency.max > 10_000 ? 'some (max above)' : 'none'}`,
  `/healthz during the run, ms: max ${Math.max(...healthz).toFixed(0)}, median ${[...healthz].sort((a, b) => a - b)[Math.floor(healthz.length / 2)]?.toFixed(0)} (${healthz.length} probes)`,
  `reproduce: npx tsx bench/load.ts --duration ${duration} --rate ${rate} --sick ${sick} --worst-every ${worstEvery}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await gateway.stop();
await world.close();
process.exit(result['5xx'] > 0 ? 1 : 0);
