/**
 * Issue #12.3: the native store sums reports in SQL (adapters/native/report.ts). The reference
 * is the gateway's in-process path (gateway/report.ts over listed entries), run on the same
 * store by the same adapter with its SQL hook taken away: both must give the same rows and
 * totals, on randomized data around America/Santiago's DST changes (one skips midnight),
 * with running entries, entries crossing midnights, tags, clients and PERSON merging users.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNativeAdapter } from '../../src/adapters/native/index.js';
import type { Adapter } from '../../src/adapters/contract.js';
import type { ReportDimension } from '../../src/domain/enums.js';
import { buildReport, type ReportResult } from '../../src/gateway/report.js';
import { SourceRegistry } from '../../src/gateway/sources.js';
import { openStore, type Store } from '../../src/store/connect.js';
import { startGatewayProcess, type GatewayProcess } from '../support/processes.js';
import { TEST_STORES } from '../support/stores.js';

/** A small deterministic generator: a failure replays with the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const NOW = new Date('2024-09-10T15:20:30.250Z');
const WINDOW_START = Date.parse('2024-03-25T00:00:00Z');
const WINDOW_END = Date.parse('2024-09-10T00:00:00Z');

async function seed(store: Store, rnd: () => number) {
  const db = store.db;
  const created_at = new Date(0).toISOString();
  const users = Array.from({ length: 4 }, (_, i) => ({ id: `u${i}`, name: `User ${i}`, email: `u${i}@example.com`, role: 'MEMBER', status: 'ACTIVE', time_zone: null, created_at }));
  await db.insertInto('users').values(users).execute();
  await db.insertInto('clients').values([{ id: 'c0', name: 'C0', email: null, archived: 0, created_at }]).execute();
  const projects = Array.from({ length: 3 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, client_id: i === 2 ? null : 'c0', billable: 0, status: 'ACTIVE', color: null, estimate_seconds: null, created_at }));
  await db.insertInto('projects').values(projects).execute();
  await db.insertInto('tasks').values([{ id: 't0', name: 'T0', description: null, project_id: 'p0', status: 'OPEN', priority: null, estimate_seconds: null, created_at }]).execute();
  await db.insertInto('tags').values([0, 1, 2].map((i) => ({ id: `g${i}`, name: `G${i}`, created_at }))).execute();
  const entries = [];
  const links: Array<{ time_entry_id: string; tag_id: string }> = [];
  for (let i = 0; i < 400; i++) {
    // Around the DST changes (2024-04-07 back, 2024-09-08 forward at midnight) more densely.
    const base = i % 2 ? Date.parse(i % 4 === 1 ? '2024-04-05T00:00:00Z' : '2024-09-06T00:00:00Z') : WINDOW_START;
    const span = i % 2 ? 4 * 86_400_000 : WINDOW_END - WINDOW_START;
    const start = Math.floor(base + rnd() * span);
    // Mostly hours, some across several midnights; odd milliseconds so rounding is exercised.
    const length = Math.floor(rnd() < 0.2 ? rnd() * 3 * 86_400_000 : rnd() * 10 * 3_600_000) + 1;
    const project = rnd() < 0.15 ? null : `p${Math.floor(rnd() * 3)}`;
    const entry = {
      id: `e${String(i).padStart(4, '0')}`,
      user_id: rnd() < 0.05 ? null : `u${Math.floor(rnd() * 4)}`,
      project_id: project,
      task_id: project === 'p0' && rnd() < 0.5 ? 't0' : null,
      description: null,
      start_at: new Date(start).toISOString(),
      end_at: new Date(start + length).toISOString(),
      billable: rnd() < 0.5 ? 1 : 0,
      type: 'WORK',
      origin: 'MANUAL',
      created_at,
    };
    entries.push(entry);
    for (const tag of ['g0', 'g1', 'g2']) if (rnd() < 0.3) links.push({ time_entry_id: entry.id, tag_id: tag });
  }
  // Running entries (one per user at most): one began before the window, one crosses midnights up to NOW.
  entries.push({ ...entries[0]!, id: 'run0', user_id: 'u0', start_at: '2024-03-01T10:00:00.123Z', end_at: null });
  entries.push({ ...entries[0]!, id: 'run1', user_id: 'u1', project_id: 'p1', task_id: null, start_at: '2024-09-07T22:59:59.999Z', end_at: null });
  for (let i = 0; i < entries.length; i += 100) await db.insertInto('time_entries').values(entries.slice(i, i + 100)).execute();
  for (let i = 0; i < links.length; i += 100) await db.insertInto('time_entry_tags').values(links.slice(i, i + 100)).execute();
}

/** Rows in one order whatever order each path produced ties in. */
function canonical(report: ReportResult) {
  const rows = report.rows.map((r) => JSON.stringify(r)).sort();
  return { totalSeconds: report.totalSeconds, billableSeconds: report.billableSeconds, entryCount: report.entryCount, rows };
}

