/**
 * Vendor requests per GraphQL query: the design figure of ARCHITECTURE.md §6.
 *
 *   npm run bench                # every vendor in this build, cold then warm cache
 *   npx tsx bench/vendor-requests.ts --vendors gauzy,clockify
 *
 * Starts the demo world (simulators on loopback with their sample data) and a gateway on
 * them, runs fixed queries twice — cold (empty cache) and warm (same queries again) — and
 * prints how many requests each source received. Aim: requests grow with pages and distinct
 * parents, never with rows.
 */
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config.js';
import { createGateway } from '../src/main.js';
import { DEMO_VENDORS } from '../src/sandbox/demo-vendors.js';
import { seedNative } from '../src/sandbox/native/seed.js';
import { startWorld, type WorldVendor } from '../src/sandbox/world.js';

const { values } = parseArgs({ options: { vendors: { type: 'string' } } });
const vendors = (values.vendors?.split(',') as WorldVendor[] | undefined) ?? DEMO_VENDORS;

const QUERIES: Record<string, string> = {
  '200 entries + user, project, client, task': `{
    timeEntries(first: 200) { edges { node { id duration user { name } project { name client { name } } task { name } tags { name } } } }
  }`,
  '200 entries, ids only': `{ timeEntries(first: 200) { edges { node { id } } } }`,
  'report by user and project (Nov 2026)': `{
    report(input: { from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z", groupBy: [SOURCE, USER, PROJECT] }) { totalSeconds rows { user { name } project { name } totalSeconds } }
  }`,
  'projects with client': `{ projects(first: 100) { edges { node { name client { name } } } } }`,
};

const world = await startWorld(vendors);
const counts = new Map<string, number>();
const keys = world.sources.map((s) => s.key as string);

/** A fresh gateway per query, so "cold" really starts with empty caches. */
async function freshGateway() {
  const gateway = await createGateway(
    parseConfig({ store: 'memory', cache: 'memory', sources: [{ key: 'local', vendor: 'native' }, ...world.sources.map((s) => ({ ...s, cacheTtlSeconds: 300 }))] }),
    { onRequest: (source) => counts.set(source, (counts.get(source) ?? 0) + 1) },
  );
  await seedNative(gateway.registry.get('local'));
  return gateway;
}

async function run(gateway: Awaited<ReturnType<typeof freshGateway>>, query: string): Promise<{ rows: number; errors: number }> {
  const response = await gateway.app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: Record<string, { edges?: unknown[]; rows?: unknown[] }>; errors?: unknown[] };
  const first = Object.values(body.data ?? {})[0];
  return { rows: first?.edges?.length ?? first?.rows?.length ?? 0, errors: body.errors?.length ?? 0 };
}

const table: string[][] = [['query', 'pass', 'rows', 'errors', ...keys.map((k) => `${k} requests`), 'total']];
for (const [name, query] of Object.entries(QUERIES)) {
  const gateway = await freshGateway();
  for (const pass of ['cold', 'warm']) {
    counts.clear();
    const { rows, errors } = await run(gateway, query);
    const perSource = keys.map((k) => counts.get(k) ?? 0);
    table.push([name, pass, String(rows), String(errors), ...perSource.map(String), String(perSource.reduce((a, b) => a + b, 0))]);
  }
  await gateway.close();
}

const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const row of table) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
process.stdout.write(`\nvendors: ${vendors.join(', ')}; native store in memory, cache: memory (TTL 300 s).\nReproduce: npx tsx bench/vendor-requests.ts --vendors ${vendors.join(',')}\n`);
await world.close();
