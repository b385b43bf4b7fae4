/**
 * The engine against the Ever Gauzy simulator, both ways, and through the faults a real
 * vendor throws: 503s on writes (which may or may not have happened) and 429s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/contract.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { allOf, census, countsOf, expectComplete, expectFaithfulCopy, expectGrowth, migrate, nativeSource, vendorAdapter } from './support/harness.js';

describe('migrate with Ever Gauzy', () => {
  let world: World | null = null;
  let adapters: Adapter[] = [];
  afterEach(async () => {
    await Promise.all(adapters.map((a) => a.close?.()));
    adapters = [];
    await world?.close();
    world = null;
  });

  const gauzy = async (dataset: 'demo' | 'empty', store: Parameters<typeof vendorAdapter>[1]) => {
    world = await startWorld(['gauzy'], { dataset });
    const adapter = await vendorAdapter(world.sources[0]!, store);
    if (typeof adapter === 'string') throw new Error(adapter);
    adapters.push(adapter);
    return adapter;
  };

  it('native → Gauzy: a faithful copy; what Gauzy cannot hold is reported; a re-run creates nothing', async () => {
    const local = await nativeSource('local');
    await seedNative(local.adapter);
    const target = await gauzy('empty', local.store);
    const before = await census(target);

    const dry = await migrate(local.store, local.adapter, target, allOf('local', 'demo-gauzy', { dryRun: true }));
    expectComplete(dry);
    expect(await census(target)).toEqual(before);
    expect(countsOf(dry, 'user')).toMatchObject({ total: 3, matched: 1, created: 2 });

    const run = await migrate(local.store, local.adapter, target, allOf('local', 'demo-gauzy'));
    expectComplete(run);
    // Ada is Gauzy's login user already; everything else is new.
    expect(countsOf(run, 'user')).toMatchObject({ matched: 1, created: 2 });
    expect(countsOf(run, 'timeEntry')).toMatchObject({ total: 16, created: 16 });
    expectGrowth(before, await census(target), run);
    expect((await census(target)).timeEntry).toBe(16);
    await expectFaithfulCopy(local.adapter, target, local.store, run);
    // Gauzy time logs carry no tags: the entries are written without and the loss is counted.
    expect(countsOf(run, 'timeEntry').dropped).toEqual([expect.objectContaining({ field: 'tagIds', records: 15 })]);

    const again = await migrate(local.store, local.adapter, target, allOf('local', 'demo-gauzy'));
    expectComplete(again);
    expect(again.counts.every((c) => c.created === 0 && c.mapped === c.total)).toBe(true);
  });

  it('Gauzy → native: every entity arrives, the running timer is reported as invalid', async () => {
    const local = await nativeSource('local');
    const source = await gauzy('demo', local.store);
    const totals = await census(source);
    const run = await migrate(local.store, source, local.adapter, allOf('demo-gauzy', 'local'));
    expectComplete(run);
    const copied = await census(local.adapter);
    for (const c of run.counts) {
      expect(c.total).toBe(totals[c.entity]);
      expect(copied[c.entity]).toBe(c.total - c.invalid);
    }
    expect(countsOf(run, 'timeEntry').invalid).toBe(1);
    expect(run.problems).toEqual([expect.objectContaining({ entity: 'timeEntry', outcome: 'invalid', reason: expect.stringMatching(/still running/) })]);
    await expectFaithfulCopy(source, local.adapter, local.store, run);
  });

  it('ends complete through injected 5xx and 429 answers, without a duplicate', async () => {
    const local = await nativeSource('local');
    await seedNative(local.adapter);
    const target = await gauzy('empty', local.store);
    const sim = world!.gauzy!;
    let injected = 0;
    const run = await migrate(local.store, local.adapter, target, allOf('local', 'demo-gauzy'), {
      onProgress: (r, entity) => {
        const c = r.counts.find((x) => x.entity === entity);
        // Faults land in the middle of each phase, on whatever request comes next.
        if (c && c.done === Math.floor(c.total / 2) && injected < 6) {
          injected++;
          sim.injectFaults(injected % 2 ? { serverErrors: 3 } : { rateLimited: 2 });
        }
      },
    });
    expect(injected).toBe(6);
    expect(sim.requests.filter((r) => r.status === 503).length).toBeGreaterThanOrEqual(9);
    expect(sim.requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(6);
    expectComplete(run);
    const copied = await census(target);
    expect(copied.timeEntry).toBe(16);
    expect(copied.client).toBe(3);
    await expectFaithfulCopy(local.adapter, target, local.store, run);
  });
});
