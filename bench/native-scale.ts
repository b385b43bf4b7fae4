/**
 * Native store at scale (issues #12.3 and #14): reports and pages over many entries.
 *
 *   npx tsx bench/native-scale.ts [--entries 1000000] [--store sqlite|postgres] [--before]
 *
 * Seeds N entries (1,000 users, 200 projects, 2024–2025, a few running) with multi-row INSERTs
 * in one transaction, starts `timegate serve` as a child process over that store, and prints
 * the time of each query end to end over HTTP and the gateway's peak RSS (VmHWM of the child).
 * `--before` also runs the same reports through the in-process path (entries listed and summed
 * by the gateway, as before the SQL sums) in a child of its own, with its peak RSS.
 * PostgreSQL uses DATABASE_URL (a fresh schema per run, dropped at the end).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createNativeAdapter } from '../src/adapters/native/index.js';
import type { ReportDimension } from '../src/domain/enums.js';
import { buildReport } from '../src/gateway/report.js';
import { SourceRegistry } from '../src/gateway/sources.js';
import { openStore } from '../src/store/connect.js';
import { startGatewayProcess } from '../test/support/processes.js';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    store: { type: 'string', default: 'sqlite' },
    before: { type: 'boolean', default: false },
    'child-before': { type: 'string' },
  },
});

const USERS = 1000;
const PROJECTS = 200;
const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = Date.parse('2026-01-01T00:00:00Z');
const NOW = new Date('2025-12-31T12:00:00Z');

/** The reports measured; the schema limits a report to 366 days, so "two years" is two one-year reports. */
const REPORTS: Array<{ name: string; groupBy: ReportDimension[]; ranges: Array<[string, string]> }> = [
  { name: 'report [USER, DAY] 2025', groupBy: ['USER', 'DAY'], ranges: [['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z']] },
  { name: 'report [USER] 2025', groupBy: ['USER'], ranges: [['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z']] },
  {
    name: 'report [PROJECT] 2024+2025 (2 calls)',
    groupBy: ['PROJECT'],
    ranges: [['2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'], ['2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z']],
  },
];

