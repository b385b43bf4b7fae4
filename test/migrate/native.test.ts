/**
 * The engine between two native stores: a faithful copy, dry runs that write nothing, re-runs
 * and resumes that create nothing twice, natural-key matching, scoping, and the ways a record
 * can fail to migrate (invalid, unsupported, refused, in doubt), each reported by record.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Adapter, CreateInputMap } from '../../src/adapters/contract.js';
import { UpstreamError } from '../../src/domain/errors.js';
import { executeRun, openRun } from '../../src/migrate/engine.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { allOf, census, countsOf, expectComplete, expectFaithfulCopy, expectGrowth, FAST, migrate, nativeSource, type NativeSource } from './support/harness.js';

describe('migrate native → native', () => {
  let a: NativeSource;
  let b: NativeSource;
  beforeEach(async () => {
    a = await nativeSource('a');
    b = await nativeSource('b');
    await seedNative(a.adapter);
  });

  it('copies every entity faithfully, and a second run creates nothing', async () => {
    const source = await census(a.adapter);
    const first = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b'));
    expectComplete(first);
    expect(await census(b.adapter)).toEqual(source);
    for (const c of first.counts) expect(c.created).toBe(c.total);
    await expectFaithfulCopy(a.adapter, b.adapter, a.store, first);

    const second = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b'));
    expectComplete(second);
    for (const c of second.counts) expect([c.created, c.mapped]).toEqual([0, c.total]);
    expect(await census(b.adapter)).toEqual(source);
  });

  it('plans a dry run with full counts and writes nothing to the target or the ID map', async () => {
    const run = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b', { dryRun: true }));
    expectComplete(run);
    expect(countsOf(run, 'timeEntry')).toMatchObject({ total: 16, created: 16 });
    expect(Object.values(await census(b.adapter)).every((n) => n === 0)).toBe(true);
    expect(await a.store.db.selectFrom('id_map').selectAll().execute()).toHaveLength(0);
  });

  it('matches what the target already holds by natural key instead of creating it again', async () => {
    const ada = await b.adapter.entities.user!.create!({ name: 'Ada L.', email: 'ADA@example.com' });
    const acme = await b.adapter.entities.client!.create!({ name: 'acme corp' });
    const engine = await b.adapter.entities.project!.create!({ name: 'Analytical Engine', clientId: acme.remoteId });
    const before = await census(b.adapter);
    const run = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b'));
    expectComplete(run);
    expect(countsOf(run, 'user')).toMatchObject({ matched: 1, created: 2 });
    expect(countsOf(run, 'client')).toMatchObject({ matched: 1, created: 2 });
    expect(countsOf(run, 'project')).toMatchObject({ matched: 1, created: 2 });
    expectGrowth(before, await census(b.adapter), run);
    await expectFaithfulCopy(a.adapter, b.adapter, a.store, run);
    const [entry] = await b.adapter.entities.timeEntry!.list!({ userIds: [ada.remoteId], projectIds: [engine.remoteId] }, { token: null, size: 1 }).then((p) => p.items);
    expect(entry).toBeDefined();
  });

  it('copies only the entities and the time window asked for, resolving references it did not copy', async () => {
    await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b', { entities: ['user', 'client', 'project', 'task', 'tag'] }));
    const window = { since: new Date('2026-11-09T00:00:00Z'), until: new Date('2026-11-14T00:00:00Z') };
    const run = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b', { entities: ['timeEntry'], ...window }));
    expectComplete(run);
    expect(run.counts.map((c) => c.entity)).toEqual(['timeEntry']);
    const inWindow = (await a.adapter.entities.timeEntry!.list!({}, { token: null, size: 100 })).items.filter(
      (e) => e.start >= window.since && e.start < window.until,
    );
    expect(countsOf(run, 'timeEntry')).toMatchObject({ total: inWindow.length, created: inWindow.length });
    expect((await census(b.adapter)).timeEntry).toBe(inWindow.length);
  });

  it('fails records whose references were never migrated, naming them', async () => {
    const run = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b', { entities: ['task'] }));
    expect(run.state).toBe('partial');
    expect(countsOf(run, 'task')).toMatchObject({ total: 3, failed: 3 });
    // The project was looked for in the target (it was not asked for), and it needs its client first.
    expect(run.problems[0]!.reason).toMatch(/^its project \S+ did not migrate \(its client \S+ is not in target "b"; include client/);
  });

  it('reports invalid records and the records that depend on them, and goes on', async () => {
    const { user, timeEntry } = a.adapter.entities;
    const [someone] = (await user!.list!({}, { token: null, size: 1 })).items;
    const running = await timeEntry!.create!({ userId: someone!.remoteId, start: new Date('2026-11-30T09:00:00Z'), description: 'still going' });
    const run = await migrate(a.store, a.adapter, b.adapter, allOf('a', 'b'));
    expect(run.state).toBe('succeeded');
    expect(countsOf(run, 'timeEntry')).toMatchObject({ total: 17, created: 16, invalid: 1 });
    expect(run.problems).toEqual([{ entity: 'timeEntry', sourceId: running.remoteId, outcome: 'invalid', reason: 'time entry is still running; stop it and migrate again' }]);
  });

  it('reports what the target cannot hold, and writes records without links to what it cannot hold', async () => {
    const { tag: _tag, ...entities } = b.adapter.entities;
    const noTasks = { ...b.adapter, entities: { ...entities, task: { list: b.adapter.entities.task!.list! } } } as Adapter;
    const run = await migrate(a.store, a.adapter, noTasks, allOf('a', 'b'));
    expect(run.state).toBe('succeeded');
    expect(countsOf(run, 'tag')).toMatchObject({ total: 3, unsupported: 3, note: expect.stringMatching(/cannot list tag/) });
    expect(countsOf(run, 'task')).toMatchObject({ total: 3, unsupported: 3 });
    // An entry is still itself without its task and tags: written without, and the loss counted.
    const entries = countsOf(run, 'timeEntry');
    expect(entries).toMatchObject({ total: 16, created: 16, unsupported: 0 });
    expect(entries.dropped).toEqual([
      { field: 'taskId', records: 15, reason: expect.stringMatching(/cannot hold the task .*cannot create a task/) },
      { field: 'tagIds', records: 15, reason: expect.stringMatching(/cannot hold the tag/) },
    ]);
    expect(run.problems.filter((p) => p.entity === 'task')).toHaveLength(3);
    await expectFaithfulCopy(a.adapter, noTasks, a.store, run);
  });

  it('keeps back the time entries of people the target cannot hold, as unsupported', async () => {
    await b.adapter.entities.user!.create!({ name: 'Ada Lovelace', email: 'ada@example.com' });
    const noNewUsers = { ...b.adapter, entities: { ...b.adapter.entities, user: { list: b.adapter.entities.user!.list! } } } as Adapter;
    const run = await migrate(a.store, a.adapter, noNewUsers, allOf('a', 'b'));
    expect(run.state).toBe('succeeded');
    expect(countsOf(run, 'user')).toMatchObject({ matched: 1, unsupported: 2 });
    const entries = countsOf(run, 'timeEntry');
    const adas = (await b.adapter.entities.timeEntry!.list!({}, { token: null, size: 100 })).items.length;
    expect(entries.created).toBe(adas);
    expect(entries.unsupported).toBe(16 - adas);
    for (const p of run.problems.filter((x) => x.entity === 'timeEntry')) expect(p.reason).toMatch(/^its user \S+ did not migrate \(target "b" \(native\) cannot create a user\)$/);
  });

  it('lists a record the target refuses for good, with the reason, and migrates the rest', async () => {
    const refusing = withCreate(b.adapter, 'client', async (input, create) => {
      if (input.name === 'Globex') throw new UpstreamError('UPSTREAM_REJECTED', 'b', 'client name is reserved', 422);
      return create(input);
    });
    const run = await migrate(a.store, a.adapter, refusing, allOf('a', 'b'));
    expect(run.state).toBe('partial');
    expect(countsOf(run, 'client')).toMatchObject({ created: 2, failed: 1 });
    expect(run.problems).toEqual([expect.objectContaining({ entity: 'client', outcome: 'failed', reason: 'client name is reserved' })]);
    expect(countsOf(run, 'timeEntry')).toMatchObject({ created: 16, failed: 0 });
  });

  it('checks a write that may have happened before repeating it, so nothing is created twice', async () => {
    let lost = 0;
    let flaky = 0;
    const target = withCreate(b.adapter, 'timeEntry', async (input, create) => {
      const n = ++flaky;
      // Every third entry: written, but the answer is lost; every fifth: not written at all.
      if (n % 3 === 0) {
        await create(input);
        lost++;
        throw new UpstreamError('UPSTREAM_TIMEOUT', 'b', 'no answer within 15000 ms');
      }
      if (n % 5 === 0) throw new UpstreamError('UPSTREAM_UNAVAILABLE', 'b', 'HTTP 503');
      return create(input);
    });
    const run = await migrate(a.store, a.adapter, target, allOf('a', 'b'));
    expectComplete(run);
    expect(lost).toBeGreaterThan(0);
    expect(countsOf(run, 'timeEntry')).toMatchObject({ total: 16, created: 16 });
    expect((await census(b.adapter)).timeEntry).toBe(16);
    await expectFaithfulCopy(a.adapter, b.adapter, a.store, run);
  });

  it('does not repeat an in-doubt write into a target it cannot search', async () => {
    const { list: _list, ...blindEntries } = b.adapter.entities.timeEntry!;
    const blind = withCreate({ ...b.adapter, entities: { ...b.adapter.entities, timeEntry: blindEntries } } as Adapter, 'timeEntry', async (input, create) => {
      await create(input);
      throw new UpstreamError('UPSTREAM_UNAVAILABLE', 'b', 'connection reset');
    });
    const run = await migrate(a.store, a.adapter, blind, allOf('a', 'b'));
    expect(countsOf(run, 'timeEntry')).toMatchObject({ failed: 16 });
    expect(run.problems[0]!.reason).toMatch(/may have been created .* not repeated/);
    expect((await census(b.adapter)).timeEntry).toBe(16);
  });

  it('uses a bulk create when the target has one, and maps what it created', async () => {
    const calls: number[] = [];
    const create = b.adapter.entities.timeEntry!.create!;
    const bulky = {
      ...b.adapter,
      bulkCreateTimeEntries: async (userId: string, entries: Array<CreateInputMap['timeEntry']>) => {
        calls.push(entries.length);
        for (const entry of entries) await create({ ...entry, userId });
        return { created: entries.length };
      },
    } as Adapter;
    const run = await migrate(a.store, a.adapter, bulky, allOf('a', 'b'));
    expectComplete(run);
    expect(calls).toHaveLength(3);
    expect(calls.reduce((x, y) => x + y, 0)).toBe(16);
    await expectFaithfulCopy(a.adapter, b.adapter, a.store, run);
  });

  it('resumes a cancelled run under the same ID, counting what it already did as its own', async () => {
    const abort = new AbortController();
    let seen = 0;
    const run = await openRun(a.store, { options: allOf('a', 'b') });
    const stopped = await executeRun(run, {
      source: a.adapter,
      target: b.adapter,
      store: a.store,
      ...FAST,
      signal: abort.signal,
      onProgress: (r, entity) => {
        if (entity === 'timeEntry' && ++seen === 8) abort.abort();
      },
    });
    expect(stopped.state).toBe('cancelled');
    const half = (await census(b.adapter)).timeEntry;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(16);

    const resumed = await executeRun(await openRun(a.store, { resumeId: run.id }), { source: a.adapter, target: b.adapter, store: a.store, ...FAST });
    expectComplete(resumed);
    expect(resumed.id).toBe(run.id);
    expect(countsOf(resumed, 'timeEntry')).toMatchObject({ created: 16, mapped: 0 });
    expect(await census(b.adapter)).toEqual(await census(a.adapter));
    const saved = await a.store.db.selectFrom('migration_runs').selectAll().where('id', '=', run.id).executeTakeFirstOrThrow();
    expect(saved.state).toBe('succeeded');
  });
});

/** The same adapter with one kind's create wrapped. */
function withCreate<K extends 'client' | 'timeEntry'>(
  adapter: Adapter,
  kind: K,
  wrap: (input: CreateInputMap[K], create: (input: CreateInputMap[K]) => Promise<{ remoteId: string }>) => Promise<{ remoteId: string }>,
): Adapter {
  const handlers = adapter.entities[kind]!;
  const create = (handlers.create as (input: CreateInputMap[K]) => Promise<{ remoteId: string }>).bind(handlers);
  return { ...adapter, entities: { ...adapter.entities, [kind]: { ...handlers, create: (input: CreateInputMap[K]) => wrap(input, create) } } } as Adapter;
}
