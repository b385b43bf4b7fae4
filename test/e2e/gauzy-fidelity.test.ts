/**
 * Ever Gauzy through GraphQL, against a simulator that follows Gauzy's server code (issues #10
 * and #15). Each case names the server rule it rests on; the simulator cites the file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGlobalId, type NodeType } from '../../src/domain/ids.js';
import { DEMO_IDS, SECOND_ORG_IDS, startGauzySimulator, type GauzySimOptions, type GauzySimulator } from '../../src/sandbox/gauzy/index.js';
import type { TimeLogRow } from '../../src/sandbox/gauzy/state.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.js';

const KEY = 'acme-gauzy';
const gid = (type: NodeType, remoteId: string) => encodeGlobalId(type, KEY, remoteId);

interface Setup {
  sim: GauzySimulator;
  gw: TestGateway;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

const open: Setup[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.gw.close();
    await s.sim.close();
  }
});

async function setup(options: GauzySimOptions = {}, auth: 'token' | 'login' = 'token'): Promise<Setup> {
  const sim = await startGauzySimulator({ dataset: 'demo', ...options });
  const credentials = auth === 'token' ? { token: sim.token } : { email: sim.email, password: sim.password };
  const gw = await startTestGateway('memory', {
    sources: [{ key: KEY, vendor: 'gauzy', baseUrl: sim.baseUrl, tenantId: sim.tenantId, organizationId: sim.organizationId, cacheTtlSeconds: 0, ...credentials }],
  });
  const gql = async (query: string, variables?: Record<string, unknown>) =>
    (await (await gw.raw(JSON.stringify({ query, variables }))).json()) as GraphQLResponse<any>;
  const s = { sim, gw, gql };
  open.push(s);
  return s;
}

const ENTRIES = `query($filter: TimeEntryFilter, $after: String) {
  timeEntries(filter: $filter, first: 200, after: $after) {
    edges { node { id remoteId start end running user { remoteId name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function allEntries(s: Setup, filter: Record<string, unknown>): Promise<{ nodes: any[]; errors: GraphQLResponse<unknown>['errors'] }> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const res: GraphQLResponse<any> = await s.gql(ENTRIES, { filter, after });
    if (res.errors?.length) return { nodes, errors: res.errors };
    nodes.push(...res.data.timeEntries.edges.map((e: any) => e.node));
    if (!res.data.timeEntries.pageInfo.hasNextPage) break;
    after = res.data.timeEntries.pageInfo.endCursor;
  }
  return { nodes, errors: undefined };
}

/** A log row as Gauzy stores it, for scenarios the demo data does not hold. */
function logRow(sim: GauzySimulator, id: string, employeeId: string, startedAt: string, stoppedAt: string, isRunning = false): TimeLogRow {
  return {
    id,
    createdAt: startedAt,
    updatedAt: startedAt,
    deletedAt: null,
    isActive: true,
    isArchived: false,
    archivedAt: null,
    createdByUserId: null,
    updatedByUserId: null,
    tenantId: sim.tenantId,
    organizationId: sim.organizationId,
    startedAt,
    stoppedAt,
    editedAt: null,
    logType: 'TRACKED',
    source: 'DESKTOP',
    description: 'inserted by the test',
    reason: null,
    isBillable: false,
    isRunning,
    version: null,
    employeeId,
    timesheetId: null,
    projectId: null,
    taskId: null,
    organizationContactId: null,
    organizationTeamId: null,
  };
}

const NOVEMBER = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' };

