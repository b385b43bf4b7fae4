/**
 * Fan-out across real sources: the native store and vendor simulators behind one gateway.
 * Paging resumes every source where it stopped; a failing source degrades only itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VENDORS } from '../../src/sandbox/demo-vendors.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('fan-out over native and vendor sources', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(DEMO_VENDORS);
    gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 }))] });
    await seedNative(gw.gateway.registry.get('local'));
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  const allPages = async (first: number, sources?: string[]) => {
    const seen: Array<{ id: string; start: string; source: string }> = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const result: any = await gw.data(op.TimeEntries, { first, after, filter: sources ? { sources } : null });
      for (const e of result.timeEntries.edges) seen.push({ id: e.node.id, start: e.node.start, source: e.node.id });
      if (!result.timeEntries.pageInfo.hasNextPage) break;
      after = result.timeEntries.pageInfo.endCursor;
    }
    return seen;
  };

  it('pages across every source with no entry twice, none skipped, newest first', async () => {
    const merged = await allPages(7);
    // Per source, only the sources that list time entries: naming another one is an error (#10 item 13).
    const { sources: all } = await gw.data(op.SourcesQuery);
    const listing = all.filter((s) => s.capabilities.some((c) => c.entity === 'TIME_ENTRY' && c.operations.includes('LIST'))).map((s) => s.key);
    const perSource = (await Promise.all(listing.map((key) => allPages(50, [key])))).flat();
    expect(merged.length).toBe(perSource.length);
    expect(new Set(merged.map((e) => e.id)).size).toBe(merged.length);
    expect(new Set(merged.map((e) => e.id))).toEqual(new Set(perSource.map((e) => e.id)));
    for (let i = 1; i < merged.length; i++) expect(Date.parse(merged[i - 1]!.start)).toBeGreaterThanOrEqual(Date.parse(merged[i]!.start));
    const sources = await gw.data(op.SourcesQuery);
    expect(sources.sources.map((s) => s.key)).toEqual(['local', ...world.sources.map((s) => s.key)]);
  });

  it('returns the healthy sources and a typed error naming the failing one', async () => {
    const sick = world.simulators()[0]!;
    const sickKey = world.sources[0]!.key as string;
    sick.injectFaults({ serverErrors: 1000 });
    try {
      const result = await gw.request(op.TimeEntries, { first: 10 });
      expect(result.data?.timeEntries.edges.length).toBe(10);
      expect(result.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', source: sickKey }) }),
      ]);
      // The vendor's own message helps; its credentials must never appear.
      const text = JSON.stringify(result);
      for (const source of world.sources) for (const secret of [source.token, source.apiKey, source.apiSecret]) if (secret) expect(text).not.toContain(String(secret));
    } finally {
      sick.clearFaults();
    }
    const healed = await gw.request(op.TimeEntries, { first: 10 });
    expect(healed.errors).toBeUndefined();
  });
});
