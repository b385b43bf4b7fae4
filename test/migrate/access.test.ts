/**
 * Migrations behind credentials (issue #9 item 2): a run is visible and controllable only to a
 * principal that may read its `from` and write its `to`. A key scoped elsewhere cannot list
 * it, read it, or resume it through a Migration ID it crafted with its own source key.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/domain/ids.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { hashApiKey } from '../../src/security/auth.js';
import { composeGateway, type ComposedGateway } from './support/gateway.js';
import { census, nativeSource, type NativeSource } from './support/harness.js';
import * as op from './operations.js';

const KEYS = {
  admin: 'tg_admin_0000000000000000',
  localOnly: 'tg_local_1111111111111111',
  mover: 'tg_mover_2222222222222222',
  watcher: 'tg_watch_3333333333333333',
  targetOnly: 'tg_target_444444444444444',
};
const as = (key: string) => ({ authorization: `Bearer ${key}` });

describe('migrations under scoped credentials', () => {
  let local: NativeSource;
  let hidden: NativeSource;
  let target: NativeSource;
  let gw: ComposedGateway;
  let runId: string;
  let realId: string;

  beforeEach(async () => {
    local = await nativeSource('local');
    hidden = await nativeSource('hidden');
    target = await nativeSource('target');
    await seedNative(hidden.adapter);
    gw = composeGateway([local.adapter, hidden.adapter, target.adapter], local.store, { sleep: async () => undefined }, {
      apiKeys: [
        { name: 'admin', hash: hashApiKey(KEYS.admin), access: 'read-write' },
        { name: 'local-only', hash: hashApiKey(KEYS.localOnly), access: 'read-write', sources: ['local'] },
        { name: 'mover', hash: hashApiKey(KEYS.mover), access: 'read-write', sources: ['hidden', 'target'] },
        { name: 'watcher', hash: hashApiKey(KEYS.watcher), access: 'read', sources: ['hidden', 'target'] },
        { name: 'target-only', hash: hashApiKey(KEYS.targetOnly), access: 'read-write', sources: ['target'] },
      ],
    });
    // The admin copies hidden's tags into target; then hidden gets one more, so a resume of
    // that run has something to write, and a resume that should not happen would show.
    const { startMigration } = (await gw.requestWith(as(KEYS.admin), op.StartMigration, { input: { from: 'hidden', to: 'target', entities: ['TAG'], wait: true } })).data!;
    if (startMigration.__typename !== 'StartMigrationSuccess') throw new Error(JSON.stringify(startMigration));
    expect(startMigration.migration.state).toBe('SUCCEEDED');
    runId = startMigration.migration.runId;
    realId = startMigration.migration.id;
    await hidden.adapter.entities.tag!.create!({ name: 'added later' });
    expect((await census(target.adapter)).tag).toBe(3);
  });

  const listed = async (key: string) => (await gw.requestWith(as(key), op.Migrations, { first: 100 })).data!.migrations.map((m) => m.runId);

  it('a key scoped to another source does not list, read or resume the run, even through a crafted ID', async () => {
    expect(await listed(KEYS.localOnly)).toEqual([]);
    const crafted = encodeGlobalId('Migration', 'local', runId);
    expect((await gw.requestWith(as(KEYS.localOnly), op.MigrationById, { id: crafted })).data).toEqual({ migration: null });
    expect((await gw.requestWith(as(KEYS.localOnly), op.MigrationNode, { id: crafted })).data).toEqual({ node: null });

    const resumed = (await gw.requestWith(as(KEYS.localOnly), op.ResumeMigration, { input: { id: crafted, wait: true } })).data!;
    expect(resumed.resumeMigration).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const cancelled = (await gw.requestWith(as(KEYS.localOnly), op.CancelMigration, { input: { id: crafted } })).data!;
    expect(cancelled.cancelMigration).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    // The answer to a foreign run is the answer to a run nobody started.
    const unknown = (await gw.requestWith(as(KEYS.localOnly), op.ResumeMigration, { input: { id: encodeGlobalId('Migration', 'local', '00000000-0000-4000-8000-000000000000') } })).data!;
    expect(unknown.resumeMigration).toMatchObject({ __typename: 'NotFoundError' });
    expect((await census(target.adapter)).tag).toBe(3);

    const started = (await gw.requestWith(as(KEYS.localOnly), op.StartMigration, { input: { from: 'hidden', to: 'local', entities: ['TAG'] } })).data!;
    expect(started.startMigration).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'from'] }] });
  });

  it('a key that may write the target but not read the source does not see the run either', async () => {
    expect(await listed(KEYS.targetOnly)).toEqual([]);
    // Its own source key in the ID is valid for it; the run's real `from` is not.
    expect((await gw.requestWith(as(KEYS.targetOnly), op.MigrationById, { id: realId })).data).toEqual({ migration: null });
    const resumed = (await gw.requestWith(as(KEYS.targetOnly), op.ResumeMigration, { input: { id: realId, wait: true } })).data!;
    expect(resumed.resumeMigration).toMatchObject({ __typename: 'NotFoundError' });
    expect((await census(target.adapter)).tag).toBe(3);
  });

  it('a read-only key over both sources neither sees nor resumes the run', async () => {
    expect(await listed(KEYS.watcher)).toEqual([]);
    expect((await gw.requestWith(as(KEYS.watcher), op.MigrationById, { id: realId })).data).toEqual({ migration: null });
    const resumed = await gw.requestWith(as(KEYS.watcher), op.ResumeMigration, { input: { id: realId, wait: true } });
    expect(resumed.status).toBe(403);
    expect((await census(target.adapter)).tag).toBe(3);
  });

  it('a key that may read the source and write the target lists, reads and resumes it', async () => {
    expect(await listed(KEYS.mover)).toEqual([runId]);
    expect((await gw.requestWith(as(KEYS.mover), op.MigrationById, { id: realId })).data!.migration).toMatchObject({ runId, from: 'hidden', to: 'target' });
    expect((await gw.requestWith(as(KEYS.mover), op.MigrationNode, { id: realId })).data!.node).toMatchObject({ runId });
    // A resumed run counts what it did before as its own work (created), and adds the new tag.
    const resumed = (await gw.requestWith(as(KEYS.mover), op.ResumeMigration, { input: { id: realId, wait: true } })).data!;
    expect(resumed.resumeMigration).toMatchObject({ __typename: 'ResumeMigrationSuccess', migration: { runId, state: 'SUCCEEDED', totals: { total: 4, created: 4, failed: 0 } } });
    expect((await census(target.adapter)).tag).toBe(4);
    // An unscoped key sees every run, this one included.
    expect(await listed(KEYS.admin)).toEqual([runId]);
  });
});
