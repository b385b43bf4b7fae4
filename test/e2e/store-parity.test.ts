/**
 * Issue #9 item 9 through GraphQL over HTTP: SQLite and PostgreSQL answer the same. Concurrent
 * timers for one user all succeed and leave one running entry (PostgreSQL failed 14 of 20 on
 * the unique index); a NUL character in any string input is refused naming the field
 * (PostgreSQL answered 500, SQLite stored it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { TEST_STORES } from '../support/stores.js';
import * as op from './operations.js';

describe.each(TEST_STORES)('one behaviour on every store ($name)', (store) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(await store.url());
  });
  afterAll(() => gw?.close());

  const createUser = async (name: string, email: string) => {
    const { createUser } = await gw.data(op.CreateUser, { input: { source: 'local', name, email } });
    if (createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(createUser));
    return createUser.user;
  };

  it('runs 20 concurrent startTimer for one user: all succeed, one entry runs', async () => {
    const user = await createUser('Eager Clicker', 'clicker@example.com');
    const starts = Array.from({ length: 20 }, (_, i) => new Date(Date.parse('2026-05-04T09:00:00Z') + i * 1000).toISOString());
    const results = await Promise.all(starts.map((start) => gw.request(op.StartTimer, { input: { source: 'local', userId: user.id, start } })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data?.startTimer.__typename)).toEqual(starts.map(() => 'StartTimerSuccess'));

    const running = await gw.data(op.TimeEntries, { filter: { userIds: [user.id], running: true } });
    expect(running.timeEntries.edges).toHaveLength(1);
    const all = await gw.data(op.TimeEntries, { filter: { userIds: [user.id] }, first: 50 });
    expect(all.timeEntries.edges).toHaveLength(20);
    expect(all.timeEntries.edges.filter((e) => e.node!.running)).toHaveLength(1);
  });

  it('refuses NUL characters in string input, naming the field, and stores nothing', async () => {
    const user = await gw.data(op.CreateUser, { input: { source: 'local', name: 'Nul\u0000Person', email: 'nul@example.com' } });
    expect(user.createUser).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'name'], message: expect.stringContaining('NUL') }] });
    const { users } = await gw.data(op.Users, { filter: { email: 'nul@example.com' } });
    expect(users.edges).toHaveLength(0);

    const owner = await createUser('Plain Person', 'plain@example.com');
    const entry = await gw.data(op.CreateTimeEntry, {
      input: { source: 'local', userId: owner.id, start: '2026-05-05T09:00:00Z', end: '2026-05-05T10:00:00Z', description: 'before\u0000after' },
    });
    expect(entry.createTimeEntry).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'description'] }] });

    const tag = await gw.data(op.CreateTag, { input: { source: 'local', name: '\u0000' } });
    expect(tag.createTag).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', message: expect.stringContaining('input.name') });

    // Writes that bypass the schema (a migration into the native store) meet the same rule.
    const native = gw.gateway.registry.get('local');
    await expect(native.entities.tag!.create!({ name: 'copied\u0000tag' })).rejects.toMatchObject({ name: 'ValidationError', issues: [{ path: ['input', 'name'] }] });

    // Queries too: a filter is refused with the same rule, as a BAD_USER_INPUT error naming it.
    const search = await gw.request(op.Users, { filter: { search: 'a\u0000' } });
    expect(search.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['filter', 'search'] }] } });
  });
});