const GROUPINGS: ReportDimension[][] = [
  [],
  ['USER'],
  ['USER', 'DAY'],
  ['PROJECT', 'TASK', 'DAY'],
  ['CLIENT', 'WEEK'],
  ['TAG', 'MONTH'],
  ['TAG', 'USER', 'DAY'],
  ['SOURCE', 'DAY'],
  ['PERSON', 'DAY'],
  ['PERSON', 'PROJECT'],
];

const RANGES: Array<[string, string]> = [
  ['2024-04-01T00:00:00Z', '2024-09-10T00:00:00Z'],
  ['2024-04-06T13:17:00.500Z', '2024-04-09T02:00:00Z'],
  ['2024-09-07T00:00:00Z', '2024-09-11T00:00:00Z'],
];

describe.each(TEST_STORES)('native report in SQL equals the in-process report ($name)', (testStore) => {
  let store: Store;
  let sqlAdapter: Adapter;
  let listAdapter: Adapter;

  beforeAll(async () => {
    store = await openStore(await testStore.url());
    await seed(store, random(20240407));
    sqlAdapter = createNativeAdapter({ key: 'local', store, now: () => NOW });
    // The reference: the same adapter without its SQL sums, so the gateway lists and sums entries.
    const { aggregateTimeEntries: _dropped, ...rest } = sqlAdapter;
    listAdapter = rest;
  });
  afterAll(async () => {
    await store?.close();
  });

  // Users u0 and u1 are one person; the others their own.
  const personOf = async () => (_source: string, userId: string) => (userId === 'u1' ? 'u0' : userId);

  const run = (adapter: Adapter, groupBy: ReportDimension[], range: [string, string], timeZone: string, billable: boolean | null, filter = {}) =>
    buildReport(new SourceRegistry([adapter]), {
      from: new Date(range[0]),
      to: new Date(range[1]),
      timeZone,
      groupBy,
      billable,
      targets: [{ adapter, filter }],
      now: NOW,
      personOf,
    });

  for (const timeZone of ['America/Santiago', 'UTC', 'Asia/Kolkata']) {
    for (const groupBy of GROUPINGS) {
      it(`groupBy [${groupBy.join(', ')}] in ${timeZone}`, async () => {
        for (const range of RANGES) {
          const expected = await run(listAdapter, groupBy, range, timeZone, null);
          const actual = await run(sqlAdapter, groupBy, range, timeZone, null);
          expect(canonical(actual)).toEqual(canonical(expected));
          expect(expected.entryCount).toBeGreaterThan(0);
        }
      });
    }
  }

  it('filters (users, projects, billable) the same way', async () => {
    for (const billable of [true, false]) {
      const filter = { userIds: ['u0', 'u2'], projectIds: ['p0', 'p1'] };
      const expected = await run(listAdapter, ['USER', 'PROJECT', 'DAY'], RANGES[0]!, 'America/Santiago', billable, filter);
      const actual = await run(sqlAdapter, ['USER', 'PROJECT', 'DAY'], RANGES[0]!, 'America/Santiago', billable, filter);
      expect(canonical(actual)).toEqual(canonical(expected));
      expect(expected.rows.length).toBeGreaterThan(0);
    }
  });

  it('sums in the database: the SQL path lists no entries', async () => {
    const registry = new SourceRegistry([sqlAdapter]);
    let listed = 0;
    const list = sqlAdapter.entities.timeEntry!.list!;
    const counting: Adapter = { ...sqlAdapter, entities: { ...sqlAdapter.entities, timeEntry: { ...sqlAdapter.entities.timeEntry!, list: async (f, p) => (listed++, list(f, p)) } } };
    const report = await buildReport(registry, { from: new Date(RANGES[0]![0]), to: new Date(RANGES[0]![1]), timeZone: 'UTC', groupBy: ['USER'], billable: null, targets: [{ adapter: counting, filter: {} }], now: NOW });
    expect(report.entryCount).toBeGreaterThan(0);
    expect(listed).toBe(0);
  });
});

