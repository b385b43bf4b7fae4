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
 *
 * Then, per vendor that has a scale table (Clockify, Gauzy, Dyzo, TimeTrack), a complete `timeEntries` walk
 * (`first: 50`, following `endCursor` to the end, with user, project and task) over 1x and 10x
 * data, cold then warm, next to the cost formula from the adapter's header. Desklog gets none:
 * it has no time-entry list (its capability says so), which the output states.
 */
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config.js';
import { createGateway } from '../src/main.js';
import { startClockifySimulator } from '../src/sandbox/clockify/index.js';
import { growClockifyState, type WorkspaceSize } from '../src/sandbox/clockify/scale.js';
import { DEMO_VENDORS } from '../src/sandbox/demo-vendors.js';
import { startGauzySimulator } from '../src/sandbox/gauzy/index.js';
import { growGauzyState } from '../src/sandbox/gauzy/scale.js';
import { startDyzoSimulator } from '../src/sandbox/dyzo/index.js';
import { growDyzoState } from '../src/sandbox/dyzo/scale.js';
import { seedNative } from '../src/sandbox/native/seed.js';
import { startTimeTrackSimulator } from '../src/sandbox/timetrack/index.js';
import { growTimeTrackState } from '../src/sandbox/timetrack/scale.js';
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

printTable(table);
process.stdout.write(`\nvendors: ${vendors.join(', ')}; native store in memory, cache: memory (TTL 300 s).\nReproduce: npx tsx bench/vendor-requests.ts --vendors ${vendors.join(',')}\n`);
await world.close();

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
}

