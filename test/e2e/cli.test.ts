/**
 * The `timegate` command as a user runs it: a real child process through package.json's bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { decryptSecret } from '../../src/security/secret-box.js';
import { freePort } from '../support/private-servers.js';

const BIN = join(import.meta.dirname, '../../bin/timegate.js');
const DEMO = join(import.meta.dirname, '../../src/sandbox/demo.ts');
/** Forbids, in the process it is `--import`ed into, every module but the CLI's entry file. */
const ONLY_CLI_ENTRY = join(import.meta.dirname, '../support/only-cli-entry.mjs');
/**
 * What one start of the compiled CLI may take. Idle it is a fraction of a second (the table
 * in the README, from bench/startup.ts); on a machine shared with heavy work, ten times that
 * and more. Each test's budget is the starts it makes times this: a stuck child fails its
 * own test, a busy machine fails none. Not a speed check.
 */
const START_MS = 30_000;
const budget = (starts: number) => ({ timeout: starts * START_MS });
const run = (args: string[], env: Record<string, string> = {}, nodeOptions: string[] = []) =>
  spawnSync(process.execPath, [...nodeOptions, BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: START_MS });

describe('timegate CLI', () => {
  it('prints its version and help', budget(3), () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--config FILE/);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('answers --help and --version from its entry file alone, without loading GraphQL, the store or Redis', budget(3), () => {
    const help = run(['--help'], {}, ['--import', ONLY_CLI_ENTRY]);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--config FILE/);
    const version = run(['--version'], {}, ['--import', ONLY_CLI_ENTRY]);
    expect(version.stderr).toBe('');
    expect(version.status).toBe(0);
    // The guard itself works: serving does load them, and is refused under it.
    const config = join(mkdtempSync(join(tmpdir(), 'timegate-cli-')), 'timegate.config.json');
    writeFileSync(config, JSON.stringify({ store: 'memory' }));
    expect(run(['serve', '--config', config, '--port', '0'], {}, ['--import', ONLY_CLI_ENTRY]).stderr).toMatch(/code loaded beyond the CLI/);
  });

  it('encrypts a secret for the config with TIMEGATE_SECRET_KEY, and refuses without a key', budget(3), () => {
    const key = '0f'.repeat(32);
    const sealed = run(['encrypt-secret', 'vendor-api-key-42'], { TIMEGATE_SECRET_KEY: key });
    expect(sealed.status).toBe(0);
    expect(sealed.stdout.trim()).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(decryptSecret(sealed.stdout.trim(), Buffer.from(key, 'hex'))).toBe('vendor-api-key-42');
    expect(run(['encrypt-secret', 'x'], { TIMEGATE_SECRET_KEY: '' }).status).toBe(2);
    expect(run(['hash-key', 'tg_0123456789abcdef']).stdout.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('lists every config problem by path and exits 1', budget(1), () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-cli-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, ['port: high', 'store: ${TIMEGATE_TEST_UNSET}', 'sources:', '  - key: Bad Key', '    vendor: clockify', '    baseUrl: ftp://example.com'].join('\n'));
    const result = run(['serve', '--config', file]);
    expect(result.status).toBe(1);
    for (const path of ['port', 'store', 'sources.0.key', 'sources.0.baseUrl', 'sources.0.workspaceId', 'sources.0.apiKey']) {
      expect(result.stderr).toContain(`  - ${path}:`);
    }
    expect(result.stderr).toContain('TIMEGATE_TEST_UNSET');
  });

  it('serves GraphQL and health on the port given, with a SQLite file created on first start, relative to the config file', budget(2), async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-cli-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'timegate-cwd-'));
    const config = join(dir, 'timegate.config.json');
    // A relative path in a config file is read from the file's folder, not the working directory.
    writeFileSync(config, JSON.stringify({ store: 'sqlite:./data/gate.db', sources: [{ key: 'local', vendor: 'native' }] }));
    const child = spawn(process.execPath, [BIN, 'serve', '--config', config, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], cwd: elsewhere });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        // The banner is a log line on stdout, or plain text on stderr when the log level hides it.
        const onData = (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/\S+)\/graphql/.exec(out);
          if (match) resolve(match[1]!);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sources { key vendor } }' }),
      });
      expect(await response.json()).toEqual({ data: { sources: [{ key: 'local', vendor: 'NATIVE' }] } });
      const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toContain('query Overview');
      expect(existsSync(join(dir, 'data', 'gate.db'))).toBe(true);
      expect(existsSync(join(elsewhere, 'data'))).toBe(false);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    expect(child.exitCode).toBe(0);
  });

  describe('start-up errors: one line naming the setting or the cause and what to do, exit 1, no stack', () => {
    const configFile = (config: Record<string, unknown>) => {
      const file = join(mkdtempSync(join(tmpdir(), 'timegate-cli-')), 'timegate.config.json');
      writeFileSync(file, JSON.stringify(config));
      return file;
    };
    const expectOneLine = (result: ReturnType<typeof run>, ...mentions: string[]) => {
      expect(result.status, result.stderr).toBe(1);
      const text = result.stderr.trim();
      expect(text.split('\n'), text).toHaveLength(1);
      expect(text).not.toMatch(/^\s+at /m);
      for (const mention of mentions) expect(text).toContain(mention);
    };
    const GAUZY_IDS = { tenantId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', organizationId: '3fa85f64-5717-4562-b3fc-2c963f66afa6' };

    it('a base URL without its scheme', budget(1), () => {
      const file = configFile({ sources: [{ key: 'gauzy', vendor: 'gauzy', baseUrl: 'example.com/api', token: 't', ...GAUZY_IDS }] });
      expectOneLine(run(['serve', '--config', file]), file, 'sources.0.baseUrl', 'https://');
    });

    it('a PostgreSQL URL that does not parse (migrate)', budget(1), () => {
      const file = configFile({ store: 'postgres://[bad', sources: [{ key: 'local', vendor: 'native' }, { key: 'other', vendor: 'native' }] });
      expectOneLine(run(['migrate', '--config', file, '--from', 'local', '--to', 'other']), file, 'store', 'postgres://user:password@host');
    });

    it('PostgreSQL down at start (serve and migrate), without its password', budget(2), async () => {
      const port = await freePort();
      const file = configFile({ store: `postgres://gate:s3cret-pw@127.0.0.1:${port}/gate`, sources: [{ key: 'local', vendor: 'native' }, { key: 'other', vendor: 'native' }] });
      const serve = run(['serve', '--config', file, '--port', '0']);
      expectOneLine(serve, `postgres://127.0.0.1:${port}/gate`, 'ECONNREFUSED', 'start PostgreSQL', file);
      expect(serve.stderr).not.toContain('s3cret-pw');
      const migrate = run(['migrate', '--config', file, '--from', 'local', '--to', 'other']);
      expectOneLine(migrate, `postgres://127.0.0.1:${port}/gate`, 'start PostgreSQL', file);
      expect(migrate.stderr).not.toContain('s3cret-pw');
    });

    it('Redis unreachable at start: fails at once naming the URL, its password masked', budget(1), async () => {
      const port = await freePort();
      const file = configFile({ store: 'memory', cache: `redis://:hunter2-pw@127.0.0.1:${port}` });
      const result = run(['serve', '--config', file, '--port', '0']);
      expectOneLine(result, `redis://:***@127.0.0.1:${port}`, 'cache', file);
      expect(result.stderr).not.toContain('hunter2-pw');
    });

    // The demo is not part of the build (`npm run demo` runs it through tsx, as users do), so
    // its start compiles TypeScript: it counts as three starts.
    it('a port in use (serve and the demo)', budget(4), async () => {
      const taken = createServer();
      await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
      const { port } = taken.address() as AddressInfo;
      try {
        expectOneLine(run(['serve', '--config', configFile({ store: 'memory' }), '--port', String(port)]), `port ${port}`, 'already in use', '--port');
        const demo = spawnSync(process.execPath, ['--import', 'tsx', DEMO, '--port', String(port)], { encoding: 'utf8', timeout: 3 * START_MS });
        expectOneLine(demo, `port ${port}`, 'already in use');
      } finally {
        taken.close();
      }
    });
  });
});
