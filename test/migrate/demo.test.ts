/**
 * Issue #13 item 7: the demo writes a config the CLI can use. The demo is set up here as
 * `npm run demo` sets it up; the command it prints is then run as a child process (the CLI
 * through package.json's bin) against its running simulators, and the run it records shows
 * in the demo gateway, which opens the same file-backed store. Its running timers started
 * minutes ago, not in November.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { RUNNING_TIMER_MINUTES } from '../../src/sandbox/demo-vendors.js';
import { startDemo, type Demo } from '../../src/sandbox/demo-setup.js';

const BIN = join(import.meta.dirname, '../../bin/timegate.js');
/**
 * One start of the compiled CLI (a fraction of a second idle, allowed 30 s on a busy machine)
 * plus a dry run over the demo's five simulators (allowed 60 s). Not a speed check.
 */
const CLI_BUDGET_MS = 30_000 + 60_000;

describe('npm run demo', () => {
  let dir: string;
  let demo: Demo;
  const now = new Date();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'timegate-demo-'));
    demo = await startDemo({ port: 0, configPath: join(dir, 'demo.config.json'), now });
  }, 120_000);
  afterAll(() => demo?.close());

  const postQuery = async (query: string) => {
    const response = await fetch(`${demo.gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('writes demo.config.json with every simulator, its credentials and a file-backed store', () => {
    const written = JSON.parse(readFileSync(demo.configPath, 'utf8'));
    expect(written.store).toBe('sqlite:./data/demo.db');
    const config = parseConfig(written);
    expect(config.sources.map((s) => s.key)).toEqual(['local', 'demo-clockify', 'demo-gauzy', 'demo-desklog', 'demo-dyzo', 'demo-timetrack']);
    const urls = demo.world.simulators().map((s) => s.url);
    for (const source of written.sources.slice(1)) expect(urls.some((url) => String(source.baseUrl).startsWith(url))).toBe(true);
    // It holds credentials: nobody but its owner may read it.
    expect(statSync(demo.configPath).mode & 0o077).toBe(0);
    expect(demo.migrateCommand).toBe(`npx timegate migrate --config ${demo.configPath} --from demo-clockify --to local --dry-run`);
  });

  it('runs the printed migrate command through the CLI against the running simulators', async () => {
    const args = demo.migrateCommand.split(' ').slice(2);
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args, '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('close', (status) => resolve({ status, stdout, stderr }));
    });
    expect(result.stderr).toMatch(/demo-clockify -> local/);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { id: string; state: string; dryRun: boolean; counts: Array<{ entity: string; total: number; failed: number }> };
    expect(summary).toMatchObject({ state: 'succeeded', dryRun: true });
    const entries = summary.counts.find((c) => c.entity === 'timeEntry')!;
    expect(entries.total).toBeGreaterThan(0);
    expect(entries.failed).toBe(0);

    // The CLI wrote its run into the store the demo gateway reads.
    const { data } = await postQuery('{ migrations { runId from to dryRun state } }');
    expect(data.migrations).toEqual([{ runId: summary.id, from: 'demo-clockify', to: 'local', dryRun: true, state: 'SUCCEEDED' }]);
  }, CLI_BUDGET_MS);

  it('starts its running timers minutes before now, so November reports hold no running time', async () => {
    const since = new Date(now.getTime() - 2 * 3_600_000).toISOString();
    const { data } = await postQuery(`{ timeEntries(filter: { from: "${since}" }, first: 50) { edges { node { source { key } start end } } } }`);
    const running = data.timeEntries.edges.map((e: any) => e.node).filter((n: any) => n.end === null);
    expect(running.map((n: any) => n.source.key).sort()).toEqual(['demo-clockify', 'demo-gauzy']);
    for (const timer of running) expect(Math.round((now.getTime() - Date.parse(timer.start)) / 60_000)).toBe(RUNNING_TIMER_MINUTES);

    const november = await postQuery('{ timeEntries(filter: { from: "2026-11-01T00:00:00Z", to: "2026-12-01T00:00:00Z", sources: ["demo-clockify", "demo-gauzy"] }, first: 200) { edges { node { end } } } }');
    expect(november.data.timeEntries.edges.length).toBeGreaterThan(0);
    expect(november.data.timeEntries.edges.filter((e: any) => e.node.end === null)).toEqual([]);
  });
});
