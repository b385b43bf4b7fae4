/**
 * Credentials never leave the gateway: with known secrets configured for every vendor, drive
 * auth failures and upstream faults through each one, then search every response and every
 * log line for the secrets.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createGateway, secretsOf, type Gateway } from '../../src/main.js';
import { startWorld, type World } from '../../src/sandbox/world.js';

const SECRET_FIELDS = ['apiKey', 'apiSecret', 'token', 'password'];

describe('secrets stay out of logs, errors and responses', () => {
  let world: World;
  const logs: string[] = [];
  const gateways: Gateway[] = [];
  const responses: string[] = [];
  const secrets: string[] = [];

  const start = async (sources: Array<Record<string, unknown>>) => {
    const config = parseConfig({ store: 'memory', cache: 'none', sources: sources.map((s) => ({ ...s, breakerThreshold: 1000 })) });
    secrets.push(...secretsOf(config));
    const sink = new Writable({ write: (chunk, _, done) => (logs.push(String(chunk)), done()) });
    const logger = createLogger(secretsOf(config), sink);
    logger.level = 'debug';
    const gateway = await createGateway(config, { logger });
    gateways.push(gateway);
    return gateway;
  };
  const ask = async (gateway: Gateway, query: string) => {
    const response = await gateway.app.fetch('http://secrets.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    responses.push(text);
    return JSON.parse(text) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  };
  const QUERY = '{ users(first: 5) { edges { node { id name } } } projects(first: 5) { edges { node { name } } } timeEntries(first: 5) { edges { node { id } } } }';

  beforeAll(async () => {
    world = await startWorld(['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack']);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await world.close();
  });

  it('reports wrong credentials for every vendor as UPSTREAM_AUTH_FAILED without echoing them', async () => {
    const wrong = world.sources.map((s) => {
      const copy: Record<string, unknown> = { ...s };
      for (const field of SECRET_FIELDS) if (typeof copy[field] === 'string') copy[field] = `wrong-${field}-${s.key}-Zq81xK`;
      return copy;
    });
    const gateway = await start(wrong);
    const result = await ask(gateway, QUERY);
    const failed = new Set((result.errors ?? []).filter((e) => e.extensions?.code === 'UPSTREAM_AUTH_FAILED').map((e) => e.extensions?.source));
    expect([...failed].sort()).toEqual(world.sources.map((s) => s.key).sort());
  });

  it('reports faults (5xx, malformed bodies, resets) from every vendor without echoing credentials', async () => {
    const gateway = await start(world.sources);
    for (const fault of [{ serverErrors: 100 }, { malformed: 100 }, { resets: 100 }]) {
      for (const sim of world.simulators()) sim.injectFaults(fault);
      const result = await ask(gateway, QUERY);
      expect(result.errors?.length).toBeGreaterThanOrEqual(world.sources.length);
      for (const sim of world.simulators()) sim.clearFaults();
    }
  });

  it('finds no secret anywhere it looked', () => {
    const haystack = [...responses, ...logs].join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(secrets.length).toBeGreaterThanOrEqual(world.sources.length);
    for (const secret of secrets) expect(haystack.includes(secret), `secret of length ${secret.length} leaked`).toBe(false);
  });

  it('redacts secrets the logger is handed directly, by field and by value', () => {
    const lines: string[] = [];
    const logger = createLogger(['s3cr3t-value-999'], new Writable({ write: (c, _, d) => (lines.push(String(c)), d()) }));
    logger.level = 'info';
    logger.error({ apiKey: 'field-secret', headers: { authorization: 'Bearer abc' } }, 'vendor said s3cr3t-value-999 is wrong');
    const text = lines.join('');
    expect(text).not.toContain('s3cr3t-value-999');
    expect(text).not.toContain('field-secret');
    expect(text).not.toContain('Bearer abc');
    expect(text).toContain('[REDACTED]');
  });
});
