/**
 * `timegate migrate` as a user runs it: a real child process through package.json's bin, a
 * SQLite store file on disk and a Gauzy simulator started here. The run is killed with
 * SIGKILL in the middle and resumed: no entry lost, none twice.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNativeAdapter } from '../../src/adapters/native/index.js';
import { startGauzySimulator, type GauzySimulator } from '../../src/sandbox/gauzy/index.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { openStore } from '../../src/store/connect.js';

const BIN = join(import.meta.dirname, '../../bin/timegate.js');
const EXTRA_ENTRIES = 240;

interface Summary {
  id: string;
  state: string;
  dryRun: boolean;
  counts: Array<{ entity: string; total: number; created: number; matched: number; mapped: number; unsupported: number; invalid: number; failed: number }>;
  totals: { total: number; created: number; failed: number };
}

/**
 * Budgets, per test, for what it does: START_MS per start of the compiled CLI (idle a
 * fraction of a second; allowed much more on a machine shared with heavy work) and RUN_MS
 * per migration of the seeded store to the simulator. A stuck child fails its own test, a
 * busy machine none. Not a speed check.
 */
const START_MS = 30_000;
const RUN_MS = 60_000;
const budget = (starts: number, runs = 0) => ({ timeout: starts * START_MS + runs * RUN_MS });

describe('timegate migrate (child process)', () => {
  let dir: string;
  let config: string;
  let sim: GauzySimulator;
  let sourceEntries = 0;

  /** Runs the command to its end; asynchronously, since the simulator answers from this process. */
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'migrate', '--config', config, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('close', (status) => resolve({ status, stdout, stderr }));
    });
  const json = (stdout: string) => JSON.parse(stdout) as Summary;
  const entry = (s: Summary, entity: string) => s.counts.find((c) => c.entity === entity)!;
  /** (employee, start) of every log in the simulator: a duplicate would repeat a pair. */
  const logKeys = () => [...sim.state.timeLogs.values()].map((l) => `${l.employeeId}|${l.startedAt}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'timegate-migrate-'));
    const file = join(dir, 'gate.db');
    const store = await openStore(`sqlite:${file}`);
    const local = createNativeAdapter({ key: 'local', store });
    await seedNative(local);
    // Enough entries that a kill lands in the middle of the time-entry phase.
    const [user] = (await local.entities.user!.list!({}, { token: null, size: 1 })).items;
    for (let i = 0; i < EXTRA_ENTRIES; i++) {
      const start = new Date(Date.UTC(2026, 9, 1, 8) + i * 3_600_000);
      await local.entities.timeEntry!.create!({ userId: user!.remoteId, start, end: new Date(start.getTime() + 1_800_000), description: `batch ${i}`, billable: i % 2 === 0 });
    }
    sourceEntries = 16 + EXTRA_ENTRIES;
    await store.close();
    sim = await startGauzySimulator({ dataset: 'empty' });
    config = join(dir, 'timegate.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        store: `sqlite:${file}`,
        sources: [
          { key: 'local', vendor: 'native' },
          { key: 'gauzy', vendor: 'gauzy', baseUrl: sim.baseUrl, token: sim.token, tenantId: sim.tenantId, organizationId: sim.organizationId },
        ],
      }),
    );
  });
  afterAll(() => sim?.close());

  it('answers --help and refuses bad usage with exit code 2', budget(6), async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--dry-run/);
    expect((await run(['--from', 'local'])).status).toBe(2);
    const same = await run(['--from', 'local', '--to', 'local']);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/--to: must differ/);
    expect((await run(['--from', 'local', '--to', 'gauzy', '--entities', 'users,widgets'])).stderr).toMatch(/"widgets" is not one of/);
    expect((await run(['--from', 'local', '--to', 'nowhere'])).stderr).toMatch(/"nowhere" is not a configured source/);
  });

  it('plans a dry run without a single write to the target', budget(1, 1), async () => {
    sim.resetRequestLog();
    const result = await run(['--from', 'local', '--to', 'gauzy', '--dry-run', '--json']);
    expect(result.status).toBe(0);
    const summary = json(result.stdout);
    expect(summary).toMatchObject({ dryRun: true, state: 'succeeded' });
    expect(entry(summary, 'timeEntry')).toMatchObject({ total: sourceEntries, created: sourceEntries });
    expect(entry(summary, 'user')).toMatchObject({ total: 3, matched: 1, created: 2 });
    expect(sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(sim.state.timeLogs.size).toBe(0);
  });

  it('survives SIGKILL in the middle: the resumed run ends with no loss and no duplicate', budget(2, 2), async () => {
    sim.injectFaults({ latencyMs: 8 });
    const child = spawn(process.execPath, [BIN, 'migrate', '--config', config, '--from', 'local', '--to', 'gauzy'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while (sim.state.timeLogs.size < sourceEntries / 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    sim.clearFaults();
    const id = /migration (\S+): local -> gauzy/.exec(out)?.[1];
    expect(id).toBeDefined();
    const before = sim.state.timeLogs.size;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(sourceEntries);

    const resumed = await run(['--resume', id!, '--json']);
    expect(resumed.stderr).toContain(`migration ${id}`);
    expect(resumed.status).toBe(0);
    const summary = json(resumed.stdout);
    expect(summary).toMatchObject({ id, state: 'succeeded' });
    // The resumed run counts what it did before the kill as its own (nothing is "mapped"); the
    // one write in flight at the kill, made but not yet in the ID map, is found by natural key.
    const entries = entry(summary, 'timeEntry');
    expect(entries).toMatchObject({ total: sourceEntries, mapped: 0, failed: 0 });
    expect(entries.created + entries.matched).toBe(sourceEntries);
    expect(entries.matched).toBeLessThanOrEqual(1);
    const keys = logKeys();
    expect(keys).toHaveLength(sourceEntries);
    expect(new Set(keys).size).toBe(sourceEntries);
  });

  it('creates nothing on a second full run, and prints the summary table', budget(1, 1), async () => {
    const result = await run(['--from', 'local', '--to', 'gauzy']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/time entries\s+256\s+0\s+0\s+256\s+0\s+0\s+0/);
    expect(result.stdout).toMatch(/^total\s+/m);
    expect(sim.state.timeLogs.size).toBe(sourceEntries);
  });

  it('exits 1 when the run cannot finish, and says why', budget(1, 1), async () => {
    sim.injectFaults({ serverErrors: 10_000 });
    try {
      const result = await run(['--from', 'local', '--to', 'gauzy', '--entities', 'clients']);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/: failed/);
      expect(result.stdout).toMatch(/^stopped: gauzy source "gauzy": /m);
    } finally {
      sim.clearFaults();
    }
  });
});
