/**
 * The `timegate` command as a user runs it: a real child process through package.json's bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptSecret } from '../../src/security/secret-box.js';

const BIN = join(import.meta.dirname, '../../bin/timegate.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

describe('timegate CLI', () => {
  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--config FILE/);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('encrypts a secret for the config with TIMEGATE_SECRET_KEY, and refuses without a key', () => {
    const key = '0f'.repeat(32);
    const sealed = run(['encrypt-secret', 'vendor-api-key-42'], { TIMEGATE_SECRET_KEY: key });
    expect(sealed.status).toBe(0);
    expect(sealed.stdout.trim()).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(decryptSecret(sealed.stdout.trim(), Buffer.from(key, 'hex'))).toBe('vendor-api-key-42');
    expect(run(['encrypt-secret', 'x'], { TIMEGATE_SECRET_KEY: '' }).status).toBe(2);
    expect(run(['hash-key', 'tg_0123456789abcdef']).stdout.trim()).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('lists every config problem by path and exits 1', () => {
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

  it('serves GraphQL and health on the port given, with a SQLite file created on first start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-cli-'));
    const config = join(dir, 'timegate.config.json');
    writeFileSync(config, JSON.stringify({ store: `sqlite:${join(dir, 'data', 'gate.db')}`, sources: [{ key: 'local', vendor: 'native' }] }));
    const child = spawn(process.execPath, [BIN, 'serve', '--config', config, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    expect(child.exitCode).toBe(0);
  });
});
