/**
 * The vendor response cache seen through GraphQL over HTTP (issue #9 items 10-12, issue #12
 * item 2): a vendor answer that did not parse is never served from the cache, concurrent
 * misses cost one vendor call, the cache bound is a config key, and a secret a vendor echoes
 * across the 300-character message cut leaves no prefix in responses or logs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createGateway, secretsOf } from '../../src/main.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('vendor response cache over GraphQL', () => {
  let world: World;
  const gateways: TestGateway[] = [];
  beforeAll(async () => {
    world = await startWorld(['clockify']);
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await world.close();
  });

  const source = () => world.sources[0]!;
  const sim = () => world.clockify!;
  /** Vendor requests for the tag list (Clockify: GET /workspaces/{id}/tags). */
  const tagReads = () => sim().requests.filter((r) => r.method === 'GET' && r.path.endsWith('/tags')).length;
  const gateway = async (extra: Record<string, unknown> = {}) => {
    const gw = await startTestGateway('memory', { cache: 'memory', sources: [{ ...source(), cacheTtlSeconds: 60, ...extra }] });
    gateways.push(gw);
    sim().clearFaults();
    sim().resetRequestLog();
    return gw;
  };

  it('does not cache a truncated vendor answer: the next request asks the vendor and succeeds', async () => {
    const gw = await gateway();
    // The simulator's injected fault: one 200 whose body is cut short ('{"truncated": ').
    sim().injectFaults({ malformed: 1, pathFilter: '/tags' });
    const first = await gw.request(op.Tags, {});
    expect(first.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESPONSE_VALIDATION_FAILED', source: source().key }) })]);
    expect(tagReads()).toBe(1);

    const second = await gw.request(op.Tags, {});
    expect(second.errors ?? []).toEqual([]);
    expect(second.data?.tags.edges.length).toBeGreaterThan(0);
    expect(tagReads()).toBe(2);

    // The good answer is cached: asking again costs the vendor nothing.
    const third = await gw.request(op.Tags, {});
    expect(third.data).toEqual(second.data);
    expect(tagReads()).toBe(2);
  });

  it('makes one vendor call for ten concurrent identical requests', async () => {
    const gw = await gateway();
    // Slow answers keep the first call in flight while the other nine arrive.
    sim().injectFaults({ latencyMs: 300 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => gw.request(op.Tags, {})));
    sim().clearFaults();
    for (const answer of answers) {
      expect(answer.errors ?? []).toEqual([]);
      expect(answer.data).toEqual(answers[0]!.data);
    }
    expect(answers[0]!.data?.tags.edges.length).toBeGreaterThan(0);
    expect(tagReads()).toBe(1);
  });

  it('bounds the cache by the source cacheMaxEntries', async () => {
    const ask = async (gw: TestGateway, search: string) => expect((await gw.request(op.Tags, { filter: { search } })).errors ?? []).toEqual([]);
    // Default bound: two searches, then the first again from the cache.
    let gw = await gateway();
    for (const search of ['a', 'e', 'a']) await ask(gw, search);
    expect(tagReads()).toBe(2);
    // One entry: the second search pushes the first out, so asking it again goes to the vendor.
    gw = await gateway({ cacheMaxEntries: 1 });
    for (const search of ['a', 'e', 'a']) await ask(gw, search);
    expect(tagReads()).toBe(3);
  });
});

describe('a secret a vendor echoes across the message cut', () => {
  const SECRET = 'ck-live-7d41f09a2b3c4d5e6f708192a3b4c5d6';
  let vendor: Server;
  let url: string;
  beforeAll(async () => {
    // A stand-in vendor that echoes the API key in every error message, placed so that it
    // runs from character 290 to 330: across the 300-character cut of vendor messages.
    vendor = createServer((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `${'x'.repeat(290)}${String(req.headers['x-api-key'])} is not allowed here`, code: 400 }));
    });
    await new Promise<void>((r) => vendor.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    vendor.closeAllConnections();
    await new Promise<void>((r) => vendor.close(() => r()));
  });

  it('leaves no 8-character prefix of it in the GraphQL response or the log', async () => {
    const config = parseConfig({
      store: 'memory',
      cache: 'memory',
      sources: [{ key: 'echo', vendor: 'clockify', baseUrl: url, reportsBaseUrl: url, workspaceId: 'a'.repeat(24), apiKey: SECRET }],
    });
    const logs: string[] = [];
    const logger = createLogger(secretsOf(config), new Writable({ write: (chunk, _, done) => (logs.push(String(chunk)), done()) }));
    logger.level = 'debug';
    const gateway = await createGateway(config, { logger });
    try {
      const response = await gateway.app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ tags(first: 5) { edges { node { id name } } } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_REJECTED', source: 'echo' }) })]);
      // The vendor's message did reach the response and the log (so the search below means something).
      expect(body.errors![0]!.message).toContain('x'.repeat(100));
      expect(logs.join('\n')).toContain('x'.repeat(100));
      for (const haystack of [text, logs.join('\n')]) expect(haystack).not.toContain(SECRET.slice(0, 8));
    } finally {
      await gateway.close();
    }
  });
});