describe('gauzy fidelity: who the credentials are (#10.1, #10.2, #10.7)', () => {
  it('creates an entry without userId and starts the timer for the own user with a configured token (findMeUser needs includeEmployee)', async () => {
    const s = await setup();
    const created = await s.gql(
      `mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename ... on CreateTimeEntrySuccess { timeEntry { user { remoteId } } } ... on Error { message } } }`,
      { input: { source: KEY, start: '2026-11-21T08:00:00.000Z', end: '2026-11-21T09:00:00.000Z', description: 'no userId' } },
    );
    expect(created.data.createTimeEntry).toMatchObject({ __typename: 'CreateTimeEntrySuccess', timeEntry: { user: { remoteId: DEMO_IDS.employees.ada } } });
    const started = await s.gql(
      `mutation($input: StartTimerInput!) { startTimer(input: $input) { __typename ... on StartTimerSuccess { timeEntry { running } } ... on Error { message } } }`,
      { input: { source: KEY, userId: gid('User', DEMO_IDS.employees.ada) } },
    );
    expect(started.data.startTimer).toMatchObject({ __typename: 'StartTimerSuccess', timeEntry: { running: true } });
  });

  it('lists time entries for a signed-in user without an employee (timer/status would answer 404)', async () => {
    const s = await setup({ loginEmployee: false });
    const { nodes, errors } = await allEntries(s, { from: NOVEMBER.from, to: new Date(Date.now() + 86_400_000).toISOString() });
    expect(errors).toBeUndefined();
    expect(nodes.length).toBeGreaterThan(30);
  });

  it('refuses to present one employee as everyone without CHANGE_SELECTED_EMPLOYEE, and answers the own employee', async () => {
    const s = await setup({ loginRole: 'EMPLOYEE' });
    const everyone = await s.gql(ENTRIES, { filter: NOVEMBER });
    expect(everyone.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_SCOPE_NARROWED', source: KEY });
    expect(everyone.data?.timeEntries.edges ?? []).toEqual([]);
    const other = await s.gql(ENTRIES, { filter: { ...NOVEMBER, userIds: [gid('User', DEMO_IDS.employees.margaret)] } });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_SCOPE_NARROWED', source: KEY });
    const own = await allEntries(s, { ...NOVEMBER, userIds: [gid('User', DEMO_IDS.employees.ada)] });
    expect(own.errors).toBeUndefined();
    expect(own.nodes.length).toBeGreaterThan(5);
    expect(new Set(own.nodes.map((n) => n.user.remoteId))).toEqual(new Set([DEMO_IDS.employees.ada]));
  });

  it('renews an expired session with the refresh token, not a login per expiry (login is throttled to 5 a minute)', async () => {
    let clock = Date.now();
    const s = await setup({ now: () => new Date(clock), tokenTtlSeconds: 60 }, 'login');
    for (let i = 0; i < 8; i++) {
      clock += 120_000; // every token handed out so far has expired
      const res = await s.gql(`{ users(first: 10) { edges { node { name } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.users.edges).toHaveLength(3);
    }
    const logins = s.sim.requests.filter((r) => r.path === '/api/auth/login');
    expect(logins).toHaveLength(1);
    expect(s.sim.requests.filter((r) => r.path === '/api/auth/refresh-token').length).toBeGreaterThanOrEqual(7);
  });
});

describe('gauzy fidelity: request shapes (#10.3-#10.6)', () => {
  it('asks for more than 20 users at once in chunks (qs arrayLimit)', async () => {
    const s = await setup();
    const fake = Array.from({ length: 22 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const userIds = [...fake, DEMO_IDS.employees.ada, DEMO_IDS.employees.katherine].map((id) => gid('User', id));
    const { nodes, errors } = await allEntries(s, { ...NOVEMBER, userIds });
    expect(errors).toBeUndefined();
    expect(new Set(nodes.map((n) => n.user.remoteId))).toEqual(new Set([DEMO_IDS.employees.ada, DEMO_IDS.employees.katherine]));
  });

  it('creates a task without a status and renames one, keeping its status (title and status required, PUT is the full DTO)', async () => {
    const s = await setup();
    const created = await s.gql(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskSuccess { task { id status } } ... on Error { message } } }`,
      { input: { name: 'Bernoulli numbers', projectId: gid('Project', DEMO_IDS.projects.engine) } },
    );
    expect(created.data.createTask).toMatchObject({ __typename: 'CreateTaskSuccess', task: { status: 'TODO' } });
    const renamed = await s.gql(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename ... on UpdateTaskSuccess { task { name status priority } } ... on Error { message } } }`,
      { input: { id: gid('Task', DEMO_IDS.tasks.radar), name: 'Radar overload fix' } },
    );
    expect(renamed.data.updateTask).toMatchObject({ __typename: 'UpdateTaskSuccess', task: { name: 'Radar overload fix', status: 'IN_REVIEW', priority: 'URGENT' } });
    expect(s.sim.state.tasks.get(DEMO_IDS.tasks.radar)).toMatchObject({ title: 'Radar overload fix', status: 'in-review', priority: 'urgent' });
  });

  it('renames a team, changes its members and deletes it (id in the PUT body, organizationId on DELETE)', async () => {
    const s = await setup();
    const team = gid('Team', DEMO_IDS.teams.apollo);
    const members = await s.gql(
      `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { __typename ... on UpdateTeamSuccess { team { name members { remoteId } } } ... on Error { message } } }`,
      { input: { id: team, memberIds: [gid('User', DEMO_IDS.employees.margaret)] } },
    );
    expect(members.data.updateTeam).toMatchObject({ __typename: 'UpdateTeamSuccess', team: { name: 'Apollo Guidance', members: [{ remoteId: DEMO_IDS.employees.margaret }] } });
    const deleted = await s.gql(`mutation($input: DeleteTeamInput!) { deleteTeam(input: $input) { __typename ... on Error { message code } } }`, { input: { id: team } });
    expect(deleted.data.deleteTeam.__typename).toBe('DeleteTeamSuccess');
    expect(s.sim.state.teams.has(DEMO_IDS.teams.apollo)).toBe(false);
    const again = await s.gql(`mutation($input: DeleteTeamInput!) { deleteTeam(input: $input) { __typename ... on Error { message code } } }`, { input: { id: team } });
    expect(again.data.deleteTeam.__typename).toBe('NotFoundError');
  });

  it('creates a user (user.role required), changes name and e-mail through the user endpoint, and deletes it', async () => {
    const s = await setup();
    const created = await s.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on CreateUserSuccess { user { id name } } ... on Error { message } } }`,
      { input: { source: KEY, name: 'Mary Jackson', email: 'mary@example.com' } },
    );
    expect(created.data.createUser).toMatchObject({ __typename: 'CreateUserSuccess', user: { name: 'Mary Jackson' } });
    const id = created.data.createUser.user.id;
    const updated = await s.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on UpdateUserSuccess { user { name email } } ... on Error { message } } }`,
      { input: { id, name: 'Mary W. Jackson', email: 'mwj@example.com' } },
    );
    expect(updated.data.updateUser).toMatchObject({ __typename: 'UpdateUserSuccess', user: { name: 'Mary W. Jackson', email: 'mwj@example.com' } });
    expect([...s.sim.state.users.values()].find((u) => u.email === 'mwj@example.com')).toMatchObject({ firstName: 'Mary', lastName: 'W. Jackson' });
    const deleted = await s.gql(`mutation($input: DeleteUserInput!) { deleteUser(input: $input) { __typename ... on Error { message } } }`, { input: { id } });
    expect(deleted.data.deleteUser.__typename).toBe('DeleteUserSuccess');
  });

  it('renames a tag (PUT answers an UpdateResult) and changes a client e-mail alone (PUT requires name)', async () => {
    const s = await setup();
    const tag = await s.gql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { remoteId name } } ... on Error { message } } }`,
      { input: { id: gid('Tag', DEMO_IDS.tags.urgent), name: 'very urgent' } },
    );
    expect(tag.data.updateTag).toMatchObject({ __typename: 'UpdateTagSuccess', tag: { remoteId: DEMO_IDS.tags.urgent, name: 'very urgent' } });
    const client = await s.gql(
      `mutation($input: UpdateClientInput!) { updateClient(input: $input) { __typename ... on UpdateClientSuccess { client { name email } } ... on Error { message } } }`,
      { input: { id: gid('Client', DEMO_IDS.contacts.nasa), email: 'nasa@example.com' } },
    );
    expect(client.data.updateClient).toMatchObject({ __typename: 'UpdateClientSuccess', client: { name: 'NASA Langley', email: 'nasa@example.com' } });
  });
});

