/**
 * Error wording a user acts on (issue #13 item 10), through GraphQL: each message says what
 * is wrong in the client's own terms (global IDs, the field it sent), never internal names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/security/auth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('error wording on a native source', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory');
  });
  afterAll(() => gw.close());

  const createUser = async (name: string, email: string) => {
    const { createUser } = await gw.data(op.CreateUser, { input: { source: 'local', name, email } });
    if (createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(createUser));
    return createUser.user;
  };

  it('a second stopTimer says there is no running entry for that user', async () => {
    const user = await createUser('Stop Twice', 'stop.twice@example.com');
    await gw.data(op.StartTimer, { input: { source: 'local', userId: user.id, start: '2026-11-05T08:00:00Z' } });
    const first = await gw.data(op.StopTimer, { input: { source: 'local', userId: user.id, end: '2026-11-05T09:00:00Z' } });
    expect(first.stopTimer.__typename).toBe('StopTimerSuccess');
    const second = await gw.data(op.StopTimer, { input: { source: 'local', userId: user.id } });
    expect(second.stopTimer).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: `There is no running time entry for user ${user.id}: nothing to stop` });
  });

  it('a ConflictError names the global ID the client knows, not the row UUID', async () => {
    const user = await createUser('Con Flict', 'conflict@example.com');
    const { createTimeEntry } = await gw.data(op.CreateTimeEntry, { input: { source: 'local', userId: user.id, start: '2026-11-05T08:00:00Z', end: '2026-11-05T09:00:00Z' } });
    expect(createTimeEntry.__typename).toBe('CreateTimeEntrySuccess');
    const blocked = await gw.data(op.DeleteUser, { input: { id: user.id } });
    expect(blocked.deleteUser).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    const message = (blocked.deleteUser as { message: string }).message;
    expect(message).toBe(`User ${user.id} has time entries; delete or reassign them first`);
    expect(message).not.toContain(user.remoteId);
  });

  it('an update that moves only start past the end says the start is the problem', async () => {
    const user = await createUser('Late Start', 'late.start@example.com');
    const { createTimeEntry } = await gw.data(op.CreateTimeEntry, { input: { source: 'local', userId: user.id, start: '2026-11-05T08:00:00Z', end: '2026-11-05T09:00:00Z' } });
    if (createTimeEntry.__typename !== 'CreateTimeEntrySuccess') throw new Error(JSON.stringify(createTimeEntry));
    const moved = await gw.data(op.UpdateTimeEntry, { input: { id: createTimeEntry.timeEntry.id, start: '2026-11-05T10:00:00Z' } });
    expect(moved.updateTimeEntry).toMatchObject({
      __typename: 'ValidationError',
      fields: [{ path: ['input', 'start'], message: "is after the entry's end (2026-11-05T09:00:00.000Z); send an earlier start, or a new end with it" }],
    });
  });
});

describe('a wrong API key', () => {
  const key = 'wording-test-key-0123456789';
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory', { auth: { apiKeys: [{ name: 'app', hash: hashApiKey(key) }] } });
  });
  afterAll(() => gw.close());

  const ask = async (headers: Record<string, string>) => {
    const response = await gw.raw(JSON.stringify({ query: '{ sources { key } }' }), { headers });
    return { status: response.status, body: (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> } };
  };

  it('is an "invalid credential", not "authentication required"; no credential still asks for one', async () => {
    const wrong = await ask({ authorization: 'Bearer not-a-key-we-know-42' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/^Invalid credential: /) });
    expect(wrong.body.errors[0]!.message).not.toContain('not-a-key-we-know-42');
    const none = await ask({});
    expect(none.body.errors[0]!.message).toMatch(/^Authentication required/);
    const right = await ask({ authorization: `Bearer ${key}` });
    expect(right.status).toBe(200);
  });
});
