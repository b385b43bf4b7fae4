/**
 * Issue #9 item 13: two distinct time entries of one person with the same start, project and
 * task were taken for one record (the second "matched" the first and was never copied, and the
 * run reported success). Through GraphQL: all reach the target, even two entries alike in every
 * field (a target entry stands for one source entry), and neither a re-run nor a run that has
 * lost its ID map (only natural keys to go by) creates anything twice, bulk targets included.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Adapter, CreateInputMap } from '../../src/adapters/contract.js';
import { openStore } from '../../src/store/connect.js';
import { composeGateway } from './support/gateway.js';
import { nativeSource, readKind, type NativeSource } from './support/harness.js';
import type { StartMigrationInput } from '../gql/graphql.js';
import * as op from './operations.js';

describe('time entries that share user, start, project and task', () => {
  let a: NativeSource;
  let b: NativeSource;
  beforeEach(async () => {
    a = await nativeSource('a');
    b = await nativeSource('b');
    const user = await a.adapter.entities.user!.create!({ name: 'Ada', email: 'ada@example.com' });
    const project = await a.adapter.entities.project!.create!({ name: 'Engine' });
    const task = await a.adapter.entities.task!.create!({ name: 'Design', projectId: project.remoteId });
    const common = { userId: user.remoteId, projectId: project.remoteId, taskId: task.remoteId, start: new Date('2026-11-02T09:00:00Z') };
    await a.adapter.entities.timeEntry!.create!({ ...common, end: new Date('2026-11-02T10:00:00Z'), description: 'Review' });
    await a.adapter.entities.timeEntry!.create!({ ...common, end: new Date('2026-11-02T09:30:00Z'), description: 'Call with Charles' });
    // Same start and end, another description: still another piece of work.
    await a.adapter.entities.timeEntry!.create!({ ...common, end: new Date('2026-11-02T09:30:00Z'), description: 'Notes' });
    // Entered twice, alike in every field but the billable flag: two records all the same.
    await a.adapter.entities.timeEntry!.create!({ ...common, end: new Date('2026-11-02T09:30:00Z'), description: 'Notes', billable: true });
  });
  const ALL = ['Call with Charles', 'Notes', 'Notes', 'Review'];

  const startWith = async (gw: ReturnType<typeof composeGateway>, input: StartMigrationInput) => {
    const { startMigration } = await gw.data(op.StartMigration, { input });
    if (startMigration.__typename !== 'StartMigrationSuccess') throw new Error(JSON.stringify(startMigration));
    return startMigration.migration;
  };
  const entriesOf = (run: Awaited<ReturnType<typeof startWith>>) => run.counts.find((c) => c.entity === 'TIME_ENTRY')!;
  const descriptions = async (source: NativeSource) => (await readKind(source.adapter, 'timeEntry')).map((e) => e.description).sort();

  it('migrates every one of them, and creates none twice on a re-run or without the ID map', async () => {
    const gw = composeGateway([a.adapter, b.adapter], a.store);
    const first = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(first.state).toBe('SUCCEEDED');
    expect(entriesOf(first)).toMatchObject({ total: 4, created: 4, matched: 0 });
    expect(await descriptions(b)).toEqual(ALL);

    const again = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(again)).toMatchObject({ total: 4, created: 0, mapped: 4 });

    // A gateway keeping its runs in another store knows nothing of the first run: each entry
    // must find its own copy by natural key.
    const fresh = composeGateway([a.adapter, b.adapter], await openStore('memory'));
    const rematched = await startWith(fresh, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(rematched)).toMatchObject({ total: 4, created: 0, matched: 4 });
    expect(await descriptions(b)).toEqual(ALL);
  });

  it('plans every one of them in a dry run', async () => {
    const dry = await startWith(composeGateway([a.adapter, b.adapter], a.store), { from: 'a', to: 'b', dryRun: true, wait: true });
    expect(entriesOf(dry)).toMatchObject({ total: 4, created: 4, matched: 0 });
  });

  it('maps each entry of a bulk create to a target entry of its own', async () => {
    // A bulk endpoint that does not name what it created (as Dyzo may answer): the engine
    // finds the entries in the target by natural key, two of them under one key.
    const create = b.adapter.entities.timeEntry!.create!;
    const bulky = {
      ...b.adapter,
      bulkCreateTimeEntries: async (userId: string, entries: Array<CreateInputMap['timeEntry']>) => {
        for (const entry of entries) await create({ ...entry, userId });
        return { created: entries.length };
      },
    } as Adapter;
    const gw = composeGateway([a.adapter, bulky], a.store);
    const first = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(first)).toMatchObject({ total: 4, created: 4, failed: 0 });
    expect(await descriptions(b)).toEqual(ALL);
    const mapped = await a.store.db.selectFrom('id_map').select('to_id').where('entity', '=', 'timeEntry').execute();
    expect(new Set(mapped.map((m) => m.to_id)).size).toBe(4);

    const again = await startWith(composeGateway([a.adapter, bulky], await openStore('memory')), { from: 'a', to: 'b', wait: true });
    expect(entriesOf(again)).toMatchObject({ total: 4, created: 0, matched: 4 });
    expect(await descriptions(b)).toEqual(ALL);
  });

  it('does not take a target entry that differs in end or description for the source one', async () => {
    const user = await b.adapter.entities.user!.create!({ name: 'Ada', email: 'ada@example.com' });
    const project = await b.adapter.entities.project!.create!({ name: 'Engine' });
    const task = await b.adapter.entities.task!.create!({ name: 'Design', projectId: project.remoteId });
    // Already in the target: the same start, project and task, but another end and text.
    await b.adapter.entities.timeEntry!.create!({ userId: user.remoteId, projectId: project.remoteId, taskId: task.remoteId, start: new Date('2026-11-02T09:00:00Z'), end: new Date('2026-11-02T11:00:00Z'), description: 'Something else' });
    const gw = composeGateway([a.adapter, b.adapter], a.store);
    const run = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(run)).toMatchObject({ total: 4, created: 4, matched: 0 });
    expect(await descriptions(b)).toEqual([...ALL, 'Something else']);
  });
});
