/**
 * Single flight under TTL expiry (issue #12 item 2): when the cache TTL runs out while many
 * requests are in flight, the vendor should see one refill, not one per request.
 *
 *   npx tsx bench/single-flight.ts                  # 10 connections, 30 s, TTL 2 s
 *   npx tsx bench/single-flight.ts --duration 10 --ttl 2 --connections 10
 *
 * Starts the Clockify simulator (demo data) and a gateway on loopback with a memory cache of
 * the given TTL, measures the vendor requests one query costs cold (fresh gateway, empty
 * cache), then hammers a second fresh gateway with that query for the given time and counts
 * the simulator's requests in each TTL window. With single flight every window should cost
 * about the cold count (the refill after expiry); without it, up to `connections` times that.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parseConfig } from '../src/config.js';
import { startGateway } from '../src/main.js';
import { startWorld } from '../src/sandbox/world.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    ttl: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
  },
});
const duration = Number(values.duration);
const ttlSeconds = Number(values.ttl);
const connections = Number(values.connections);

const QUERY = '{ timeEntries(first: 50) { edges { node { id duration user { name } project { name } task { name } } } } }';

const world = await startWorld(['clockify']);
const sim = world.clockify!;
// The simulator's own 50 requests/s limit would turn a burst into 429s and retries, which
// hides the figure this bench is about (how many calls the gateway makes), so it is lifted.
sim.setRateLimit(0);
const source = { ...world.sources[0]!, cacheTtlSeconds: ttlSeconds };

const gatewayFor = () => startGateway(parseConfig({ store: 'memory', cache: 'memory', port: 0, sources: [source] }));

async function ask(url: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors?.length) throw new Error(`the bench query failed: ${JSON.stringify(body.errors)}`);
}

// Cold: one query on an empty cache.
let gateway = await gatewayFor();
sim.resetRequestLog();
await ask(gateway.url);
const cold = sim.requests.length;
await gateway.close();

// Under load: a fresh gateway, `connections` clients asking the same query back to back.
gateway = await gatewayFor();
sim.resetRequestLog();
const started = Date.now();
const result = await autocannon({
  url: `${gateway.url}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: QUERY }),
  connections,
  duration,
});
const ttlMs = ttlSeconds * 1000;
const windows = Math.ceil((Date.now() - started) / ttlMs);
const perWindow = Array.from({ length: windows }, () => 0);
for (const r of sim.requests) perWindow[Math.min(windows - 1, Math.floor((r.at - started) / ttlMs))]! += 1;
const total = sim.requests.length;
const sorted = [...perWindow].sort((a, b) => a - b);

const lines = [
  `query: ${QUERY}`,
  `Clockify simulator (demo data), cache: memory, TTL ${ttlSeconds} s, ${connections} connections, ${duration} s`,
  `cold count (one query, empty cache): ${cold} vendor requests`,
  `GraphQL requests: ${result.requests.total} (${result.requests.average.toFixed(1)}/s), non-2xx ${result.non2xx}, errors ${result.errors}`,
  `vendor requests: ${total} in ${windows} TTL windows = ${(total / windows).toFixed(1)} per window (${(total / windows / Math.max(1, cold)).toFixed(2)}× the cold count)`,
  `per window: min ${sorted[0]}, median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}; all: ${perWindow.join(' ')}`,
  `reproduce: npx tsx bench/single-flight.ts --duration ${duration} --ttl ${ttlSeconds} --connections ${connections}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await gateway.close();
await world.close();