describe('gauzy fidelity: what lists hold (#10.12, #15.1-#15.4)', () => {
  it('finds an entry that began days before `from` and runs into the range', async () => {
    const s = await setup();
    const id = '11111111-1111-4111-8111-111111111111';
    s.sim.state.timeLogs.set(id, logRow(s.sim, id, DEMO_IDS.employees.margaret, '2026-10-27T06:00:00.000Z', '2026-11-02T03:00:00.000Z'));
    const { nodes, errors } = await allEntries(s, { from: '2026-11-02T00:00:00.000Z', to: '2026-11-02T06:00:00.000Z' });
    expect(errors).toBeUndefined();
    expect(nodes.map((n) => n.remoteId)).toEqual([id]);
  });

  it('finds a timer that has run for days into the range, once, as running', async () => {
    const s = await setup();
    const id = '44444444-4444-4444-8444-444444444444';
    const lastSlot = new Date(Date.now() - 300_000).toISOString();
    s.sim.state.timeLogs.set(id, logRow(s.sim, id, DEMO_IDS.employees.katherine, new Date(Date.now() - 3 * 86_400_000).toISOString(), lastSlot, true));
    const { nodes, errors } = await allEntries(s, { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() });
    expect(errors).toBeUndefined();
    expect(nodes.filter((n) => n.remoteId === id)).toMatchObject([{ running: true, end: null, user: { remoteId: DEMO_IDS.employees.katherine } }]);
  });

  it('lists a deactivated person as INACTIVE instead of dropping them (GET /employee forces active users)', async () => {
    const s = await setup();
    s.sim.state.users.get(DEMO_IDS.users.margaret)!.isActive = false;
    const res = await s.gql(`{ users(first: 10) { edges { node { name status } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.users.edges.map((e: any) => e.node)).toContainEqual({ name: 'Margaret Hamilton', status: 'INACTIVE' });
  });

  it('reads every team past the first 100 (organization-team findAll pages by page number)', async () => {
    const s = await setup({ dataset: 'empty' });
    const base = s.sim.state.teams;
    for (let i = 0; i < 130; i++) {
      const id = `22222222-2222-4222-8222-${String(i).padStart(12, '0')}`;
      base.set(id, {
        id, createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z', deletedAt: null, isActive: true, isArchived: false, archivedAt: null,
        createdByUserId: null, updatedByUserId: null, tenantId: s.sim.tenantId, organizationId: s.sim.organizationId, name: `Team ${String(i).padStart(3, '0')}`,
        color: null, emoji: null, teamSize: null, logo: null, prefix: null, public: false, profile_link: null, shareProfileView: true, requirePlanToTrack: false, imageId: null,
      });
    }
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphQLResponse<any> = await s.gql(`query($after: String) { teams(first: 50, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(res.errors).toBeUndefined();
      names.push(...res.data.teams.edges.map((e: any) => e.node.name));
      if (!res.data.teams.pageInfo.hasNextPage) break;
      after = res.data.teams.pageInfo.endCursor;
    }
    expect(names).toHaveLength(130);
    expect(new Set(names).size).toBe(130);
  });

  it('keeps to its organization when the tenant holds two', async () => {
    const s = await setup({ secondOrganization: true });
    const lists = await s.gql(`{
      users(first: 50) { edges { node { name } } }
      teams(first: 50) { edges { node { name } } }
      clients(first: 50) { edges { node { name } } }
      projects(first: 50) { edges { node { name } } }
      tasks(first: 50) { edges { node { name } } }
      tags(first: 50) { edges { node { name } } }
    }`);
    expect(lists.errors).toBeUndefined();
    const all = Object.values(lists.data as Record<string, any>).flatMap((c) => c.edges.map((e: any) => e.node.name));
    expect(all).toContain('Ada Lovelace');
    for (const foreign of ['Grace Hopper', 'Mark I Crew', 'US Navy', 'COBOL', 'A-0 compiler', 'navy']) expect(all).not.toContain(foreign);
    const { nodes } = await allEntries(s, NOVEMBER);
    expect(nodes.map((n) => n.remoteId)).not.toContain(SECOND_ORG_IDS.timeLog);
    const byId = await s.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [gid('User', SECOND_ORG_IDS.employee), gid('Team', SECOND_ORG_IDS.team), gid('Task', SECOND_ORG_IDS.task), gid('TimeEntry', SECOND_ORG_IDS.timeLog)],
    });
    expect(byId.data.nodes).toEqual([null, null, null, null]);
  });

  it("shows another employee's just-started timer once, and once again after its first time slot", async () => {
    const s = await setup();
    const id = '33333333-3333-4333-8333-333333333333';
    const started = new Date(Date.now() - 120_000).toISOString();
    s.sim.state.timeLogs.set(id, logRow(s.sim, id, DEMO_IDS.employees.margaret, started, started, true));
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const first = await allEntries(s, window);
    expect(first.errors).toBeUndefined();
    expect(first.nodes.filter((n) => n.remoteId === id)).toMatchObject([{ running: true, user: { remoteId: DEMO_IDS.employees.margaret } }]);
    // The tracker saved a slot: now the time-log list has it too.
    const log = s.sim.state.timeLogs.get(id)!;
    log.startedAt = new Date(Date.now() - 1_500_000).toISOString();
    log.stoppedAt = new Date(Date.now() - 300_000).toISOString();
    const second = await allEntries(s, window);
    expect(second.nodes.filter((n) => n.remoteId === id)).toMatchObject([{ running: true }]);
  });
});