/**
 * The same through the public surface: entries written and a report read over GraphQL from
 * `timegate serve` (a child process) on a SQLite file; the reference is the in-process path
 * run on that same file.
 */
describe('native report over HTTP equals the in-process report', () => {
  let gateway: GatewayProcess;
  let file: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-report-sql-'));
    file = join(dir, 'gate.db');
    const config = join(dir, 'timegate.config.json');
    writeFileSync(config, JSON.stringify({ store: `sqlite:${file}`, sources: [{ key: 'local', vendor: 'native' }] }));
    gateway = await startGatewayProcess(config);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  async function gql(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  it('[USER, DAY] in America/Santiago across its DST changes, entries crossing midnight', async () => {
    const users: string[] = [];
    for (const i of [0, 1]) {
      const data = await gql('mutation($input: CreateUserInput!) { createUser(input: $input) { ... on CreateUserSuccess { user { id } } } }', { input: { source: 'local', name: `U${i}`, email: `http-u${i}@example.com` } });
      users.push(data.createUser.user.id);
    }
    const rnd = random(7);
    for (let i = 0; i < 40; i++) {
      const base = Date.parse(i % 2 ? '2024-04-05T00:00:00Z' : '2024-09-06T00:00:00Z');
      const start = Math.floor(base + rnd() * 4 * 86_400_000);
      const end = start + Math.floor(rnd() * 30 * 3_600_000) + 1;
      const data = await gql('mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename } }', {
        input: { source: 'local', userId: users[i % 2], start: new Date(start).toISOString(), end: new Date(end).toISOString(), billable: rnd() < 0.5 },
      });
      expect(data.createTimeEntry.__typename).toBe('CreateTimeEntrySuccess');
    }
    const input = { from: '2024-04-01T00:00:00Z', to: '2024-09-12T00:00:00Z', timeZone: 'America/Santiago', groupBy: ['USER', 'DAY'] };
    const { report } = await gql('query($input: ReportInput!) { report(input: $input) { totalSeconds billableSeconds entryCount rows { user { remoteId } date totalSeconds billableSeconds entryCount } } }', { input });
    const actual = report.rows.map((r: any) => JSON.stringify([r.user?.remoteId ?? null, r.date, r.totalSeconds, r.billableSeconds, r.entryCount])).sort();

    const store = await openStore(`sqlite:${file}`);
    try {
      const { aggregateTimeEntries: _sql, ...adapter } = createNativeAdapter({ key: 'local', store });
      const expected = await buildReport(new SourceRegistry([adapter]), {
        from: new Date(input.from), to: new Date(input.to), timeZone: input.timeZone, groupBy: ['USER', 'DAY'], billable: null, targets: [{ adapter, filter: {} }], now: new Date(),
      });
      expect(actual).toEqual(expected.rows.map((r) => JSON.stringify([r.userId, r.date, r.totalSeconds, r.billableSeconds, r.entryCount])).sort());
      expect([report.totalSeconds, report.billableSeconds, report.entryCount]).toEqual([expected.totalSeconds, expected.billableSeconds, expected.entryCount]);
      expect(expected.entryCount).toBe(40);
    } finally {
      await store.close();
    }
  });
});
