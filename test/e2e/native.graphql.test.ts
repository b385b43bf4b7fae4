/**
 * The foundation through its public surface: GraphQL over HTTP against a gateway whose only
 * source is the native store, on SQLite and (when DATABASE_URL is set) on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/domain/ids.js';
import { TEST_STORES } from '../support/stores.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import type { CreateTimeEntryInput } from '../gql/graphql.js';
import * as op from './operations.js';

describe.each(TEST_STORES)('native source over GraphQL ($name)', (store) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(await store.url());
  });
  afterAll(() => gw.close());

  const createUser = async (name: string, email: string) => {
    const { createUser } = await gw.data(op.CreateUser, { input: { source: 'local', name, email } });
    if (createUser.__typename !== 'CreateUserSuccess') throw new Error(`createUser failed: ${JSON.stringify(createUser)}`);
    return createUser.user;
  };
  const createProject = async (name: string, extra: Record<string, unknown> = {}) => {
    const { createProject } = await gw.data(op.CreateProject, { input: { source: 'local', name, ...extra } });
    if (createProject.__typename !== 'CreateProjectSuccess') throw new Error(JSON.stringify(createProject));
    return createProject.project;
  };
  const createEntry = async (input: CreateTimeEntryInput) => {
    const { createTimeEntry } = await gw.data(op.CreateTimeEntry, { input });
    return createTimeEntry;
  };

  it('lists the default native source with its capabilities', async () => {
    const { sources } = await gw.data(op.SourcesQuery);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ key: 'local', vendor: 'NATIVE', timers: true });
    const entities = sources[0]!.capabilities.map((c) => c.entity).sort();
    expect(entities).toEqual(['CLIENT', 'PROJECT', 'TAG', 'TASK', 'TEAM', 'TIME_ENTRY', 'USER']);
    for (const c of sources[0]!.capabilities) expect(c.operations).toEqual(['LIST', 'GET', 'CREATE', 'UPDATE', 'DELETE']);
  });

  it('creates, reads, updates and deletes a user, with typed errors for bad input', async () => {
    const user = await createUser('Ada Lovelace', 'ada@example.com');
    expect(user).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', role: 'MEMBER', status: 'ACTIVE', source: { key: 'local', vendor: 'NATIVE' } });

    const duplicate = await gw.data(op.CreateUser, { input: { source: 'local', name: 'Other Ada', email: 'ADA@example.com' } });
    expect(duplicate.createUser).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'email'] }] });

    const invalid = await gw.data(op.CreateUser, { input: { source: 'local', name: '  ', email: 'not-an-email' } });
    expect(invalid.createUser.__typename).toBe('ValidationError');
    if (invalid.createUser.__typename === 'ValidationError') {
      expect(invalid.createUser.fields.map((f) => f.path.join('.')).sort()).toEqual(['input.email', 'input.name']);
    }

    const unknownSource = await gw.data(op.CreateUser, { input: { source: 'nowhere', name: 'X', email: 'x@example.com' } });
    expect(unknownSource.createUser).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'source'] }] });

    const updated = await gw.data(op.UpdateUser, { input: { id: user.id, role: 'ADMIN', timeZone: 'Europe/London' } });
    expect(updated.updateUser).toMatchObject({ __typename: 'UpdateUserSuccess', user: { role: 'ADMIN', name: 'Ada Lovelace' } });

    const temp = await createUser('Temp Person', 'temp@example.com');
    const deleted = await gw.data(op.DeleteUser, { input: { id: temp.id } });
    expect(deleted.deleteUser).toMatchObject({ __typename: 'DeleteUserSuccess', user: { id: temp.id, name: 'Temp Person' } });
    const again = await gw.data(op.DeleteUser, { input: { id: temp.id } });
    expect(again.deleteUser).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('rejects an unknown enum value and a missing required field before any resolver runs', async () => {
    const bad = await gw.raw(JSON.stringify({ query: 'mutation { createUser(input: {source: "local", name: "E", email: "e@example.com", role: EMPEROR}) { __typename } }' }));
    const body = (await bad.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/EMPEROR/);
    const missing = await gw.raw(JSON.stringify({ query: 'mutation { createUser(input: {source: "local", name: "E"}) { __typename } }' }));
    const missingBody = (await missing.json()) as { errors: Array<{ message: string }> };
    expect(missingBody.errors[0]!.message).toMatch(/email/);
    const { users } = await gw.data(op.Users, { filter: { email: 'e@example.com' } });
    expect(users.edges).toHaveLength(0);
  });

  it('manages teams and their members', async () => {
    const a = await createUser('Team Alpha One', 'alpha1@example.com');
    const b = await createUser('Team Alpha Two', 'alpha2@example.com');
    const { createTeam } = await gw.data(op.CreateTeam, { input: { source: 'local', name: 'Alpha', memberIds: [a.id] } });
    if (createTeam.__typename !== 'CreateTeamSuccess') throw new Error(JSON.stringify(createTeam));
    expect(createTeam.team.members.map((m) => m.name)).toEqual(['Team Alpha One']);

    const added = await gw.data(op.AddTeamMembers, { input: { teamId: createTeam.team.id, userIds: [b.id, a.id] } });
    expect(added.addTeamMembers.__typename === 'AddTeamMembersSuccess' && added.addTeamMembers.team.members.length).toBe(2);
    const removed = await gw.data(op.RemoveTeamMembers, { input: { teamId: createTeam.team.id, userIds: [a.id] } });
    expect(removed.removeTeamMembers.__typename === 'RemoveTeamMembersSuccess' && removed.removeTeamMembers.team.members.map((m) => m.name)).toEqual(['Team Alpha Two']);

    const renamed = await gw.data(op.UpdateTeam, { input: { id: createTeam.team.id, name: 'Alpha Squad' } });
    expect(renamed.updateTeam).toMatchObject({ team: { name: 'Alpha Squad' } });
    const { teams } = await gw.data(op.Teams, {});
    expect(teams.edges.map((e) => e.node.name)).toContain('Alpha Squad');

    const deleted = await gw.data(op.DeleteTeam, { input: { id: createTeam.team.id } });
    expect(deleted.deleteTeam.__typename).toBe('DeleteTeamSuccess');
    const { users } = await gw.data(op.Users, { filter: { search: 'team alpha' } });
    expect(users.edges).toHaveLength(2);
  });

  it('manages clients, tags, projects and tasks, refusing deletes that would orphan data', async () => {
    const { createClient } = await gw.data(op.CreateClient, { input: { source: 'local', name: 'Acme Corp', email: 'billing@acme.test' } });
    if (createClient.__typename !== 'CreateClientSuccess') throw new Error(JSON.stringify(createClient));
    const project = await createProject('Website', { clientId: createClient.client.id, billable: true, estimate: 'PT40H' });
    expect(project).toMatchObject({ name: 'Website', billable: true, status: 'ACTIVE', estimate: 'PT40H', estimateSeconds: 144000, client: { name: 'Acme Corp' } });

    const blocked = await gw.data(op.DeleteClient, { input: { id: createClient.client.id } });
    expect(blocked.deleteClient).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });

    const archived = await gw.data(op.UpdateClient, { input: { id: createClient.client.id, archived: true } });
    expect(archived.updateClient).toMatchObject({ client: { archived: true } });
    const { clients } = await gw.data(op.Clients, { filter: { archived: true } });
    expect(clients.edges.map((e) => e.node.name)).toEqual(['Acme Corp']);

    const { createTag } = await gw.data(op.CreateTag, { input: { source: 'local', name: 'deep-work' } });
    expect(createTag).toMatchObject({ __typename: 'CreateTagSuccess', tag: { name: 'deep-work' } });
    if (createTag.__typename !== 'CreateTagSuccess') return;
    const renamedTag = await gw.data(op.UpdateTag, { input: { id: createTag.tag.id, name: 'focus' } });
    expect(renamedTag.updateTag).toMatchObject({ tag: { name: 'focus' } });

    const dev = await createUser('Dev Person', 'dev@example.com');
    const members = await gw.data(op.AddProjectMembers, { input: { projectId: project.id, userIds: [dev.id] } });
    expect(members.addProjectMembers).toMatchObject({ project: { members: [{ name: 'Dev Person' }] } });

    const { createTask } = await gw.data(op.CreateTask, {
      input: { projectId: project.id, name: 'Landing page', priority: 'HIGH', estimate: 'PT3H', assigneeIds: [dev.id] },
    });
    expect(createTask).toMatchObject({
      __typename: 'CreateTaskSuccess',
      task: { name: 'Landing page', status: 'TODO', priority: 'HIGH', estimateSeconds: 10800, trackedSeconds: 0, tracked: 'PT0S', project: { name: 'Website' }, assignees: [{ name: 'Dev Person' }] },
    });
    if (createTask.__typename !== 'CreateTaskSuccess') return;
    const taskUpdate = await gw.data(op.UpdateTask, { input: { id: createTask.task.id, status: 'IN_PROGRESS', assigneeIds: [] } });
    expect(taskUpdate.updateTask).toMatchObject({ task: { status: 'IN_PROGRESS', assignees: [] } });

    const entry = await createEntry({ taskId: createTask.task.id, userId: dev.id, start: '2026-11-02T09:00:00Z', end: '2026-11-02T10:30:00Z', tagIds: [createTag.tag.id] });
    expect(entry).toMatchObject({ __typename: 'CreateTimeEntrySuccess', timeEntry: { project: { name: 'Website', client: { name: 'Acme Corp' } }, task: { name: 'Landing page' }, tags: [{ name: 'focus' }] } });
    const { tasks } = await gw.data(op.Tasks, { filter: { projectIds: [project.id] } });
    expect(tasks.edges[0]!.node.trackedSeconds).toBe(5400);

    expect((await gw.data(op.DeleteTask, { input: { id: createTask.task.id } })).deleteTask).toMatchObject({ __typename: 'ConflictError' });
    expect((await gw.data(op.DeleteProject, { input: { id: project.id } })).deleteProject).toMatchObject({ __typename: 'ConflictError' });
    expect((await gw.data(op.DeleteUser, { input: { id: dev.id } })).deleteUser).toMatchObject({ __typename: 'ConflictError' });

    // A tag is a label: deleting it keeps the entry and drops the tag from it.
    expect((await gw.data(op.DeleteTag, { input: { id: createTag.tag.id } })).deleteTag.__typename).toBe('DeleteTagSuccess');
    if (entry.__typename === 'CreateTimeEntrySuccess') {
      const after = await gw.data(op.TimeEntries, { filter: { taskIds: [createTask.task.id] } });
      expect(after.timeEntries.edges).toHaveLength(1);
      expect((await gw.data(op.DeleteTimeEntry, { input: { id: entry.timeEntry.id } })).deleteTimeEntry.__typename).toBe('DeleteTimeEntrySuccess');
    }
    expect((await gw.data(op.DeleteTask, { input: { id: createTask.task.id } })).deleteTask.__typename).toBe('DeleteTaskSuccess');
    expect((await gw.data(op.DeleteProject, { input: { id: project.id } })).deleteProject.__typename).toBe('DeleteProjectSuccess');
    expect((await gw.data(op.DeleteClient, { input: { id: createClient.client.id } })).deleteClient.__typename).toBe('DeleteClientSuccess');
  });

  it('validates time entries and writes nothing when any part is invalid', async () => {
    const user = await createUser('Val Idator', 'val@example.com');
    const before = await gw.data(op.TimeEntries, { filter: { userIds: [user.id] } });
    const backwards = await createEntry({ source: 'local', userId: user.id, start: '2026-11-03T10:00:00Z', end: '2026-11-03T09:00:00Z' });
    expect(backwards).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'end'] }] });

    const missingTag = await createEntry({ source: 'local', userId: user.id, start: '2026-11-03T09:00:00Z', end: '2026-11-03T10:00:00Z', tagIds: [encodeGlobalId('Tag', 'local', '00000000-0000-4000-8000-000000000000')] });
    expect(missingTag).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'tagIds'] }] });

    const wrongType = await createEntry({ source: 'local', userId: user.id, projectId: user.id, start: '2026-11-03T09:00:00Z', end: '2026-11-03T10:00:00Z' });
    expect(wrongType).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'projectId'] }] });

    const badDate = await gw.raw(JSON.stringify({ query: op_print('createTimeEntry'), variables: { input: { source: 'local', start: '2026-02-30T09:00:00Z' } } }));
    const badDateBody = (await badDate.json()) as { errors: Array<{ message: string }> };
    expect(badDateBody.errors[0]!.message).toMatch(/start|DateTime/);

    const after = await gw.data(op.TimeEntries, { filter: { userIds: [user.id] } });
    expect(after.timeEntries.edges.length).toBe(before.timeEntries.edges.length);
  });

  it('updates a time entry, keeps project and task consistent, and refuses a backwards interval', async () => {
    const user = await createUser('Up Dater', 'updater@example.com');
    const alpha = await createProject('Alpha Project');
    const beta = await createProject('Beta Project');
    const { createTask } = await gw.data(op.CreateTask, { input: { projectId: alpha.id, name: 'Alpha Task' } });
    if (createTask.__typename !== 'CreateTaskSuccess') throw new Error(JSON.stringify(createTask));
    const { createTag } = await gw.data(op.CreateTag, { input: { source: 'local', name: 'billable-review' } });
    if (createTag.__typename !== 'CreateTagSuccess') throw new Error(JSON.stringify(createTag));
    const created = await createEntry({ taskId: createTask.task.id, userId: user.id, start: '2026-11-04T09:00:00Z', end: '2026-11-04T10:00:00Z' });
    if (created.__typename !== 'CreateTimeEntrySuccess') throw new Error(JSON.stringify(created));
    expect(created.timeEntry.project?.name).toBe('Alpha Project');

    const mismatch = await createEntry({ projectId: beta.id, taskId: createTask.task.id, userId: user.id, start: '2026-11-04T11:00:00Z', end: '2026-11-04T12:00:00Z' });
    expect(mismatch).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'taskId'] }] });

    const updated = await gw.data(op.UpdateTimeEntry, {
      input: { id: created.timeEntry.id, description: 'reviewed', end: '2026-11-04T10:45:00Z', billable: true, tagIds: [createTag.tag.id] },
    });
    expect(updated.updateTimeEntry).toMatchObject({
      __typename: 'UpdateTimeEntrySuccess',
      timeEntry: { description: 'reviewed', durationSeconds: 6300, billable: true, tags: [{ name: 'billable-review' }] },
    });
    const backwards = await gw.data(op.UpdateTimeEntry, { input: { id: created.timeEntry.id, end: '2026-11-04T08:00:00Z' } });
    expect(backwards.updateTimeEntry).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'end'] }] });
    const unchanged = await gw.data(op.TimeEntries, { filter: { userIds: [user.id] } });
    expect(unchanged.timeEntries.edges[0]!.node).toMatchObject({ end: '2026-11-04T10:45:00.000Z' });

    const gone = await gw.data(op.UpdateTimeEntry, { input: { id: encodeGlobalId('TimeEntry', 'local', '00000000-0000-4000-8000-000000000000'), description: 'x' } });
    expect(gone.updateTimeEntry).toMatchObject({ __typename: 'NotFoundError' });

    const member = await gw.data(op.AddProjectMembers, { input: { projectId: beta.id, userIds: [user.id] } });
    expect(member.addProjectMembers).toMatchObject({ project: { members: [{ name: 'Up Dater' }] } });
    const removed = await gw.data(op.RemoveProjectMembers, { input: { projectId: beta.id, userIds: [user.id] } });
    expect(removed.removeProjectMembers).toMatchObject({ __typename: 'RemoveProjectMembersSuccess', project: { members: [] } });
    const foreign = await gw.data(op.RemoveProjectMembers, { input: { projectId: beta.id, userIds: [beta.id] } });
    expect(foreign.removeProjectMembers).toMatchObject({ __typename: 'ValidationError' });
  });

  it('pages time entries newest first with no entry twice and none skipped', async () => {
    const user = await createUser('Page Turner', 'pages@example.com');
    const starts = Array.from({ length: 7 }, (_, i) => `2026-10-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`);
    for (const start of starts) {
      const result = await createEntry({ source: 'local', userId: user.id, start, end: start.replace('T08', 'T09') });
      expect(result.__typename).toBe('CreateTimeEntrySuccess');
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { timeEntries }: { timeEntries: { edges: Array<{ node?: { start: unknown } | null }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } } = await gw.data(op.TimeEntries, { filter: { userIds: [user.id] }, first: 3, after });
      seen.push(...timeEntries.edges.map((e) => e.node!.start as string));
      if (!timeEntries.pageInfo.hasNextPage) break;
      after = timeEntries.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual([...starts].reverse());

    const tooBig = await gw.request(op.TimeEntries, { first: 5000 });
    expect(tooBig.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const badCursor = await gw.request(op.TimeEntries, { after: 'garbage' });
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('runs at most one timer per user: starting another stops the first', async () => {
    const user = await createUser('Tim Er', 'timer@example.com');
    const first = await gw.data(op.StartTimer, { input: { source: 'local', userId: user.id, start: '2026-11-05T08:00:00Z' } });
    expect(first.startTimer).toMatchObject({ __typename: 'StartTimerSuccess', timeEntry: { running: true, end: null, origin: 'TIMER' } });
    const second = await gw.data(op.StartTimer, { input: { source: 'local', userId: user.id, start: '2026-11-05T09:00:00Z' } });
    expect(second.startTimer).toMatchObject({ timeEntry: { running: true } });
    const running = await gw.data(op.TimeEntries, { filter: { userIds: [user.id], running: true } });
    expect(running.timeEntries.edges).toHaveLength(1);
    const stoppedFirst = await gw.data(op.TimeEntries, { filter: { userIds: [user.id], running: false } });
    expect(stoppedFirst.timeEntries.edges[0]!.node).toMatchObject({ end: '2026-11-05T09:00:00.000Z', durationSeconds: 3600, duration: 'PT1H' });

    const stop = await gw.data(op.StopTimer, { input: { source: 'local', userId: user.id, end: '2026-11-05T09:30:00Z' } });
    expect(stop.stopTimer).toMatchObject({ __typename: 'StopTimerSuccess', timeEntry: { running: false, durationSeconds: 1800 } });
    const none = await gw.data(op.StopTimer, { input: { source: 'local', userId: user.id } });
    expect(none.stopTimer).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('reports by day in a time zone, splitting an entry that crosses midnight', async () => {
    const user = await createUser('Night Owl', 'owl@example.com');
    const project = await createProject('Night Shift', { billable: true });
    // 22:00–02:00 in Berlin (UTC+1 in November): 2 h on the 12th and 2 h on the 13th.
    await createEntry({ projectId: project.id, userId: user.id, start: '2026-11-12T21:00:00Z', end: '2026-11-13T01:00:00Z', billable: true, description: 'overnight' });
    await createEntry({ projectId: project.id, userId: user.id, start: '2026-11-13T09:00:00Z', end: '2026-11-13T09:45:00Z', description: 'standup' });
    const { report } = await gw.data(op.Report, {
      input: { from: '2026-11-12T00:00:00Z', to: '2026-11-14T00:00:00Z', timeZone: 'Europe/Berlin', userIds: [user.id], groupBy: ['DAY', 'USER'] },
    });
    expect(report).toMatchObject({ totalSeconds: 4 * 3600 + 45 * 60, billableSeconds: 4 * 3600, entryCount: 2, total: 'PT4H45M', timeZone: 'Europe/Berlin' });
    expect(report.rows.map((r) => [r.date, r.totalSeconds, r.entryCount, r.user?.name])).toEqual([
      ['2026-11-12', 7200, 1, 'Night Owl'],
      ['2026-11-13', 7200 + 2700, 2, 'Night Owl'],
    ]);

    const byProject = await gw.data(op.Report, { input: { from: '2026-11-12T00:00:00Z', to: '2026-11-14T00:00:00Z', projectIds: [project.id], groupBy: ['PROJECT', 'SOURCE'] } });
    expect(byProject.report.rows).toEqual([expect.objectContaining({ totalSeconds: 17100, project: { name: 'Night Shift' }, source: { key: 'local' } })]);

    const badZone = await gw.request(op.Report, { input: { from: '2026-11-12T00:00:00Z', to: '2026-11-14T00:00:00Z', timeZone: 'Mars/Olympus', groupBy: ['DAY'] } });
    expect(badZone.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'timeZone'] }] } });
  });

  it('counts a running entry in reports up to now', async () => {
    const user = await createUser('Still Going', 'going@example.com');
    const start = new Date(Date.now() - 3600_000).toISOString();
    await gw.data(op.StartTimer, { input: { source: 'local', userId: user.id, start } });
    const { report } = await gw.data(op.Report, { input: { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString(), userIds: [user.id], groupBy: [] } });
    expect(report.totalSeconds).toBeGreaterThanOrEqual(3600);
    expect(report.totalSeconds).toBeLessThan(3600 + 120);
  });

  it('round-trips every entity through node and nodes, and refuses bad IDs with a typed error', async () => {
    const user = await createUser('Node Walker', 'node@example.com');
    const project = await createProject('Node Project');
    const { createTask } = await gw.data(op.CreateTask, { input: { projectId: project.id, name: 'Node Task' } });
    const { createTag } = await gw.data(op.CreateTag, { input: { source: 'local', name: 'node-tag' } });
    const { createClient } = await gw.data(op.CreateClient, { input: { source: 'local', name: 'Node Client' } });
    const { createTeam } = await gw.data(op.CreateTeam, { input: { source: 'local', name: 'Node Team' } });
    const entry = await createEntry({ source: 'local', userId: user.id, description: 'node entry', start: '2026-11-01T10:00:00Z', end: '2026-11-01T11:00:00Z' });
    const ids: Array<[string, string]> = [[user.id, 'User'], [project.id, 'Project']];
    for (const [result, type, field] of [[createTask, 'Task', 'task'], [createTag, 'Tag', 'tag'], [createClient, 'Client', 'client'], [createTeam, 'Team', 'team'], [entry, 'TimeEntry', 'timeEntry']] as const) {
      ids.push([(result as any)[field].id, type]);
    }
    for (const [id, type] of ids) {
      const { node } = await gw.data(op.NodeQuery, { id });
      expect(node).toMatchObject({ __typename: type, id });
    }
    const { nodes } = await gw.data(op.NodesQuery, { ids: ids.map(([id]) => id) });
    expect(nodes.map((n) => n?.__typename)).toEqual(ids.map(([, type]) => type));

    const forged = user.id.slice(0, -2) + (user.id.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of ['not-an-id', forged, encodeGlobalId('User', 'elsewhere', user.remoteId), encodeGlobalId('User', 'local', '../../etc')]) {
      const result = await gw.request(op.NodeQuery, { id: bad });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const foreignType = await gw.data(op.UpdateUser, { input: { id: project.id, name: 'x' } });
    expect(foreignType.updateUser).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
  });

  it('answers health and readiness probes', async () => {
    expect((await gw.raw('', { method: 'GET', path: '/healthz' })).status).toBe(200);
    const ready = await gw.raw('', { method: 'GET', path: '/readyz' });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

/** A literal mutation text for the raw-variable test (the typed document would coerce nothing). */
function op_print(_: 'createTimeEntry'): string {
  return 'mutation($input: CreateTimeEntryInput!) { createTimeEntry(input: $input) { __typename } }';
}
