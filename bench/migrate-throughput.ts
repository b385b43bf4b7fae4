/**
 * Migration throughput: time entries per second through the engine, native → native and into
 * a rate-limited Ever Gauzy simulator, each printed next to the limit it ran under.
 *
 *   npx tsx bench/migrate-throughput.ts
 *   npx tsx bench/migrate-throughput.ts --entries 10000 --sim-entries 10000 --limit 12000
 *
 * --entries N       time entries in the native source (default 10000)
 * --sim-entries N   how many of them go into the simulator (default: all)
 * --limit N         the simulator's limit in requests per minute (default 12000); the target
 *                   source is configured to stay under it (rateLimitPerSecond = N / 60), as a
 *                   production config would be
 *
 * The source is a SQLite file seeded with the native demo data plus N entries (three people,
 * one project, one task, two tags); only the time-entry phase is timed. Each Gauzy create is
 * one POST plus, when the answer lacks its timesheet, one GET, so the ceiling is about
 * limit / 60 / 2 entries per second.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Adapter } from '../src/adapters/contract.js';
import { createAdapter } from '../src/adapters/index.js';
import { createNativeAdapter } from '../src/adapters/native/index.js';
import { sourceSchema } from '../src/config.js';
import { executeRun, openRun } from '../src/migrate/engine.js';
import { MIGRATE_ORDER, type MigrationSnapshot } from '../src/migrate/model.js';
import { startGauzySimulator } from '../src/sandbox/gauzy/index.js';
import { seedNative } from '../src/sandbox/native/seed.js';
import { openStore, type Store } from '../src/store/connect.js';

const { values } = parseArgs({ options: { entries: { type: 'string' }, 'sim-entries': { type: 'string' }, limit: { type: 'string' } } });
const ENTRIES = Number(values.entries ?? 10_000);
const SIM_ENTRIES = Math.min(ENTRIES, Number(values['sim-entries'] ?? ENTRIES));
const LIMIT_PER_MINUTE = Number(values.limit ?? 12_000);
const dir = mkdtempSync(join(tmpdir(), 'timegate-bench-'));

/** The demo data, then `count` more entries written straight into the store (seeding is not what is measured). */
async function seededSource(count: number): Promise<{ store: Store; adapter: Adapter }> {
  const store = await openStore(`sqlite:${join(dir, `source-${randomUUID()}.db`)}`);
  const adapter = createNativeAdapter({ key: 'local', store });
  await seedNative(adapter);
  const users = await store.db.selectFrom('users').select('id').execute();
  const project = await store.db.selectFrom('projects').select('id').where('name', '=', 'Analytical Engine').executeTakeFirstOrThrow();
  const task = await store.db.selectFrom('tasks').select('id').where('project_id', '=', project.id).executeTakeFirstOrThrow();
  const tags = await store.db.selectFrom('tags').select('id').execute();
  const seeded = await store.db.selectFrom('time_entries').select('id').execute();
  const rows = [];
  for (let i = seeded.length; i < count; i++) {
    const start = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000);
    rows.push({
      id: randomUUID(),
      user_id: users[i % users.length]!.id,
      project_id: project.id,
      task_id: i % 2 ? task.id : null,
      description: `bench entry ${i}`,
      start_at: start.toISOString(),
      end_at: new Date(start.getTime() + 1_800_000).toISOString(),
      billable: i % 3 === 0 ? 1 : 0,
      type: 'WORK',
      origin: 'MANUAL',
      created_at: new Date().toISOString(),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await store.db.insertInto('time_entries').values(rows.slice(i, i + 500)).execute();
  const tagRows = rows.filter((_, i) => i % 4 === 0).map((r, i) => ({ time_entry_id: r.id, tag_id: tags[i % tags.length]!.id }));
  for (let i = 0; i < tagRows.length; i += 500) await store.db.insertInto('time_entry_tags').values(tagRows.slice(i, i + 500)).execute();
  return { store, adapter };
}

interface Measured {
  seconds: number;
  run: MigrationSnapshot;
}

/** Runs a full migration and times its time-entry phase, from its first record to its last. */
async function measure(store: Store, source: Adapter, target: Adapter, until: Date | null): Promise<Measured> {
  let began = 0;
  let ended = 0;
  const run = await openRun(store, { options: { from: source.key, to: target.key, entities: [...MIGRATE_ORDER], since: null, until, dryRun: false } });
  const done = await executeRun(run, {
    source,
    target,
    store,
    saveEveryMs: 5000,
    onProgress: (r, entity) => {
      const entries = r.counts.find((c) => c.entity === 'timeEntry')!;
      if (entity === 'timeEntry' && entries.done === 0) began = performance.now();
      if (entity === 'timeEntry' && entries.done > 0) ended = performance.now();
    },
  });
  return { seconds: (ended - began) / 1000, run: done };
}

function report(label: string, limit: string, m: Measured) {
  const entries = m.run.counts.find((c) => c.entity === 'timeEntry')!;
  const migrated = entries.created + entries.matched;
  const rate = migrated / m.seconds;
  console.log(`${label.padEnd(28)} ${String(migrated).padStart(6)} entries  ${m.seconds.toFixed(1).padStart(7)} s  ${rate.toFixed(1).padStart(8)} entries/s   limit: ${limit}   (state ${m.run.state}, failed ${entries.failed})`);
}

console.log(`timegate migrate throughput (node ${process.version}, SQLite files in ${dir})\n`);

{
  const source = await seededSource(ENTRIES);
  const target = await openStore(`sqlite:${join(dir, 'target.db')}`);
  const m = await measure(source.store, source.adapter, createNativeAdapter({ key: 'copy', store: target }), null);
  report('native → native', 'none (SQLite, one write at a time)', m);
  await target.close();
  await source.store.close();
}

{
  const source = await seededSource(ENTRIES);
  const sim = await startGauzySimulator({ dataset: 'empty' });
  sim.setRateLimit(LIMIT_PER_MINUTE, 60_000);
  const config = sourceSchema.parse({
    key: 'gauzy',
    vendor: 'gauzy',
    baseUrl: sim.baseUrl,
    token: sim.token,
    tenantId: sim.tenantId,
    organizationId: sim.organizationId,
    rateLimitPerSecond: LIMIT_PER_MINUTE / 60,
  });
  const target = createAdapter(config, { store: source.store });
  // --sim-entries: the oldest N entries (they are one hour apart).
  const until = SIM_ENTRIES < ENTRIES ? new Date(Date.UTC(2025, 0, 1) + SIM_ENTRIES * 3_600_000) : null;
  const m = await measure(source.store, source.adapter, target, until);
  const throttled = sim.requests.filter((r) => r.status === 429).length;
  report('native → Gauzy simulator', `${LIMIT_PER_MINUTE}/min (${(LIMIT_PER_MINUTE / 60).toFixed(0)} req/s); ${sim.requests.length} requests, ${throttled} answered 429`, m);
  await target.close?.();
  await sim.close();
  await source.store.close();
}
