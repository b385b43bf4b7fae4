/**
 * Start-up cost of the `timegate` command (issue #13 item 1), as whole processes: the wall time
 * of `timegate --help`, and the wall time and CPU seconds from spawning `timegate serve` until
 * `/readyz` answers 200. Each way runs several times; min / median / max are printed.
 *
 *   npm run build && npx tsx bench/startup.ts                # dist/ and tsx on src/, 5 runs each
 *   npx tsx bench/startup.ts --runs 9 --before /tmp/tg-before   # also an older checkout's bin
 *
 * Ways: `dist` is bin/timegate.js (the compiled build, what `npm start` runs); `tsx` is
 * `node --import tsx` running src/cli.ts's main() (TypeScript compiled at every start, as
 * bin/ did before, but with this tree's lazy imports);
 * `before` is `node DIR/bin/timegate.js` for a checkout of an earlier commit (make one with
 * `git archive <commit> bin src package.json | tar -x -C DIR` and a node_modules symlink).
 * The server uses a SQLite file in a temporary folder and one native source.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, before: { type: 'string' } } });
const runs = Number(values.runs);

const ways: Array<{ name: string; argv: string[] }> = [
  ...(values.before ? [{ name: `before (${values.before}/bin)`, argv: [join(values.before, 'bin/timegate.js')] }] : []),
  // What the old bin/timegate.js did: tsx compiles src/ at start, then main() runs.
  { name: 'tsx on src/', argv: ['--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(join(ROOT, 'src/cli.ts'))}); process.exitCode = await main(process.argv.slice(1));`] },
  { name: 'dist/ (npm start)', argv: [join(ROOT, 'bin/timegate.js')] },
];

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** CPU seconds (user + system) a live process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function helpSeconds(argv: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [...argv, '--help'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`--help failed: ${result.stderr}`);
  return (performance.now() - start) / 1000;
}

async function readySeconds(argv: string[]): Promise<{ wall: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'timegate-startup-'));
  const config = join(dir, 'timegate.config.json');
  writeFileSync(config, JSON.stringify({ store: `sqlite:${join(dir, 'gate.db')}`, sources: [{ key: 'local', vendor: 'native' }] }));
  const start = performance.now();
  const child = spawn(process.execPath, [...argv, 'serve', '--config', config, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TIMEGATE_LOG_LEVEL: 'error' } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)\/graphql/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    for (;;) {
      const ok = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return { wall: (performance.now() - start) / 1000, cpu: cpuSeconds(child.pid!) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2);
  return `${f(sorted[0]!)} / ${f(sorted[Math.floor(sorted.length / 2)]!)} / ${f(sorted.at(-1)!)}`;
};

const rows = ['| way | `--help` wall s | start → /readyz wall s | start → /readyz CPU s |', '| --- | --- | --- | --- |'];
for (const way of ways) {
  helpSeconds(way.argv); // warm-up: file system cache, tsx's compile cache
  const help: number[] = [];
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    help.push(helpSeconds(way.argv));
    const ready = await readySeconds(way.argv);
    wall.push(ready.wall);
    cpu.push(ready.cpu);
  }
  rows.push(`| ${way.name} | ${stats(help)} | ${stats(wall)} | ${stats(cpu)} |`);
}
const idle = spawnSync('sh', ['-c', 'cat /proc/loadavg'], { encoding: 'utf8' }).stdout.trim();
process.stdout.write(
  `min / median / max over ${runs} runs each, Node ${process.version}, load average ${idle}\n${rows.join('\n')}\n` +
    `reproduce: npm run build && npx tsx bench/startup.ts --runs ${runs}${values.before ? ' --before DIR' : ''}\n`,
);