describe('gauzy fidelity: writes that must not destroy (#10.15)', () => {
  it('refuses manual time that overlaps another entry of the same user, which Gauzy would cut', async () => {
    const s = await setup();
    const mine = [...s.sim.state.timeLogs.values()].find((l) => l.employeeId === DEMO_IDS.employees.ada && !l.isRunning && l.deletedAt === null && l.startedAt.startsWith('2026-11-1'))!;
    const before = { ...mine };
    const start = new Date(Date.parse(mine.startedAt) + 600_000).toISOString();
    const end = new Date(Date.parse(mine.stoppedAt) + 600_000).toISOString();
    const res = await s.gql(
      `mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename ... on Error { message code } } }`,
      { input: { source: KEY, userId: gid('User', DEMO_IDS.employees.ada), start, end } },
    );
    expect(res.data.createTimeEntry).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect(res.data.createTimeEntry.message).toContain(mine.id);
    expect(s.sim.state.timeLogs.get(mine.id)).toMatchObject({ startedAt: before.startedAt, stoppedAt: before.stoppedAt, deletedAt: null });
    const moved = await s.gql(
      `mutation($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) { __typename ... on Error { message code } } }`,
      { input: { id: gid('TimeEntry', mine.id), end: new Date(Date.parse(mine.stoppedAt) + 60_000).toISOString() } },
    );
    expect(moved.data.updateTimeEntry.__typename).toBe('UpdateTimeEntrySuccess');
  });
});
