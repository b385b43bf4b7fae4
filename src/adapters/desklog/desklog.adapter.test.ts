/**
 * The Desklog adapter against the real Desklog simulator (HTTP on loopback), plus unit tests
 * of the pure mappers. Vendor pages are set to 2 rows so every list really pages.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityHandlers, Page } from '../contract.js';
import type { AnyEntity, EntityKind, Task, Team } from '../../domain/entities.js';
import { NotFoundError, UnsupportedOperationError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { startDesklogSimulator, type DesklogSimulator } from '../../sandbox/desklog/index.js';
import { codeForMessage, createDesklogClient, envelopeFailure } from './client.js';
import { createDesklogAdapter, type DesklogAdapter } from './index.js';
import { parseClock, toAttendanceRecord, zonedClockToUtc } from './mappers/to-attendance.js';
import { toClient } from './mappers/to-client.js';
import { toProject } from './mappers/to-project.js';
import { desklogPriority, toDesklogPriorityId, toDesklogTaskCreate, toDesklogTaskPatch, toTask } from './mappers/to-task.js';
import { toTeam, toTeamFromRow } from './mappers/to-team.js';
import { toDesklogRoleId, toUser } from './mappers/to-user.js';
import { htmlToText, textToHtml } from './mappers/values.js';
import { DesklogUser } from './types.js';

interface Harness {
  sim: DesklogSimulator;
  adapter: DesklogAdapter;
  calls: Array<{ method: string; path: string; status: number | null }>;
}

async function start(options: { token?: string; cacheTtlSeconds?: number } = {}, sim?: DesklogSimulator): Promise<Harness> {
  const server = sim ?? (await startDesklogSimulator());
  const calls: Harness['calls'] = [];
  const adapter = createDesklogAdapter(
    {
      key: 'acme-desklog',
      vendor: 'desklog',
      baseUrl: server.baseUrl,
      token: options.token ?? server.token,
      timeoutMs: 5_000,
      cacheTtlSeconds: options.cacheTtlSeconds ?? 0,
    },
    { vendorPageLimit: 2, retryBaseDelayMs: 1, onRequest: ({ method, path, status }) => calls.push({ method, path, status }) },
  );
  return { sim: server, adapter, calls };
}

const stop = async (h: Harness) => {
  await h.adapter.close?.();
  await h.sim.close();
};

function handlers<K extends EntityKind>(h: Harness, kind: K): EntityHandlers<K> {
  return h.adapter.entities[kind] as EntityHandlers<K>;
}

async function listAll(h: Harness, kind: EntityKind, size: number) {
  const list = (handlers(h, kind) as EntityHandlers<EntityKind>).list!;
  const items: AnyEntity[] = [];
  let token: string | null = null;
  let pages = 0;
  do {
    const page: Page<AnyEntity> = await list({}, { token, size });
    expect(page.items.length).toBeLessThanOrEqual(size);
    // The same token must give the same page: the gateway re-reads pages to resume inside them.
    const again = await list({}, { token, size });
    expect(again.items.map((i) => i.remoteId)).toEqual(page.items.map((i) => i.remoteId));
    items.push(...page.items);
    token = page.nextPage;
    pages += 1;
  } while (token && pages < 50);
  return { items, pages };
}

const LISTED: Array<[EntityKind, number]> = [
  ['user', 3],
  ['team', 2],
  ['client', 2],
  ['project', 3],
  ['task', 6],
  ['tag', 3],
];

describe('reads against the simulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => stop(h));
  afterEach(() => h.sim.clearFaults());

  it.each(LISTED)('lists every %s to the last page, in name order, with small pages', async (kind, count) => {
    const whole = await listAll(h, kind, 100);
    const paged = await listAll(h, kind, 2);
    expect(whole.items).toHaveLength(count);
    expect(paged.items.map((i) => i.remoteId)).toEqual(whole.items.map((i) => i.remoteId));
    expect(paged.pages).toBe(Math.ceil(count / 2));
    const names = whole.items.map((i) => (i as { name: string }).name.toLowerCase());
    expect(names).toEqual([...names].sort());
    for (const item of whole.items) expect(item.source).toBe('acme-desklog');
  });

  it('reads vendor lists page by page with limit/offset until a short page', async () => {
    h.sim.resetRequestLog();
    await handlers(h, 'tag').list!({}, { token: null, size: 10 });
    expect(h.sim.requests.map((r) => r.query)).toEqual(['?limit=2&offset=0', '?limit=2&offset=2']);
  });

  it.each(LISTED)('gets %s in key order with an Error in the slot of a missing id', async (kind) => {
    const { items } = await listAll(h, kind, 100);
    const [first, second] = items as [AnyEntity, AnyEntity];
    const result = await (handlers(h, kind) as EntityHandlers<EntityKind>).getMany!([second.remoteId, '999999', first.remoteId]);
    expect((result[0] as AnyEntity).remoteId).toBe(second.remoteId);
    expect(result[1]).toBeInstanceOf(NotFoundError);
    expect((result[2] as AnyEntity).remoteId).toBe(first.remoteId);
  });

  it('maps the seeded records onto the unified model', async () => {
    const [alan] = (await handlers(h, 'user').getMany!(['2'])) as [AnyEntity];
    expect(alan).toMatchObject({ name: 'Alan Turing', role: 'TEAM_LEAD', roleLabel: 'team_leader', status: 'ACTIVE', timeZone: 'Asia/Kolkata' });
    const [team] = (await handlers(h, 'team').getMany!(['11'])) as [Team];
    expect(team).toMatchObject({ name: 'Engineering', memberIds: ['1', '2'] });
    const [firmware] = (await handlers(h, 'project').getMany!(['101'])) as [AnyEntity];
    expect(firmware).toMatchObject({ status: 'ACTIVE', statusLabel: 'Ongoing', memberIds: ['1', '2'], estimateSeconds: 120 * 3600, clientId: null });
    const tasks = (await handlers(h, 'task').getMany!(['641', '643', '646'])) as Task[];
    expect(tasks[0]).toMatchObject({
      remoteId: '641',
      projectId: '101',
      status: 'DONE',
      priority: 'URGENT',
      priorityLabel: 'Critical',
      assigneeIds: ['1'],
      trackedSeconds: 30600,
      estimateSeconds: 28800,
      description: 'Opcodes for the mill and the store.',
    });
    expect(tasks[1]).toMatchObject({ status: 'TODO', statusLabel: 'Paused', priority: 'MEDIUM' });
    // A custom status name is kept as a label, never guessed.
    expect(tasks[2]).toMatchObject({ status: 'OTHER', statusLabel: 'Fixed' });
  });

  it('filters lists: users by email and status, tasks by project, assignee and status', async () => {
    const users = await handlers(h, 'user').list!({ email: 'BARBARA@example.com' }, { token: null, size: 10 });
    expect(users.items.map((u) => u.remoteId)).toEqual(['3']);
    expect((await handlers(h, 'user').list!({ status: 'ARCHIVED' }, { token: null, size: 10 })).items).toEqual([]);
    const byProject = await handlers(h, 'task').list!({ projectIds: ['102'] }, { token: null, size: 10 });
    expect(byProject.items.map((t) => t.remoteId)).toEqual(['643', '644']);
    const byAssignee = await handlers(h, 'task').list!({ assigneeIds: ['3'], status: 'TODO' }, { token: null, size: 10 });
    expect(byAssignee.items.map((t) => t.remoteId)).toEqual(['645']);
    const search = await handlers(h, 'project').list!({ search: 'enigma' }, { token: null, size: 10 });
    expect(search.items.map((p) => p.name)).toEqual(['Enigma Dashboard']);
  });

  it('refuses what Desklog cannot answer instead of returning a silent empty list', async () => {
    await expect(handlers(h, 'project').list!({ clientIds: ['21'] }, { token: null, size: 10 })).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(handlers(h, 'tag').list!({}, { token: 'not-a-token', size: 10 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('has no time-entry handlers, no timer and no project update', () => {
    expect(h.adapter.entities.timeEntry).toBeUndefined();
    expect(h.adapter.timer).toBeUndefined();
    expect(h.adapter.entities.project?.update).toBeUndefined();
    expect(h.adapter.entities.user?.delete).toBeUndefined();
  });

  it('survives an injected 5xx on a GET and on a read sent as POST', async () => {
    h.sim.injectFaults({ serverErrors: 1 });
    const tags = await handlers(h, 'tag').list!({}, { token: null, size: 10 });
    expect(tags.items).toHaveLength(3);
    h.sim.injectFaults({ serverErrors: 1, pathFilter: 'user_list' });
    const users = await handlers(h, 'user').list!({}, { token: null, size: 10 });
    expect(users.items).toHaveLength(3);
    expect(h.sim.requests.filter((r) => r.status === 503)).toHaveLength(2);
  });

  it('turns HTTP 200 with status:false into an UpstreamError', async () => {
    // The seeded name is taken: Desklog answers 200 {"status": false, "message": "…already been taken."}.
    const error = await handlers(h, 'project').create!({ name: 'Enigma Dashboard' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_REJECTED', status: 200, source: 'acme-desklog' });
    expect((error as Error).message).toContain('already been taken');
    // A status:false "not found" on a call naming one record is a NotFoundError.
    await expect(handlers(h, 'team').update!('999', { name: 'Nobody' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a 401 with UPSTREAM_AUTH_FAILED and never echoes the token', async () => {
    const token = 'wrong-secret-token-123';
    const bad = await start({ token }, h.sim);
    const error = await handlers(bad, 'user').list!({}, { token: null, size: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', status: 401 });
    expect(JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack })).not.toContain(token);
    await bad.adapter.close?.();
  });

  it('counts requests: whole lists are memoised for the TTL, details once per record', async () => {
    const cached = await start({ cacheTtlSeconds: 60 }, h.sim);
    const first = await handlers(cached, 'task').list!({}, { token: null, size: 2 });
    // 6 tasks at 2 per vendor page: offsets 0, 2, 4 are full, 6 is empty; then 2 details.
    expect(cached.calls.map((c) => c.path)).toEqual(['/task', '/task', '/task', '/task', '/task/643', '/task/641']);
    cached.calls.length = 0;
    await handlers(cached, 'task').list!({}, { token: first.nextPage, size: 2 });
    expect(cached.calls.map((c) => c.path)).toEqual(['/task/644', '/task/642']);
    await cached.adapter.close?.();
  });
});

describe('attendance', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => stop(h));

  it('gives one record per user per day with clock times as UTC instants of the user zone', async () => {
    const records = await h.adapter.attendance({ from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-04T00:00:00Z') });
    expect(records.map((r) => `${r.date}/${r.userId}`)).toEqual(['2026-11-02/1', '2026-11-02/2', '2026-11-02/3', '2026-11-03/1', '2026-11-03/2', '2026-11-03/3']);
    for (const record of records) {
      const day = h.sim.state.attendance.find((d) => d.user_id === Number(record.userId) && d.date === record.date)!;
      expect(record.clockIn?.toISOString()).toBe(day.clock_in_utc);
      expect(record.clockOut?.toISOString()).toBe(day.clock_out_utc);
      expect(record.productiveSeconds).toBe(day.productive_min * 60);
      expect(record.idleSeconds).toBe(day.idle_min === 0 ? null : day.idle_min * 60);
    }
    // Alan works in Asia/Kolkata (UTC+05:30): a 09:xx local clock-in is 03:xx–04:xx UTC.
    const alan = records.find((r) => r.userId === '2')!;
    expect(alan.clockIn!.getUTCHours()).toBeLessThan(5);
  });

  it('maps "--" to null, not zero, and asks for one user by user_id', async () => {
    h.sim.resetRequestLog();
    const [ada] = await h.adapter.attendance({ from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-03T00:00:00Z'), userIds: ['1'] });
    expect(h.sim.requests).toHaveLength(1);
    // Ada's 2026-11-02: no idle, no non-productive time, under the daily minimum.
    expect(ada).toMatchObject({ userId: '1', idleSeconds: null, nonProductiveSeconds: null, overtimeSeconds: null });
    expect(ada!.atWorkSeconds).toBeGreaterThan(0);
  });

  it('leaves out days without tracking and refuses an empty range', async () => {
    // 2026-11-07 is a Saturday: every row is "--".
    expect(await h.adapter.attendance({ from: new Date('2026-11-07T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') })).toEqual([]);
    await expect(h.adapter.attendance({ from: new Date('2026-11-08T00:00:00Z'), to: new Date('2026-11-08T00:00:00Z') })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('writes against the simulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(() => stop(h));

  it('creates a user (register, name, read back by email) and renames it', async () => {
    const user = await handlers(h, 'user').create!({ name: 'Grace Hopper', email: 'grace@example.com', role: 'MANAGER' });
    expect(user).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com', role: 'MANAGER', status: 'ACTIVE' });
    expect(user.remoteId).toMatch(/^\d+$/);
    const renamed = await handlers(h, 'user').update!(user.remoteId, { name: 'Rear Admiral Hopper' });
    expect(renamed).toMatchObject({ remoteId: user.remoteId, name: 'Rear Admiral Hopper' });
    await expect(handlers(h, 'user').update!(user.remoteId, { email: 'other@example.com' })).rejects.toBeInstanceOf(ValidationError);
    await expect(handlers(h, 'user').create!({ name: 'Owner', email: 'o@example.com', role: 'OWNER' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('creates, renames, re-members and deletes a team', async () => {
    const teams = handlers(h, 'team');
    await expect(teams.create!({ name: 'Empty' })).rejects.toBeInstanceOf(ValidationError);
    const team = await teams.create!({ name: 'Compilers', memberIds: ['3'] });
    expect(team).toMatchObject({ name: 'Compilers', memberIds: ['3'] });
    const renamed = await teams.update!(team.remoteId, { name: 'Compiler Team', memberIds: ['1', '2'] });
    expect(renamed).toMatchObject({ name: 'Compiler Team', memberIds: ['1', '2'] });
    await teams.delete!(team.remoteId);
    const [gone] = await teams.getMany!([team.remoteId]);
    expect(gone).toBeInstanceOf(NotFoundError);
    await expect(teams.delete!(team.remoteId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('adds and removes team members (a user moves: one team each); removing a non-member is a no-op', async () => {
    const own = await start();
    try {
      const teams = handlers(own, 'team');
      await own.adapter.teamMembers!.add('12', ['2']);
      const [research, engineering] = (await teams.getMany!(['12', '11'])) as [Team, Team];
      expect(research.memberIds).toEqual(['2', '3']);
      expect(engineering.memberIds).toEqual(['1']);
      own.calls.length = 0;
      await own.adapter.teamMembers!.remove('12', ['2', '1']);
      // team_show, then one remove_team_member for the one actual member.
      expect(own.calls.map((c) => c.path)).toEqual(['/team_show', '/remove_team_member']);
      const [after] = (await teams.getMany!(['12'])) as [Team];
      expect(after.memberIds).toEqual(['3']);
    } finally {
      await stop(own);
    }
  });

  it('creates, updates and deletes a client', async () => {
    const clients = handlers(h, 'client');
    const client = await clients.create!({ name: 'Harvard Mark I', email: 'mark@harvard.example.com' });
    expect(client).toMatchObject({ name: 'Harvard Mark I', email: 'mark@harvard.example.com', archived: false });
    const updated = await clients.update!(client.remoteId, { name: 'Harvard Mark II' });
    expect(updated).toMatchObject({ name: 'Harvard Mark II', email: 'mark@harvard.example.com' });
    await expect(clients.update!(client.remoteId, { archived: true })).rejects.toBeInstanceOf(ValidationError);
    await clients.delete!(client.remoteId);
    expect((await clients.getMany!([client.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });

  it('creates and deletes a project', async () => {
    const projects = handlers(h, 'project');
    const project = await projects.create!({ name: 'Difference Engine', clientId: '21', estimateSeconds: 10 * 3600, billable: true });
    expect(project).toMatchObject({ name: 'Difference Engine', status: 'ACTIVE', estimateSeconds: 36000, billable: false });
    await projects.delete!(project.remoteId);
    expect((await projects.getMany!([project.remoteId]))[0]).toBeInstanceOf(NotFoundError);
    await expect(projects.create!({ name: 'Held', status: 'ON_HOLD' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('creates, updates (fields and DONE) and deletes a task', async () => {
    const tasks = handlers(h, 'task');
    const task = await tasks.create!({
      name: 'Port to valves',
      projectId: '101',
      description: 'Valves < relays & tubes',
      priority: 'LOW',
      assigneeIds: ['2'],
      estimateSeconds: 7200,
    });
    expect(task).toMatchObject({
      name: 'Port to valves',
      projectId: '101',
      description: 'Valves < relays & tubes',
      status: 'TODO',
      priority: 'LOW',
      assigneeIds: ['2'],
      estimateSeconds: 7200,
      trackedSeconds: 0,
    });
    const updated = await tasks.update!(task.remoteId, { name: 'Port to transistors', priority: 'URGENT', assigneeIds: ['3'], status: 'DONE' });
    expect(updated).toMatchObject({ name: 'Port to transistors', priority: 'URGENT', assigneeIds: ['3'], status: 'DONE' });
    await expect(tasks.update!(task.remoteId, { status: 'BLOCKED' })).rejects.toBeInstanceOf(ValidationError);
    await expect(tasks.update!(task.remoteId, { projectId: '102' })).rejects.toBeInstanceOf(ValidationError);
    await tasks.delete!(task.remoteId);
    expect((await tasks.getMany!([task.remoteId]))[0]).toBeInstanceOf(NotFoundError);
    await expect(tasks.delete!(task.remoteId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('changes a task status through the timer: start (IN_PROGRESS), pause (TODO), stop (DONE)', async () => {
    const tasks = handlers(h, 'task');
    const task = await tasks.create!({ name: 'Timed work', projectId: '101' });
    expect(task.status).toBe('TODO');
    const started = await tasks.update!(task.remoteId, { status: 'IN_PROGRESS' });
    expect(started).toMatchObject({ status: 'IN_PROGRESS' });
    h.sim.advanceTime(600);
    const paused = await tasks.update!(task.remoteId, { status: 'TODO' });
    expect(paused).toMatchObject({ status: 'TODO', statusLabel: 'Paused' });
    expect(paused.trackedSeconds).toBeGreaterThanOrEqual(600);
    const done = await tasks.update!(task.remoteId, { status: 'DONE' });
    expect(done).toMatchObject({ status: 'DONE' });
    const changes = h.sim.requests.filter((r) => r.path.endsWith('/task_status_change')).length;
    expect(changes).toBeGreaterThanOrEqual(3);
    await tasks.delete!(task.remoteId);
  });

  it('creates, renames and deletes a tag; a duplicate name is a ValidationError', async () => {
    const tags = handlers(h, 'tag');
    const tag = await tags.create!({ name: 'hardware' });
    expect(tag).toMatchObject({ name: 'hardware' });
    const renamed = await tags.update!(tag.remoteId, { name: 'hardware-v2' });
    expect(renamed).toMatchObject({ remoteId: tag.remoteId, name: 'hardware-v2' });
    expect(((await tags.getMany!([tag.remoteId]))[0] as AnyEntity & { name: string }).name).toBe('hardware-v2');
    await expect(tags.create!({ name: 'bug' })).rejects.toBeInstanceOf(ValidationError);
    await tags.delete!(tag.remoteId);
    expect((await tags.getMany!([tag.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });
});

describe('client quirks', () => {
  it('falls back to GET with the same body when POST user_profile is refused with 405 (note A)', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        res.setHeader('content-type', 'application/json');
        if (req.method === 'POST') {
          res.statusCode = 405;
          res.end(JSON.stringify({ status: false, message: 'Method Not Allowed' }));
        } else {
          res.end(JSON.stringify({ status: true, message: 'success', data: { id: '1', name: 'Ada', email: 'ada@example.com' } }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = createDesklogClient({ source: 's', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`, token: 't0ken', timeoutMs: 2000 });
    try {
      const user = await client.postOrGet('/user_profile', DesklogUser, { email: 'ada@example.com' });
      expect(user).toMatchObject({ id: '1' });
      expect(seen).toEqual([
        'POST /api/v2/user_profile {"email":"ada@example.com"}',
        'GET /api/v2/user_profile?email=ada%40example.com {"email":"ada@example.com"}',
      ]);
    } finally {
      await client.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('mappers and envelope (pure)', () => {
  it('reads the envelope by status, whatever the HTTP code', () => {
    expect(envelopeFailure({ status: true, message: 'success', data: [] })).toBeNull();
    expect(envelopeFailure({ status: 1, message: 'ok' })).toBeNull();
    expect(envelopeFailure({ status: false, message: 'Entered tag already exist', data: { tag_id: 142 } })).toBe('Entered tag already exist');
    expect(envelopeFailure({ status: 'false', message: 'no' })).toBe('no');
    // Task Status Change answers with no status key at all.
    expect(envelopeFailure({ basic_status: 2, self_task: null, message: 'Task Status Updated' })).toBeNull();
    expect(envelopeFailure({ data: [] })).not.toBeNull();
    expect(codeForMessage('Unauthenticated.')).toBe('UPSTREAM_AUTH_FAILED');
    expect(codeForMessage('Method Not Allowed')).toBe('UPSTREAM_REJECTED');
    expect(codeForMessage('Invalid token')).toBe('UPSTREAM_AUTH_FAILED');
    expect(codeForMessage('Task not found')).toBe('UPSTREAM_NOT_FOUND');
    expect(codeForMessage('The selected priority is invalid.')).toBe('UPSTREAM_REJECTED');
  });

  it('maps users: roles, archive status, unknown values as OTHER with the label', () => {
    const base = { id: '7', name: 'Kay', email: 'kay@example.com' };
    expect(toUser('s', { ...base, user_type: 'manager', active: true })).toMatchObject({ remoteId: '7', role: 'MANAGER', status: 'ACTIVE' });
    expect(toUser('s', { ...base, user_type: 'auditor', active: false })).toMatchObject({ role: 'OTHER', roleLabel: 'auditor', status: 'ARCHIVED', statusLabel: 'archive' });
    expect(toUser('s', { ...base, name: '', user_type: 'user', active: 0 })).toMatchObject({ name: 'kay@example.com', role: 'MEMBER', status: 'ARCHIVED' });
    expect(toDesklogRoleId('TEAM_LEAD')).toBe(3);
    expect(toDesklogRoleId(undefined)).toBe(4);
    expect(() => toDesklogRoleId('OTHER')).toThrow(ValidationError);
  });

  it('maps teams, clients and projects', () => {
    expect(toTeam('s', { id: 5, team_name: 'T', members: [{ user_id: 10 }, { user_id: '9' }] }).memberIds).toEqual(['9', '10']);
    expect(toTeamFromRow('s', { team_id: '5', team_name: 'T' }, ['3', '3'])).toMatchObject({ remoteId: '5', memberIds: ['3'] });
    expect(toClient('s', { id: 1, first_name: 'Adil', email: '' })).toMatchObject({ name: 'Adil', email: null, archived: false });
    expect(toProject('s', { id: 115, project_name: 'p', project_status: 'Ongoing', project_working_hour: 0, board_members: [1, '5'] })).toMatchObject({
      status: 'ACTIVE',
      estimateSeconds: null,
      memberIds: ['1', '5'],
    });
    expect(toProject('s', { id: 1, project_name: 'p', project_status: 'Waiting on client' })).toMatchObject({ status: 'OTHER', statusLabel: 'Waiting on client' });
  });

  it('maps tasks: priorities both ways, statuses, seconds, HTML descriptions', () => {
    const task = toTask('s', '648', {
      task_title: 'task hee',
      description: '<p>decfef</p>\n<p>a &amp; b &lt;c&gt;</p>',
      project_id: 115,
      assigned_to: 1,
      priority_id: 2,
      priority: 'Intermediate',
      current_status: 'Fixed',
      time_spend_in_sec: 86186,
      time_allocated_sec: 600,
    });
    expect(task).toMatchObject({
      remoteId: '648',
      description: 'decfef\na & b <c>',
      projectId: '115',
      status: 'OTHER',
      statusLabel: 'Fixed',
      priority: 'MEDIUM',
      priorityLabel: 'Intermediate',
      assigneeIds: ['1'],
      trackedSeconds: 86186,
      estimateSeconds: 600,
    });
    expect(desklogPriority(null, 'Critical').value).toBe('URGENT');
    expect(desklogPriority(9, 'Someday')).toEqual({ value: null, label: 'Someday' });
    expect([toDesklogPriorityId('URGENT'), toDesklogPriorityId('HIGH'), toDesklogPriorityId('MEDIUM'), toDesklogPriorityId('TRIVIAL')]).toEqual([1, 2, 2, 4]);
    expect(toDesklogTaskCreate({ name: ' T ', projectId: '101', assigneeIds: ['2'], priority: 'LOW', estimateSeconds: 60 })).toEqual({
      task_title: 'T',
      project_id: 101,
      assignee: 2,
      priority_id: 3,
      assigned_time: 60,
    });
    expect(toDesklogTaskPatch({ priority: 'HIGH', assigneeIds: ['4'], estimateSeconds: null })).toEqual({ priority: '2', assigned_to: 4, assigned_time: 0 });
    expect(() => toDesklogTaskPatch({ assigneeIds: [] })).toThrow(ValidationError);
    expect(() => toDesklogTaskCreate({ name: 'T', projectId: '101', assigneeIds: ['1', '2'] })).toThrow(ValidationError);
    expect(htmlToText(textToHtml('line 1\n<b> & co'))).toBe('line 1\n<b> & co');
    expect(htmlToText('<p>Crash<br>when&nbsp;long</p>')).toBe('Crash\nwhen long');
  });

  it('parses clock times and converts them in the user zone, across DST', () => {
    expect(parseClock('11:31 AM')).toBe(11 * 60 + 31);
    expect(parseClock('12:05 AM')).toBe(5);
    expect(parseClock('12:05 PM')).toBe(12 * 60 + 5);
    expect(parseClock('01:56 pm')).toBe(13 * 60 + 56);
    expect(parseClock('--')).toBeNull();
    expect(parseClock('13:00 PM')).toBeNull();
    expect(zonedClockToUtc('2026-11-02', 9 * 60, 'Asia/Kolkata')?.toISOString()).toBe('2026-11-02T03:30:00.000Z');
    // 2026-03-29: London moves to BST at 01:00 UTC, so 09:00 local is 08:00 UTC.
    expect(zonedClockToUtc('2026-03-29', 9 * 60, 'Europe/London')?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(zonedClockToUtc('2026-11-02', 0, 'Not/AZone')).toBeNull();
  });

  it('maps an attendance row: "--" is null, a clock-out past midnight is the next day', () => {
    const record = toAttendanceRecord(
      's',
      '2026-11-02',
      {
        user_id: 1,
        clock_in: '10:00 PM',
        clock_out: '02:15 AM',
        time_at_work: '04h 15m',
        productive_time: '02h 15m',
        focus_time: '--',
        idle_time: '--',
        neutral_time: '00h 15m',
        non_productive_time: '--',
        over_time: '--',
        activity_percentage: 80,
        time_zone: 'America/New_York',
      },
      null,
    );
    expect(record).toMatchObject({
      userId: '1',
      date: '2026-11-02',
      atWorkSeconds: 15300,
      productiveSeconds: 8100,
      focusSeconds: null,
      idleSeconds: null,
      neutralSeconds: 900,
      overtimeSeconds: null,
      activityPercent: 80,
    });
    expect(record!.clockIn!.toISOString()).toBe('2026-11-03T03:00:00.000Z');
    expect(record!.clockOut!.toISOString()).toBe('2026-11-03T07:15:00.000Z');
    expect(toAttendanceRecord('s', '2026-11-02', { team_id: 4, clock_in: '09:00 AM', activity_percentage: '--' }, 'UTC')).toMatchObject({
      userId: '4',
      clockIn: new Date('2026-11-02T09:00:00Z'),
      activityPercent: null,
    });
  });
});
