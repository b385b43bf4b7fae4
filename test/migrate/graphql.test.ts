/**
 * Migration through GraphQL: `startMigration` (in the background, or `wait: true`),
 * `migration(id)` while and after it runs, `migrations`, `cancelMigration`, `resumeMigration`,
 * typed errors for bad input, and the Migration node.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/contract.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld } from '../../src/sandbox/world.js';
import { startTestGateway } from '../support/gateway.js';
import { composeGateway, type ComposedGateway } from './support/gateway.js';
import { census, nativeSource, type NativeSource } from './support/harness.js';
import type { StartMigrationInput } from '../gql/graphql.js';
import * as op from './operations.js';

describe('migration over GraphQL', () => {
  let a: NativeSource;
  let b: NativeSource;
  let gw: ComposedGateway;
  beforeEach(async () => {
    a = await nativeSource('a');
    b = await nativeSource('b');
    await seedNative(a.adapter);
    gw = composeGateway([a.adapter, b.adapter], a.store, { sleep: async () => undefined });
  });

  const start = async (input: StartMigrationInput) => {
    const { startMigration } = await gw.data(op.StartMigration, { input });
    if (startMigration.__typename !== 'StartMigrationSuccess') throw new Error(JSON.stringify(startMigration));
    return startMigration.migration;
  };

  it('plans a dry run, then migrates, with per-entity counts; a second run creates nothing', async () => {
    const dry = await start({ from: 'a', to: 'b', dryRun: true, wait: true });
    expect(dry).toMatchObject({ state: 'SUCCEEDED', dryRun: true, from: 'a', to: 'b', totals: { total: 31, created: 31, failed: 0 } });
    expect(Object.values(await census(b.adapter)).every((n) => n === 0)).toBe(true);

    const run = await start({ from: 'a', to: 'b', wait: true });
    expect(run.state).toBe('SUCCEEDED');
    expect(run.counts.map((c) => [c.entity, c.total, c.created])).toEqual([
      ['USER', 3, 3],
      ['CLIENT', 3, 3],
      ['TAG', 3, 3],
      ['PROJECT', 3, 3],
      ['TASK', 3, 3],
      ['TIME_ENTRY', 16, 16],
    ]);
    expect(run.finishedAt).not.toBeNull();
    expect(await census(b.adapter)).toEqual(await census(a.adapter));

    const again = await start({ from: 'a', to: 'b', wait: true });
    expect(again.totals).toMatchObject({ created: 0, mapped: 31 });

    const { migrations } = await gw.data(op.Migrations, { first: 10 });
    expect(migrations.map((m) => m.id)).toEqual(expect.arrayContaining([dry.id, run.id, again.id]));
    const { migration } = await gw.data(op.MigrationById, { id: run.id });
    expect(migration).toMatchObject({ runId: run.runId, state: 'SUCCEEDED', totals: { created: 31 } });
    const { node } = await gw.data(op.MigrationNode, { id: run.id });
    expect(node).toEqual({ __typename: 'Migration', runId: run.runId, state: 'SUCCEEDED' });
  });

  it('runs in the background, shows progress while it runs, and can be cancelled and resumed', async () => {
    // A slow target, so the run is still going when it is looked at and cancelled.
    const create = b.adapter.entities.timeEntry!.create!;
    const slow = {
      ...b.adapter,
      entities: { ...b.adapter.entities, timeEntry: { ...b.adapter.entities.timeEntry!, create: async (input: Parameters<typeof create>[0]) => (await new Promise((r) => setTimeout(r, 40)), create(input)) } },
    } as Adapter;
    gw = composeGateway([a.adapter, slow], a.store, { saveEveryMs: 0 });
    const started = await start({ from: 'a', to: 'b', entities: ['USER', 'PROJECT', 'TASK', 'CLIENT', 'TAG', 'TIME_ENTRY'] });
    expect(started.state).toBe('RUNNING');
    let seen = started;
    while (seen.counts.find((c) => c.entity === 'TIME_ENTRY')!.done < 3) {
      await new Promise((r) => setTimeout(r, 20));
      seen = (await gw.data(op.MigrationById, { id: started.id })).migration!;
    }
    expect(seen.state).toBe('RUNNING');
    const busy = await gw.data(op.StartMigration, { input: { from: 'a', to: 'b' } });
    expect(busy.startMigration).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });

    const { cancelMigration } = await gw.data(op.CancelMigration, { input: { id: started.id } });
    if (cancelMigration.__typename !== 'CancelMigrationSuccess') throw new Error(JSON.stringify(cancelMigration));
    expect(cancelMigration.migration.state).toBe('CANCELLED');
    const partial = (await census(b.adapter)).timeEntry;
    expect(partial).toBeLessThan(16);

    const { resumeMigration } = await gw.data(op.ResumeMigration, { input: { id: started.id, wait: true } });
    if (resumeMigration.__typename !== 'ResumeMigrationSuccess') throw new Error(JSON.stringify(resumeMigration));
    expect(resumeMigration.migration).toMatchObject({ id: started.id, state: 'SUCCEEDED' });
    expect(resumeMigration.migration.counts.find((c) => c.entity === 'TIME_ENTRY')).toMatchObject({ created: 16, mapped: 0 });
    expect((await census(b.adapter)).timeEntry).toBe(16);
  });

  it('answers bad input with typed errors', async () => {
    const unknown = await gw.data(op.StartMigration, { input: { from: 'a', to: 'nowhere' } });
    expect(unknown.startMigration).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'to'] }] });
    const same = await gw.data(op.StartMigration, { input: { from: 'a', to: 'a' } });
    expect(same.startMigration).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'to'], message: expect.stringMatching(/must differ/) }] });
    const teams = await gw.data(op.StartMigration, { input: { from: 'a', to: 'b', entities: ['TEAM'] } });
    expect(teams.startMigration).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'entities'] }] });
    const window = await gw.data(op.StartMigration, { input: { from: 'a', to: 'b', since: '2026-12-01T00:00:00Z', until: '2026-11-01T00:00:00Z' } });
    expect(window.startMigration).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'until'] }] });

    const done = await start({ from: 'a', to: 'b', entities: ['TAG'], wait: true });
    const notRunning = await gw.data(op.CancelMigration, { input: { id: done.id } });
    expect(notRunning.cancelMigration).toMatchObject({ __typename: 'ConflictError', message: expect.stringMatching(/not running/) });
    const wrongType = await gw.request(op.MigrationById, { id: 'not-an-id' });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports failures by record, with the source remote ID and the reason', async () => {
    const { user: _user, ...entities } = b.adapter.entities;
    gw = composeGateway([a.adapter, { ...b.adapter, entities } as Adapter], a.store);
    const run = await start({ from: 'a', to: 'b', entities: ['USER', 'TIME_ENTRY'], wait: true });
    expect(run.state).toBe('SUCCEEDED');
    expect(run.counts[0]).toMatchObject({ entity: 'USER', unsupported: 3, note: expect.stringMatching(/cannot list user/) });
    expect(run.failureCount).toBe(3 + 16);
    const users = (await a.adapter.entities.user!.list!({}, { token: null, size: 10 })).items.map((u) => u.remoteId);
    expect(run.failures.filter((f) => f.entity === 'USER').map((f) => f.sourceRemoteId).sort()).toEqual(users.sort());
    expect(run.failures[0]).toMatchObject({ outcome: 'UNSUPPORTED', reason: expect.stringMatching(/cannot create a user/) });
  });
});

describe('migration on a gateway from createGateway', () => {
  it('migrates native → Gauzy through startMigration on the gateway timegate serve runs', async () => {
    const world = await startWorld(['gauzy'], { dataset: 'empty' });
    const gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources] });
    try {
      await seedNative(gw.gateway.registry.get('local'));
      const { startMigration } = await gw.data(op.StartMigration, { input: { from: 'local', to: 'demo-gauzy', wait: true } });
      if (startMigration.__typename !== 'StartMigrationSuccess') throw new Error(JSON.stringify(startMigration));
      expect(startMigration.migration).toMatchObject({ state: 'SUCCEEDED', totals: { total: 31, created: 30, matched: 1, failed: 0 } });
      expect(startMigration.migration.counts.find((c) => c.entity === 'TIME_ENTRY')!.droppedFields).toEqual([
        { field: 'tagIds', records: 15, reason: 'cannot be stored: Gauzy time logs have no tags' },
      ]);
      expect(world.gauzy!.state.timeLogs.size).toBe(16);
    } finally {
      await gw.close();
      await world.close();
    }
  });
});
