/**
 * Issue #9 item 13: two distinct time entries of one person with the same start, project and
 * task were taken for one record (the second "matched" the first and was never copied, and the
 * run reported success). Through GraphQL: both reach the target, and neither a re-run nor a
 * run that has lost its ID map (only natural keys to go by) creates anything twice.
 */
import { beforeEach, describe, expect, it } from 'vitest';
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
  });

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
    expect(entriesOf(first)).toMatchObject({ total: 3, created: 3, matched: 0 });
    expect(await descriptions(b)).toEqual(['Call with Charles', 'Notes', 'Review']);

    const again = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(again)).toMatchObject({ total: 3, created: 0, mapped: 3 });

    // A gateway keeping its runs in another store knows nothing of the first run: each entry
    // must find its own copy by natural key.
    const fresh = composeGateway([a.adapter, b.adapter], await openStore('memory'));
    const rematched = await startWith(fresh, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(rematched)).toMatchObject({ total: 3, created: 0, matched: 3 });
    expect(await descriptions(b)).toEqual(['Call with Charles', 'Notes', 'Review']);
  });

  it('does not take a target entry that differs in end or description for the source one', async () => {
    const user = await b.adapter.entities.user!.create!({ name: 'Ada', email: 'ada@example.com' });
    const project = await b.adapter.entities.project!.create!({ name: 'Engine' });
    const task = await b.adapter.entities.task!.create!({ name: 'Design', projectId: project.remoteId });
    // Already in the target: the same start, project and task, but another end and text.
    await b.adapter.entities.timeEntry!.create!({ userId: user.remoteId, projectId: project.remoteId, taskId: task.remoteId, start: new Date('2026-11-02T09:00:00Z'), end: new Date('2026-11-02T11:00:00Z'), description: 'Something else' });
    const gw = composeGateway([a.adapter, b.adapter], a.store);
    const run = await startWith(gw, { from: 'a', to: 'b', wait: true });
    expect(entriesOf(run)).toMatchObject({ total: 3, created: 3, matched: 0 });
    expect(await descriptions(b)).toEqual(['Call with Charles', 'Notes', 'Review', 'Something else']);
  });
});