const WALK = `query Walk($after: String) {
  timeEntries(first: 50, after: $after) {
    edges { node { id user { name } project { name } task { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Clockify's cost of a complete walk, from src/adapters/clockify/time-entries.ts's header. */
function clockifyFormula(size: WorkspaceSize & { running: number; projects: number }): number {
  return Math.ceil(size.entries / 1000) + Math.ceil((size.running + 1) / 1000) + Math.ceil((size.users + 1) / 200) + Math.ceil((size.projects + 1) / 200);
}

async function clockifyWalkTable(): Promise<void> {
  const rows: string[][] = [['data (users x entries)', 'pass', 'pages', 'rows', 'errors', 'clockify requests', 'max per page', 'formula']];
  for (const [label, size] of [
    ['1x', { users: 5, entries: 78 }],
    ['10x', { users: 50, entries: 780 }],
  ] as const) {
    const sim = await startClockifySimulator({ dataset: 'demo', rateLimitPerSecond: 0 });
    growClockifyState(sim.state, size);
    let requests = 0;
    const gateway = await createGateway(
      parseConfig({
        store: 'memory',
        cache: 'memory',
        sources: [{ key: 'clockify', vendor: 'clockify', baseUrl: sim.baseUrl, reportsBaseUrl: sim.reportsBaseUrl, workspaceId: sim.workspaceId, apiKey: sim.apiKey, cacheTtlSeconds: 300 }],
      }),
      { onRequest: () => (requests += 1) },
    );
    const running = sim.state.timeEntries.filter((e) => e.end === null).length;
    const formula = clockifyFormula({ users: sim.state.users.length, entries: sim.state.timeEntries.length - running, running, projects: sim.state.projects.length });
    for (const pass of ['cold', 'warm']) {
      const walk = await walkOnce(gateway, () => requests);
      rows.push([`${label} (${sim.state.users.length} x ${sim.state.timeEntries.length})`, pass, String(walk.pages), String(walk.rows), String(walk.errors), String(walk.requests), String(walk.maxPerPage), pass === 'cold' ? String(formula) : '0']);
    }
    await gateway.close();
    await sim.close();
  }
  process.stdout.write('\nClockify: complete timeEntries walk, first: 50, with user, project and task (cache: memory, TTL 300 s)\n');
  printTable(rows);
  process.stdout.write(
    'formula (cold): ceil(E / 1000) report pages + ceil((R + 1) / 1000) in-progress pages + ceil((U + 1) / 200) user directory + ceil((P + 1) / 200) project catalogue (tasks included); warm: 0\n' +
      '  E = completed entries starting before `to`, R = running entries, U = users, P = projects\n',
  );
}

if (vendors.includes('clockify')) await clockifyWalkTable();

/** Gauzy's cost of a complete walk with no range, from src/adapters/gauzy/time-entries.ts's header. */
function gauzyFormula(size: { employees: number; projects: number; tasks: number }): number {
  const list = 1;
  const running = Math.ceil(size.employees / 20);
  const pages = (rows: number) => Math.floor(rows / 100) + 1;
  return list + running + pages(size.employees) + pages(size.projects) + pages(size.tasks);
}

async function gauzyWalkTable(): Promise<void> {
  const rows: string[][] = [['data (employees x logs)', 'pass', 'pages', 'rows', 'errors', 'gauzy requests', 'max per page', 'formula']];
  for (const [label, size] of [
    ['1x', { employees: 5, timeLogs: 78 }],
    ['10x', { employees: 50, timeLogs: 780 }],
  ] as const) {
    const sim = await startGauzySimulator({ dataset: 'demo', rateLimitPerMinute: 0 });
    growGauzyState(sim.state, size);
    let requests = 0;
    const gateway = await createGateway(
      parseConfig({
        store: 'memory',
        cache: 'memory',
        sources: [{ key: 'gauzy', vendor: 'gauzy', baseUrl: sim.baseUrl, tenantId: sim.tenantId, organizationId: sim.organizationId, token: sim.token, cacheTtlSeconds: 300 }],
      }),
      { onRequest: () => (requests += 1) },
    );
    const inOrg = <T extends { organizationId: string | null; deletedAt: string | null }>(rows: Iterable<T>) => [...rows].filter((r) => r.organizationId === sim.organizationId && r.deletedAt === null);
    const employees = inOrg(sim.state.employees.values()).length;
    const logs = inOrg(sim.state.timeLogs.values()).length;
    const formula = gauzyFormula({ employees, projects: inOrg(sim.state.projects.values()).length, tasks: inOrg(sim.state.tasks.values()).length });
    for (const pass of ['cold', 'warm']) {
      const walk = await walkOnce(gateway, () => requests);
      rows.push([`${label} (${employees} x ${logs})`, pass, String(walk.pages), String(walk.rows), String(walk.errors), String(walk.requests), String(walk.maxPerPage), pass === 'cold' ? String(formula) : '0']);
    }
    await gateway.close();
    await sim.close();
  }
  process.stdout.write('\nGauzy: complete timeEntries walk, first: 50, with user, project and task (cache: memory, TTL 300 s)\n');
  printTable(rows);
  process.stdout.write(
    'formula (cold): 1 time-log list (all logs before `to`, every employee, whatever the pages) + ceil(U / 20) timer/status/worked (running timers too fresh for a time slot)\n' +
      '  + floor(U / 100) + 1 employee pages + floor(P / 100) + 1 project pages + floor(T / 100) + 1 task pages; warm: 0\n' +
      '  U = employees, P = projects, T = tasks of the organization\n',
  );
}

if (vendors.includes('gauzy')) await gauzyWalkTable();

type Gateway = Awaited<ReturnType<typeof createGateway>>;

/** A complete walk, cold or warm: pages, rows, errors, requests and the most any one page cost. */
async function walkOnce(gateway: Gateway, requests: () => number): Promise<{ pages: number; rows: number; errors: number; requests: number; maxPerPage: number }> {
  const start = requests();
  let after: string | null = null;
  let pages = 0;
  let rows = 0;
  let errors = 0;
  let maxPerPage = 0;
  for (;;) {
    const before = requests();
    const response = await gateway.app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: WALK, variables: { after } }) });
    const body = (await response.json()) as { data?: { timeEntries: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown[] };
    pages += 1;
    errors += body.errors?.length ?? 0;
    maxPerPage = Math.max(maxPerPage, requests() - before);
    const connection = body.data?.timeEntries;
    rows += connection?.edges.length ?? 0;
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { pages, rows, errors, requests: requests() - start, maxPerPage };
}

/** Pages of a Dyzo list read to the end (page_size 100; a page of 20 or 50 is followed by one more read: src/adapters/dyzo/client.ts). */
const dyzoListPages = (rows: number) => Math.floor(rows / 100) + 1 + ([20, 50].includes(rows % 100) ? 1 : 0);

/** Dyzo's cost of a complete walk, from src/adapters/dyzo/time-entries.ts's header. */
function dyzoFormula(size: { employees: number; projects: number; logsPerTask: number[] }): number {
  return dyzoListPages(size.logsPerTask.length) + size.logsPerTask.reduce((sum, logs) => sum + dyzoListPages(logs), 0) + dyzoListPages(size.employees) + dyzoListPages(size.projects);
}

async function dyzoWalkTable(): Promise<void> {
  const rows: string[][] = [['data (employees x logs, tasks)', 'pass', 'pages', 'rows', 'errors', 'dyzo requests', 'max per page', 'formula']];
  for (const [label, size] of [
    ['1x', { employees: 3, tasks: 6, taskLogs: 40 }],
    ['10x', { employees: 30, tasks: 60, taskLogs: 400 }],
  ] as const) {
    const sim = await startDyzoSimulator({ dataset: 'demo', rateLimitPerMinute: 0 });
    growDyzoState(sim.state, size);
    let requests = 0;
    const gateway = await createGateway(
      parseConfig({ store: 'memory', cache: 'memory', sources: [{ key: 'dyzo', vendor: 'dyzo', baseUrl: sim.baseUrl, apiKey: sim.apiKey, companyId: sim.companyId, employeeId: sim.employeeId, cacheTtlSeconds: 300 }] }),
      { onRequest: () => (requests += 1) },
    );
    const employees = sim.state.employees.filter((e) => e.companyId === sim.companyId && !e.isDeleted).length;
    const tasks = sim.state.tasks.filter((t) => sim.state.projects.some((p) => p._id === t.projectId && p.companyId === sim.companyId));
    const logsPerTask = tasks.map((t) => sim.state.taskLogs.filter((l) => l.taskId === t.taskId).length);
    const formula = dyzoFormula({ employees, projects: sim.state.projects.filter((p) => p.companyId === sim.companyId).length, logsPerTask });
    for (const pass of ['cold', 'warm']) {
      const r = await walkOnce(gateway, () => requests);
      rows.push([`${label} (${employees} x ${sim.state.taskLogs.length}, ${tasks.length} tasks)`, pass, String(r.pages), String(r.rows), String(r.errors), String(r.requests), String(r.maxPerPage), pass === 'cold' ? String(formula) : '0']);
    }
    await gateway.close();
    await sim.close();
  }
  process.stdout.write('\nDyzo: complete timeEntries walk, first: 50, with user, project and task (cache: memory, TTL 300 s)\n');
  printTable(rows);
  process.stdout.write(
    'formula (cold): L(T) task list + sum over tasks of L(logs of the task) (Dyzo lists logs per task only) + L(U) employee list + L(P) project list; warm: 0\n' +
      '  L(n) = floor(n / 100) + 1 pages (+1 when n % 100 is 20 or 50); U = employees, P = projects, T = tasks the key sees\n',
  );
}

if (vendors.includes('dyzo')) await dyzoWalkTable();

/** Pages of a TimeTrack list read to the end (limit 1000, until a short page: src/adapters/timetrack/client.ts). */
const timeTrackListPages = (rows: number) => Math.floor(rows / 1000) + 1;

/** TimeTrack's cost of a complete walk, from src/adapters/timetrack/time-entries.ts's header. */
function timeTrackFormula(size: { users: number; projects: number; tasks: number; clients: number; entries: number }): number {
  return timeTrackListPages(size.entries) + timeTrackListPages(size.users) + timeTrackListPages(size.projects) + timeTrackListPages(size.tasks) + timeTrackListPages(size.clients);
}

async function timeTrackWalkTable(): Promise<void> {
  const rows: string[][] = [['data (users x entries)', 'pass', 'pages', 'rows', 'errors', 'timetrack requests', 'max per page', 'formula']];
  for (const [label, size] of [
    ['1x', { users: 3, entries: 40 }],
    ['10x', { users: 30, entries: 400 }],
  ] as const) {
    const sim = await startTimeTrackSimulator({ dataset: 'demo' });
    growTimeTrackState(sim.state, size);
    let requests = 0;
    const gateway = await createGateway(
      parseConfig({ store: 'memory', cache: 'memory', sources: [{ key: 'timetrack', vendor: 'timetrack', baseUrl: sim.baseUrl, apiKey: sim.apiKey, apiSecret: sim.apiSecret, timeZone: sim.timeZone, cacheTtlSeconds: 300 }] }),
      { onRequest: () => (requests += 1) },
    );
    const { users, projects, tasks, clients, entries } = sim.state;
    const formula = timeTrackFormula({ users: users.length, projects: projects.length, tasks: tasks.length, clients: clients.length, entries: entries.length });
    for (const pass of ['cold', 'warm']) {
      const r = await walkOnce(gateway, () => requests);
      rows.push([`${label} (${users.length} x ${entries.length})`, pass, String(r.pages), String(r.rows), String(r.errors), String(r.requests), String(r.maxPerPage), pass === 'cold' ? String(formula) : '0']);
    }
    await gateway.close();
    await sim.close();
  }
  process.stdout.write('\nTimeTrack: complete timeEntries walk, first: 50, with user, project and task (cache: memory, TTL 300 s)\n');
  printTable(rows);
  process.stdout.write(
    'formula (cold): L(E) entry pages (all entries, whatever the gateway pages) + L(U) users + L(P) projects + L(T) tasks (entries name them; the names resolve to ids)\n' +
      '  + L(C) clients (a project names its client; Project.clientId resolves it); warm: 0\n' +
      '  L(n) = floor(n / 1000) + 1 pages of limit 1000; E = entries, U = users, P = projects, T = tasks, C = clients\n',
  );
}

if (vendors.includes('timetrack')) await timeTrackWalkTable();

if (vendors.includes('desklog')) {
  process.stdout.write('\nDesklog: no walk table. Desklog has no time-entry list (its adapter declares no timeEntry handlers; the gateway answers UnsupportedOperationError for it), so a timeEntries walk asks it nothing.\n');
}