const peakRssMb = (pid: number) => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A deterministic generator, so both stores get the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function freshPostgres(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const run = async (text: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await run(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => run(`drop schema ${schema} cascade`) };
}

async function seed(location: string, count: number) {
  const store = await openStore(location);
  const started = performance.now();
  const rnd = random(12);
  const created_at = new Date(FROM).toISOString();
  await store.db.transaction().execute(async (trx) => {
    const users = Array.from({ length: USERS }, (_, i) => ({ id: `user-${i}`, name: `User ${i}`, email: `user${i}@example.com`, role: 'MEMBER', status: 'ACTIVE', time_zone: null, created_at }));
    for (let i = 0; i < users.length; i += 500) await trx.insertInto('users').values(users.slice(i, i + 500)).execute();
    const projects = Array.from({ length: PROJECTS }, (_, i) => ({ id: `project-${i}`, name: `Project ${i}`, client_id: null, billable: i % 2, status: 'ACTIVE', color: null, estimate_seconds: null, created_at }));
    await trx.insertInto('projects').values(projects).execute();
    const batch = 1000;
    for (let i = 0; i < count; i += batch) {
      const rows = [];
      for (let j = i; j < Math.min(count, i + batch); j++) {
        const start = FROM + Math.floor(rnd() * (TO - FROM - 86_400_000));
        const running = j < 20; // a few running timers, one per user
        rows.push({
          id: `entry-${String(j).padStart(8, '0')}`,
          user_id: running ? `user-${j}` : `user-${Math.floor(rnd() * USERS)}`,
          project_id: `project-${Math.floor(rnd() * PROJECTS)}`,
          task_id: null,
          description: null,
          start_at: new Date(running ? NOW.getTime() - 3_600_000 * (j + 1) : start).toISOString(),
          end_at: running ? null : new Date(start + 900_000 + Math.floor(rnd() * 8 * 3_600_000)).toISOString(),
          billable: j % 3 === 0 ? 1 : 0,
          type: 'WORK',
          origin: 'MANUAL',
          created_at,
        });
      }
      await trx.insertInto('time_entries').values(rows).execute();
    }
  });
  const ms = performance.now() - started;
  await store.close();
  return ms;
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
  const ms = performance.now() - started;
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
  return { ms, data: body.data };
}

const REPORT_QUERY = `query($input: ReportInput!) { report(input: $input) { totalSeconds entryCount rows { date totalSeconds entryCount user { id } project { id } } } }`;
const PAGE_QUERY = `query($first: Int, $after: String) { timeEntries(first: $first, after: $after) {
  edges { node { id start end durationSeconds user { name } project { name } } } pageInfo { hasNextPage endCursor } } }`;

/** `--child-before <location>`: the in-process path, in a process of its own so its RSS is its own. */
async function childBefore(location: string) {
  const store = await openStore(location);
  const native = createNativeAdapter({ key: 'local', store, now: () => NOW });
  const { aggregateTimeEntries: _sqlSums, ...adapter } = native;
  const registry = new SourceRegistry([adapter]);
  for (const report of REPORTS) {
    const started = performance.now();
    let rows = 0;
    for (const [from, to] of report.ranges) {
      const result = await buildReport(registry, { from: new Date(from), to: new Date(to), timeZone: 'UTC', groupBy: report.groupBy, billable: null, targets: [{ adapter, filter: {} }], now: NOW });
      rows += result.rows.length;
    }
    console.log(`  before  ${report.name.padEnd(40)} ${seconds(performance.now() - started).padStart(9)}  ${rows} rows (in-process sums, no HTTP)`);
  }
  console.log(`  before  peak RSS of that process: ${peakRssMb(process.pid)} MB`);
  await store.close();
}

async function main() {
  if (values['child-before']) return childBefore(values['child-before']);
  const count = Number(values.entries);
  const kind = values.store === 'postgres' ? 'postgres' : 'sqlite';
  let location: string;
  let drop = async () => {};
  const dir = mkdtempSync(join(tmpdir(), 'timegate-scale-'));
  if (kind === 'postgres') {
    if (!process.env.DATABASE_URL) throw new Error('set DATABASE_URL for --store postgres');
    ({ url: location, drop } = await freshPostgres(process.env.DATABASE_URL));
  } else {
    location = `sqlite:${join(dir, 'scale.db')}`;
  }
  console.log(`native-scale on ${kind}: ${count.toLocaleString('en')} entries, ${USERS} users, ${PROJECTS} projects, 2024-01-01..2026-01-01`);
  console.log(`  seed (multi-row INSERTs of 1,000, one transaction): ${seconds(await seed(location, count))}`);

  const config = join(dir, 'timegate.config.json');
  writeFileSync(config, JSON.stringify({ store: location, sources: [{ key: 'local', vendor: 'native' }] }));
  const gateway = await startGatewayProcess(config);
  try {
    for (const report of REPORTS) {
      let total = 0;
      let rows = 0;
      for (const [from, to] of report.ranges) {
        const { ms, data } = await post(gateway.url, REPORT_QUERY, { input: { from, to, groupBy: report.groupBy } });
        total += ms;
        rows += data.report.rows.length;
      }
      console.log(`  after   ${report.name.padEnd(40)} ${seconds(total).padStart(9)}  ${rows} rows (HTTP end to end)`);
    }
    let after: string | null = null;
    for (let page = 1; page <= 100; page++) {
      const { ms, data } = await post(gateway.url, PAGE_QUERY, { first: 200, after });
      if (page === 1 || page === 100) console.log(`  after   timeEntries(first: 200) page ${String(page).padEnd(17)} ${`${ms.toFixed(1)} ms`.padStart(9)}  ${data.timeEntries.edges.length} entries`);
      after = data.timeEntries.pageInfo.endCursor;
    }
    console.log(`  after   peak RSS of the gateway: ${peakRssMb(gateway.child.pid!)} MB`);
  } finally {
    await gateway.stop();
  }

  if (values.before) {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--child-before', location], { stdio: 'inherit' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
  await drop();
}

await main();
