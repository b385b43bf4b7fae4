/**
 * /metrics through the public surface: Prometheus text whose vendor counters move by exactly
 * the requests the vendor simulator saw, with route templates instead of raw IDs; cache,
 * circuit and GraphQL counters; and the credential rules when auth is on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { hashApiKey } from '../../src/security/auth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (enough of the format for these checks). */
function samples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

const total = (all: Sample[], name: string, labels: Record<string, string> = {}) =>
  all.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);

const scrape = async (gw: TestGateway, headers: Record<string, string> = {}) => {
  const response = await gw.gateway.app.fetch('http://gateway.test/metrics', { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return samples(await response.text());
};

describe('/metrics on a gateway over a Clockify simulator', () => {
  let world: World;
  let gw: TestGateway;
  let source: string;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
    source = world.sources[0]!.key as string;
    gw = await startTestGateway('memory', { cache: 'memory', sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 300 })) });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('counts vendor requests by source, route template and status, as many as the vendor saw', async () => {
    const before = await scrape(gw);
    const vendorBefore = world.clockify!.requests.length;
    await gw.data(op.Projects, {});
    const after = await scrape(gw);
    const sent = world.clockify!.requests.length - vendorBefore;
    expect(sent).toBeGreaterThan(0);
    const counted = total(after, 'timegate_vendor_requests_total', { source }) - total(before, 'timegate_vendor_requests_total', { source });
    expect(counted).toBe(sent);
    const routes = after.filter((s) => s.name === 'timegate_vendor_requests_total').map((s) => s.labels.route!);
    expect(routes).toContain('/workspaces/:id/projects');
    expect(routes.every((r) => !/[0-9a-f]{24}/.test(r))).toBe(true);
    expect(total(after, 'timegate_vendor_requests_total', { source, vendor: 'clockify', status: '200' })).toBeGreaterThan(0);
    expect(total(after, 'timegate_vendor_request_duration_seconds_count', { source })).toBe(total(after, 'timegate_vendor_requests_total', { source }));
    expect(total(after, 'graphql_envelop_request', { operationName: 'Projects', operationType: 'query' })).toBe(
      total(before, 'graphql_envelop_request', { operationName: 'Projects', operationType: 'query' }) + 1,
    );
  });

  it('counts cache hits and misses, shows the circuit closed, and counts GraphQL errors by code', async () => {
    const before = await scrape(gw);
    await gw.data(op.Projects, {});
    const errorBefore = total(before, 'timegate_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' });
    await gw.raw(JSON.stringify({ query: '{ noSuchField }' }));
    const after = await scrape(gw);
    expect(total(after, 'timegate_cache_lookups_total', { source, result: 'hit' })).toBeGreaterThan(total(before, 'timegate_cache_lookups_total', { source, result: 'hit' }));
    expect(total(after, 'timegate_cache_lookups_total', { source, result: 'miss' })).toBeGreaterThan(0);
    expect(total(after, 'timegate_circuit_breaker_state', { source, state: 'closed' })).toBe(1);
    expect(total(after, 'timegate_circuit_breaker_state', { source, state: 'open' })).toBe(0);
    expect(total(after, 'timegate_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(errorBefore + 1);
    expect(after.some((s) => s.name === 'timegate_migrations_running')).toBe(true);
  });
});

describe('/metrics under auth', () => {
  const key = 'metrics-test-key-0123456789';
  const token = 'scraper-token-0123456789abcdef';
  let gw: TestGateway;
  let off: TestGateway;
  beforeAll(async () => {
    const auth = { apiKeys: [{ name: 'app', hash: hashApiKey(key) }] };
    gw = await startTestGateway('memory', { auth, metrics: { token } });
    off = await startTestGateway('memory', { metrics: { enabled: false } });
  });
  afterAll(async () => {
    await gw.close();
    await off.close();
  });

  it('refuses a scrape without a credential, or with a wrong one, and names what to send', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer not-the-token-at-all' }]) {
      const response = await gw.gateway.app.fetch('http://gateway.test/metrics', { headers });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/metrics\.token/);
    }
  });

  it('answers with the metrics token or a gateway API key', async () => {
    expect((await scrape(gw, { authorization: `Bearer ${token}` })).length).toBeGreaterThan(0);
    expect((await scrape(gw, { authorization: `Bearer ${key}` })).length).toBeGreaterThan(0);
  });

  it('is not served when metrics.enabled is false', async () => {
    const response = await off.gateway.app.fetch('http://gateway.test/metrics');
    expect(response.status).toBe(404);
  });
});
