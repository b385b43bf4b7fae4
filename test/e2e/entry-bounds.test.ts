/**
 * Issue #9 item 6 and issue #14 item 1 through GraphQL over HTTP, on SQLite and PostgreSQL:
 * impossible entries are refused at write time; a stored row the gateway cannot represent is an
 * error in its own slot of a list, not a `data: null` for everyone; report totals beyond 2^31
 * seconds answer exactly.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { TEST_STORES } from '../support/stores.js';
import * as op from './operations.js';

const EntryDurations = graphql(`
  query EntryDurations($filter: TimeEntryFilter, $first: Int) {
    timeEntries(filter: $filter, first: $first) {
      edges { cursor node { id description durationSeconds } }
    }
  }
`);

const UpdateEntryEnd = graphql(`
  mutation UpdateEntryEnd($input: UpdateTimeEntryInput!) {
    updateTimeEntry(input: $input) {
      __typename
      ... on UpdateTimeEntrySuccess { timeEntry { id end durationSeconds } }
      ... on ValidationError { code fields { path message } }
    }
  }
`);

const DAY = 86_400;

describe.each(TEST_STORES)('entry bounds and large totals ($name)', (store) => {
  let gw: TestGateway;
  let userId: string;
  let userRemoteId: string;

  beforeAll(async () => {
    gw = await startTestGateway(await store.url());
    const { createUser } = await gw.data(op.CreateUser, { input: { source: 'local', name: 'Long Runner', email: 'long@example.com' } });
    if (createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(createUser));
    userId = createUser.user.id;
    userRemoteId = createUser.user.remoteId;
  });
  afterAll(() => gw?.close());

  const create = (start: string, end: string | null, description?: string) =>
    gw.data(op.CreateTimeEntry, { input: { source: 'local', userId, start, ...(end ? { end } : {}), ...(description ? { description } : {}) } }).then((d) => d.createTimeEntry);

  it('refuses an entry from year 1 to 2026 and one longer than 31 days, naming the field', async () => {
    const ancient = await create('0001-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    expect(ancient).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'start'], message: expect.stringContaining('1970') }] });
    const farFuture = await create('2026-01-01T00:00:00Z', '2101-01-01T00:00:00Z');
    expect(farFuture).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'end'], message: expect.stringContaining('2100') }] });
    const tooLong = await create('2026-01-01T00:00:00Z', new Date(Date.parse('2026-01-01T00:00:00Z') + (31 * DAY + 1) * 1000).toISOString());
    expect(tooLong).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'end'], message: expect.stringContaining('limits.maxEntrySeconds') }] });
    const longest = await create('2026-01-01T00:00:00Z', new Date(Date.parse('2026-01-01T00:00:00Z') + 31 * DAY * 1000).toISOString());
    expect(longest).toMatchObject({ __typename: 'CreateTimeEntrySuccess', timeEntry: { durationSeconds: 31 * DAY } });

    const timer = await gw.data(op.StartTimer, { input: { source: 'local', userId, start: '1900-01-01T00:00:00Z' } });
    expect(timer.startTimer).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT' });
  });

  it('refuses an update that would stretch an entry past the maximum (end alone given)', async () => {
    const entry = await create('2026-02-01T09:00:00Z', '2026-02-01T10:00:00Z');
    if (entry.__typename !== 'CreateTimeEntrySuccess') throw new Error(JSON.stringify(entry));
    const stretched = await gw.data(UpdateEntryEnd, { input: { id: entry.timeEntry.id, end: '2026-04-01T10:00:00Z' } });
    expect(stretched.updateTimeEntry).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'end'] }] });
    const fine = await gw.data(UpdateEntryEnd, { input: { id: entry.timeEntry.id, end: '2026-02-01T12:00:00Z' } });
    expect(fine.updateTimeEntry).toMatchObject({ __typename: 'UpdateTimeEntrySuccess', timeEntry: { durationSeconds: 3 * 3600 } });
  });

  it('answers a list holding a row it cannot represent: that edge is a typed error, the others data', async () => {
    // A row written before these rules existed (or by hand): year 1 to 2026 overflows an Int of seconds.
    const badId = randomUUID();
    await gw.gateway.store.db
      .insertInto('time_entries')
      .values({
        id: badId, user_id: userRemoteId, project_id: null, task_id: null, description: 'from the dawn of time',
        start_at: '0001-01-01T00:00:00.000Z', end_at: '2026-03-10T00:00:00.000Z', billable: 0, type: 'WORK', origin: 'MANUAL', created_at: new Date().toISOString(),
      })
      .execute();
    await create('2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z', 'a good one');

    const result = await gw.request(EntryDurations, { filter: { userIds: [userId], from: '2026-03-09T00:00:00Z', to: '2026-03-11T00:00:00Z' }, first: 10 });
    expect(result.data).not.toBeNull();
    const edges = result.data!.timeEntries.edges;
    expect(edges).toHaveLength(2);
    const badSlot = edges.findIndex((e) => e.node === null);
    expect(badSlot).toBeGreaterThanOrEqual(0);
    expect(edges.filter((e) => e.node).map((e) => [e.node!.description, e.node!.durationSeconds])).toEqual([['a good one', 3600]]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['timeEntries', 'edges', badSlot, 'node'],
      extensions: { code: 'RESPONSE_VALIDATION_FAILED', source: 'local' },
    });
    expect(result.errors![0]!.message).toContain(badId);
  });

  it('answers a report whose total is 10^10 seconds exactly (Seconds, beyond a 32-bit Int)', async () => {
    // 4,000 entries of 2,500,000 s (about 29 days, within the 31-day bound), seeded through the store.
    const length = 2_500_000;
    const { createUser } = await gw.data(op.CreateUser, { input: { source: 'local', name: 'Big Org', email: 'big@example.com' } });
    if (createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(createUser));
    const base = Date.parse('2025-01-01T00:00:00Z');
    const rows = Array.from({ length: 4000 }, (_, i) => {
      const start = base + (i % 300) * DAY * 1000 + Math.floor(i / 300) * 60_000;
      return {
        id: randomUUID(), user_id: createUser.user.remoteId, project_id: null, task_id: null, description: null,
        start_at: new Date(start).toISOString(), end_at: new Date(start + length * 1000).toISOString(),
        billable: 1, type: 'WORK', origin: 'MANUAL', created_at: new Date().toISOString(),
      };
    });
    for (let i = 0; i < rows.length; i += 500) await gw.gateway.store.db.insertInto('time_entries').values(rows.slice(i, i + 500)).execute();

    const input = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', userIds: [createUser.user.id] };
    const byUser = await gw.request(op.Report, { input: { ...input, groupBy: ['USER'] } });
    expect(byUser.errors).toBeUndefined();
    expect(byUser.data!.report).toMatchObject({ totalSeconds: 10_000_000_000, billableSeconds: 10_000_000_000, entryCount: 4000 });
    expect(byUser.data!.report.rows.map((r) => [r.user?.name, r.totalSeconds, r.billableSeconds])).toEqual([['Big Org', 10_000_000_000, 10_000_000_000]]);

    const byMonth = await gw.request(op.Report, { input: { ...input, groupBy: ['MONTH'], timeZone: 'America/Santiago' } });
    expect(byMonth.errors).toBeUndefined();
    expect(byMonth.data!.report.totalSeconds).toBe(10_000_000_000);
    expect(byMonth.data!.report.rows.reduce((sum, r) => sum + r.totalSeconds, 0)).toBe(10_000_000_000);
  });
});
