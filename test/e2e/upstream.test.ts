/**
 * What sits under the vendor clients, seen from GraphQL: the cross-request cache (warm reads
 * cost no vendor request; the gateway's own writes invalidate it) and the circuit breaker
 * (a dead source stops being called, and is called again once it recovers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('response cache and circuit breaker on a Clockify source', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
    gw = await startTestGateway('memory', {
      cache: 'memory',
      sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 300, breakerThreshold: 3, breakerCooldownMs: 400 })),
    });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });
  const sim = () => world.clockify!;
  const source = () => world.sources[0]!.key as string;

  it('serves a repeated read from the cache and re-reads after the gateway writes', async () => {
    const first = await gw.data(op.Projects, {});
    const afterFirst = sim().requests.length;
    const second = await gw.data(op.Projects, {});
    expect(second).toEqual(first);
    expect(sim().requests.length).toBe(afterFirst);

    const created = await gw.data(op.CreateProject, { input: { source: source(), name: 'Cache Buster' } });
    expect(created.createProject.__typename).toBe('CreateProjectSuccess');
    const third = await gw.data(op.Projects, {});
    expect(third.projects.edges.map((e) => e.node.name)).toContain('Cache Buster');
    expect(sim().requests.length).toBeGreaterThan(afterFirst + 1);
  });

  it('opens the circuit after repeated failures, fails fast, and closes it when the source recovers', async () => {
    sim().injectFaults({ serverErrors: 10_000, serverErrorStatus: 502 });
    try {
      for (let i = 0; i < 3; i++) {
        const result = await gw.request(op.Tags, { filter: { search: `miss-${i}` } });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: source() });
      }
      const before = sim().requests.length;
      const fast = await gw.request(op.Tags, { filter: { search: 'while-open' } });
      expect(fast.errors?.[0]?.message).toMatch(/circuit open/);
      expect(sim().requests.length).toBe(before);
    } finally {
      sim().clearFaults();
    }
    await new Promise((r) => setTimeout(r, 450));
    const healed = await gw.request(op.Tags, { filter: { search: 'after-recovery' } });
    expect(healed.errors).toBeUndefined();
  });
});
