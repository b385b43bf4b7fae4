/**
 * One `info` line per GraphQL request, with what an operator needs (operation, type,
 * duration, status, error codes, sources reached, vendor request count) and nothing a
 * request carried: no variable values, no query text, no credential. Checked on a gateway
 * with a captured logger, and on the CLI with TIMEGATE_LOG_FORMAT=json (stdout pure JSON).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createGateway, secretsOf, type Gateway } from '../../src/main.js';
import { prettyLine } from '../../src/observability/pretty-log.js';
import { hashApiKey } from '../../src/security/auth.js';
import { startWorld, type World } from '../../src/sandbox/world.js';

const SECRET_LOOKING = 'sk_live_9f8e7d6c5b4a39281706';
const QUERY = 'query FindTags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }';

describe('request log on a gateway over a Clockify simulator', () => {
  let world: World;
  let gateway: Gateway;
  let locked: Gateway;
  const lines: string[] = [];
  const apiKey = 'request-log-key-0123456789';

  const capture = (secrets: string[]) => {
    const logger = createLogger(secrets, new Writable({ write: (chunk, _, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) }));
    logger.level = 'info';
    return logger;
  };
  const post = (gw: Gateway, body: unknown, headers: Record<string, string> = {}) =>
    gw.app.fetch('http://log.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const requestLines = () => lines.map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l.msg === 'graphql request');

  beforeAll(async () => {
    world = await startWorld(['clockify']);
    const config = parseConfig({ store: 'memory', cache: 'none', sources: world.sources });
    gateway = await createGateway(config, { logger: capture(secretsOf(config)) });
    const lockedConfig = parseConfig({ store: 'memory', auth: { apiKeys: [{ name: 'app', hash: hashApiKey(apiKey) }] } });
    locked = await createGateway(lockedConfig, { logger: capture(secretsOf(lockedConfig)) });
  });
  afterAll(async () => {
    await gateway.close();
    await locked.close();
    await world.close();
  });

  it('writes one line with operation, type, status, duration, sources and vendor requests, and no variable value', async () => {
    lines.length = 0;
    const vendorBefore = world.clockify!.requests.length;
    const response = await post(gateway, { query: QUERY, operationName: 'FindTags', variables: { filter: { search: SECRET_LOOKING } } });
    expect(response.status).toBe(200);
    await response.text();
    const logged = requestLines();
    expect(logged).toHaveLength(1);
    const [line] = logged;
    expect(line).toMatchObject({
      level: 30,
      operation: 'FindTags',
      operationType: 'query',
      status: 200,
      errorCodes: [],
      sources: [world.sources[0]!.key],
      vendorRequests: world.clockify!.requests.length - vendorBefore,
    });
    expect(line!.vendorRequests).toBeGreaterThan(0);
    expect(typeof line!.durationMs).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain(SECRET_LOOKING);
    expect(all).not.toContain('tags(filter');
  });

  it('logs the error codes of the answer, including a refusal before GraphQL ran, and never the credential', async () => {
    lines.length = 0;
    await (await post(locked, { query: '{ sources { key } }' }, { authorization: 'Bearer wrong-key-value-123456' })).text();
    await (await post(locked, { query: 'mutation M { nope }' }, { authorization: `Bearer ${apiKey}` })).text();
    const logged = requestLines();
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'], vendorRequests: 0, sources: [] });
    expect(logged[1]).toMatchObject({ operation: 'M', operationType: 'mutation', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    const all = lines.join('\n');
    expect(all).not.toContain('wrong-key-value-123456');
    expect(all).not.toContain(apiKey);
  });

  it('does not log the GraphiQL page or health checks as GraphQL requests', async () => {
    lines.length = 0;
    await (await gateway.app.fetch('http://log.test/graphql', { headers: { accept: 'text/html' } })).text();
    await (await gateway.app.fetch('http://log.test/healthz')).text();
    expect(requestLines()).toEqual([]);
  });
});

describe('log formats', () => {
  it('pretty prints a line as time, level, message and fields', () => {
    const line = prettyLine(JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 2, 3, 4, 5, 6), pid: 1, hostname: 'h', msg: 'graphql request', operation: 'FindTags', sources: ['a'] }), false);
    expect(line).toBe('03:04:05.006 INFO  graphql request operation=FindTags sources=["a"]\n');
  });

  it('the CLI with TIMEGATE_LOG_FORMAT=json writes only JSON lines on stdout, banner and request lines included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-log-'));
    const config = join(dir, 'timegate.config.json');
    writeFileSync(config, JSON.stringify({ store: 'memory', sources: [{ key: 'local', vendor: 'native' }] }));
    const bin = join(import.meta.dirname, '../../bin/timegate.js');
    const child = spawn(process.execPath, [bin, 'serve', '--config', config, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TIMEGATE_LOG_FORMAT: 'json', TIMEGATE_LOG_LEVEL: 'info' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          const banner = stdout.split('\n').find((l) => l.includes('listening on'));
          if (banner) resolve((JSON.parse(banner) as { url: string }).url);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${stdout}${stderr}`)));
      });
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Who($s: String) { users(filter: { search: $s }) { edges { node { id } } } }', variables: { s: SECRET_LOOKING } }),
      });
      expect(response.status).toBe(200);
      await response.text();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const lines = stdout.split('\n').filter(Boolean);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.filter((l) => l.msg === 'graphql request')).toEqual([expect.objectContaining({ operation: 'Who', operationType: 'query', status: 200, errorCodes: [], vendorRequests: 0 })]);
    expect(stdout).not.toContain(SECRET_LOOKING);
    // A child process compiling TypeScript at start (tsx) on a busy machine: a generous budget.
  }, 90_000);
});
