/**
 * The Gauzy adapter against the real Gauzy simulator over HTTP (plus pure mapper checks).
 * Read-only suites share one demo simulator; every suite that writes gets its own.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EntityKind, EntityMap, TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { DEMO_IDS, startGauzySimulator, type GauzySimulator } from '../../sandbox/gauzy/index.js';
import type { Adapter, EntityHandlers, FilterMap } from '../contract.js';
import { expired, permissionsClaim } from './client.js';
import { createGauzyAdapter, type GauzySourceConfig } from './index.js';
import { chunk } from './time-entries.js';
import { toProject } from './mappers/to-project.js';
import { toTask } from './mappers/to-task.js';
import { parseGauzyDuration, toTimeEntry } from './mappers/to-time-entry.js';
import { toUser } from './mappers/to-user.js';
import type { GauzyTimeLog } from './types.js';

type Info = { method: string; path: string; status: number | null; attempt: number };

function adapterFor(sim: GauzySimulator, over: Partial<GauzySourceConfig> = {}, log: Info[] = []): Adapter {
  return createGauzyAdapter(
    {
      key: 'acme-gauzy',
      vendor: 'gauzy',
      baseUrl: sim.baseUrl,
      token: sim.token,
      tenantId: sim.tenantId,
      organizationId: sim.organizationId,
      timeoutMs: 5_000,
      cacheTtlSeconds: 0,
      ...over,
    },
    { onRequest: (info) => log.push(info) },
  );
}

function handlers<K extends EntityKind>(adapter: Adapter, kind: K): Required<EntityHandlers<K>> {
  return adapter.entities[kind] as Required<EntityHandlers<K>>;
}

/** Walks a list to its end, re-reading every token once to prove it yields the same page. */
async function walk<K extends EntityKind>(adapter: Adapter, kind: K, filter: FilterMap[K], size: number): Promise<EntityMap[K][]> {
  const list = handlers(adapter, kind).list;
  const out: EntityMap[K][] = [];
  let token: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const page = await list(filter, { token, size });
    const again = await list(filter, { token, size });
    expect(again.items.map((i) => i.remoteId)).toEqual(page.items.map((i) => i.remoteId));
    expect(page.items.length).toBeLessThanOrEqual(size);
    out.push(...page.items);
    if (!page.nextPage) return out;
    token = page.nextPage;
  }
  throw new Error('list never ended');
}

const names = (items: Array<{ name: string }>) => items.map((i) => i.name);
const RANGE = { from: new Date('2026-11-02T00:00:00.000Z'), to: new Date('2026-11-21T00:00:00.000Z') };
const MISSING = '00000000-0000-4000-8000-000000000000';

describe('gauzy adapter: reads', () => {
  let sim: GauzySimulator;
  let adapter: Adapter;

  beforeAll(async () => {
    sim = await startGauzySimulator({ dataset: 'demo' });
    adapter = adapterFor(sim);
  });
  afterAll(async () => {
    await adapter.close?.();
    await sim.close();
  });
  afterEach(() => sim.clearFaults());

  it('lists every named entity to the last page, in lower-cased name order', async () => {
    const users = await walk(adapter, 'user', {}, 2);
    expect(names(users)).toEqual(['Ada Lovelace', 'Katherine Johnson', 'Margaret Hamilton']);
    expect(users[0]).toMatchObject({ remoteId: DEMO_IDS.employees.ada, email: 'ada@example.com', role: 'OWNER', roleLabel: 'SUPER_ADMIN', status: 'ACTIVE' });
    expect(users[2]).toMatchObject({ role: 'MEMBER', roleLabel: 'EMPLOYEE' });

    const teams = await walk(adapter, 'team', {}, 1);
    expect(names(teams)).toEqual(['Analytical Engine', 'Apollo Guidance']);
    expect(teams[0]!.memberIds.sort()).toEqual([DEMO_IDS.employees.ada, DEMO_IDS.employees.katherine].sort());

    expect(names(await walk(adapter, 'client', {}, 1))).toEqual(['Babbage & Co', 'NASA Langley']);
    const projects = await walk(adapter, 'project', {}, 2);
    expect(names(projects)).toEqual(['Apollo 11 Software', 'Difference Engine', 'Internal Research']);
    expect(projects[1]).toMatchObject({ clientId: DEMO_IDS.contacts.babbage, billable: true, status: 'ACTIVE', statusLabel: 'in-progress', estimateSeconds: 400 * 3600, memberIds: [DEMO_IDS.employees.ada] });

    const tasks = await walk(adapter, 'task', {}, 4);
    expect(tasks).toHaveLength(6);
    expect(names(tasks)).toEqual([...names(tasks)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(tasks.find((t) => t.remoteId === DEMO_IDS.tasks.radar)).toMatchObject({ status: 'IN_REVIEW', statusLabel: 'in-review', priority: 'URGENT', estimateSeconds: 21_600, assigneeIds: [DEMO_IDS.employees.margaret] });

    expect(names(await walk(adapter, 'tag', {}, 2))).toEqual(['billable-review', 'research', 'urgent']);
  });

  it('filters named lists client-side', async () => {
    expect(names((await handlers(adapter, 'task').list({ projectIds: [DEMO_IDS.projects.apollo] }, { token: null, size: 50 })).items)).toEqual([
      'Rendezvous radar overload fix',
      'Trajectory calculations',
    ]);
    expect(names((await handlers(adapter, 'user').list({ search: 'MARG' }, { token: null, size: 50 })).items)).toEqual(['Margaret Hamilton']);
    expect((await handlers(adapter, 'project').list({ clientIds: [DEMO_IDS.contacts.nasa] }, { token: null, size: 50 })).items.map((p) => p.name)).toEqual(['Apollo 11 Software']);
  });

  it('lists time entries start-descending to the last page, matching the vendor data', async () => {
    const entries = await walk(adapter, 'timeEntry', RANGE, 7);
    const live = [...sim.state.timeLogs.values()].filter((l) => l.deletedAt === null);
    expect(entries.map((e) => e.remoteId).sort()).toEqual(live.map((l) => l.id).sort());
    expect(new Set(entries.map((e) => e.remoteId)).size).toBe(entries.length);
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.start.getTime()).toBeGreaterThanOrEqual(entries[i]!.start.getTime());

    const running = entries.filter((e) => e.end === null);
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({ userId: DEMO_IDS.employees.ada, origin: 'TIMER', originLabel: 'DESKTOP' });
    const manual = entries.find((e) => e.origin === 'MANUAL')!;
    expect(manual).toMatchObject({ originLabel: 'BROWSER', type: 'WORK', userId: DEMO_IDS.employees.margaret });
    expect(entries.find((e) => e.type === 'IDLE')).toMatchObject({ userId: DEMO_IDS.employees.katherine });
    // Week 2 of Margaret's timesheets is `IN REVIEW` on the wire.
    const inReview = entries.filter((e) => e.timesheetStatus === 'IN_REVIEW');
    expect(inReview.length).toBeGreaterThan(0);
    expect(new Set(inReview.map((e) => e.userId))).toEqual(new Set([DEMO_IDS.employees.margaret]));
  });

  it('finds entries that started before `from` but overlap it, and applies filters', async () => {
    const night = await handlers(adapter, 'timeEntry').list(
      { from: new Date('2026-11-13T00:00:00.000Z'), to: new Date('2026-11-13T02:00:00.000Z') },
      { token: null, size: 10 },
    );
    expect(night.items.map((e) => e.description)).toEqual(['Night shift: radar telemetry check']);
    const kath = await walk(adapter, 'timeEntry', { ...RANGE, userIds: [DEMO_IDS.employees.katherine], billable: true }, 4);
    expect(kath.length).toBeGreaterThan(0);
    expect(kath.every((e) => e.userId === DEMO_IDS.employees.katherine && e.billable)).toBe(true);
    const running = await handlers(adapter, 'timeEntry').list({ running: true }, { token: null, size: 10 });
    expect(running.items).toHaveLength(1);
  });

  it('answers getMany in key order with a NotFoundError in the slot of a missing id', async () => {
    const users = await handlers(adapter, 'user').getMany([DEMO_IDS.employees.margaret, MISSING, DEMO_IDS.employees.ada]);
    expect((users[0] as EntityMap['user']).name).toBe('Margaret Hamilton');
    expect(users[1]).toBeInstanceOf(NotFoundError);
    expect((users[2] as EntityMap['user']).name).toBe('Ada Lovelace');
    for (const kind of ['team', 'client', 'project', 'task', 'tag', 'timeEntry'] as const) {
      const [missing] = await handlers(adapter, kind).getMany([MISSING]);
      expect(missing, kind).toBeInstanceOf(NotFoundError);
    }
    const logId = [...sim.state.timeLogs.values()].find((l) => l.deletedAt === null)!.id;
    const [entry, gone] = await handlers(adapter, 'timeEntry').getMany([logId, MISSING]);
    expect((entry as TimeEntry).remoteId).toBe(logId);
    expect(gone).toBeInstanceOf(NotFoundError);
  });

  it('rejects a token of another list and garbage tokens', async () => {
    const page = await handlers(adapter, 'tag').list({}, { token: null, size: 1 });
    await expect(handlers(adapter, 'timeEntry').list({}, { token: page.nextPage, size: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(handlers(adapter, 'tag').list({}, { token: 'not-a-token', size: 1 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('survives injected 5xx answers by retrying reads', async () => {
    const log: Info[] = [];
    const retrying = adapterFor(sim, {}, log);
    sim.injectFaults({ serverErrors: 2, serverErrorStatus: 503 });
    const page = await handlers(retrying, 'tag').list({}, { token: null, size: 10 });
    expect(page.items).toHaveLength(3);
    expect(log.map((l) => l.status)).toEqual([503, 503, 200]);
    await retrying.close?.();
  });

  it('serves later pages from one read while the snapshot is fresh', async () => {
    const log: Info[] = [];
    const cached = adapterFor(sim, { cacheTtlSeconds: 30 }, log);
    expect(await walk(cached, 'task', {}, 1)).toHaveLength(6);
    expect(log.filter((l) => l.path === '/tasks')).toHaveLength(1);
    expect(await walk(cached, 'timeEntry', RANGE, 5)).toHaveLength([...sim.state.timeLogs.values()].filter((l) => !l.deletedAt).length);
    expect(log.filter((l) => l.path === '/timesheet/time-log')).toHaveLength(1);
    await cached.close?.();
  });
});

describe('gauzy adapter: auth', () => {
  let sim: GauzySimulator;
  beforeAll(async () => {
    sim = await startGauzySimulator({ dataset: 'demo' });
  });
  afterAll(() => sim.close());

  it('logs in once with email and password and shares the session', async () => {
    const log: Info[] = [];
    const adapter = adapterFor(sim, { token: undefined, email: sim.email, password: sim.password }, log);
    await Promise.all([handlers(adapter, 'tag').list({}, { token: null, size: 5 }), handlers(adapter, 'team').list({}, { token: null, size: 5 })]);
    await handlers(adapter, 'client').list({}, { token: null, size: 5 });
    expect(log.filter((l) => l.path === '/auth/login')).toHaveLength(1);
    await adapter.close?.();
  });

  it('logs in again once when a token is refused and credentials are configured', async () => {
    const log: Info[] = [];
    const adapter = adapterFor(sim, { token: 'expired-token-value', email: sim.email, password: sim.password }, log);
    expect((await handlers(adapter, 'tag').list({}, { token: null, size: 5 })).items).toHaveLength(3);
    expect(log.map((l) => `${l.path} ${l.status}`)).toEqual(['/tags/level 401', '/auth/login 200', '/tags/level 200']);
    await adapter.close?.();
  });

  it('turns a 401 into UPSTREAM_AUTH_FAILED without the token in the message', async () => {
    const secret = 'very-secret-token-1234';
    const adapter = adapterFor(sim, { token: secret });
    const error = await handlers(adapter, 'user').list({}, { token: null, size: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', status: 401, source: 'acme-gauzy' });
    expect((error as Error).message).not.toContain(secret);
    await adapter.close?.();
  });

  it('fails a bad login as UPSTREAM_AUTH_FAILED without the password in the message, and tries once', async () => {
    const log: Info[] = [];
    const password = 'wrong-password-5678';
    const adapter = adapterFor(sim, { token: undefined, email: sim.email, password }, log);
    const error = await handlers(adapter, 'tag').list({}, { token: null, size: 5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED' });
    expect((error as Error).message).not.toContain(password);
    expect(log).toHaveLength(1);
    await adapter.close?.();
  });
});

describe('gauzy adapter: writes', () => {
  let sim: GauzySimulator;
  let adapter: Adapter;
  beforeAll(async () => {
    sim = await startGauzySimulator({ dataset: 'demo' });
    adapter = adapterFor(sim, { cacheTtlSeconds: 30 });
  });
  afterAll(async () => {
    await adapter.close?.();
    await sim.close();
  });

  const expectGone = async (kind: EntityKind, id: string) => {
    const [slot] = await handlers(adapter, kind).getMany([id]);
    expect(slot).toBeInstanceOf(NotFoundError);
  };

  it('creates, updates and deletes a user (employee)', async () => {
    const users = handlers(adapter, 'user');
    const created = await users.create({ name: 'Grace Hopper', email: 'grace@example.com', timeZone: 'America/New_York' });
    expect(created).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.com', role: 'MEMBER', timeZone: 'America/New_York' });
    expect(names((await users.list({}, { token: null, size: 10 })).items)).toContain('Grace Hopper');
    const updated = await users.update(created.remoteId, { name: 'Grace Brewster Hopper' });
    expect(updated).toMatchObject({ name: 'Grace Brewster Hopper', email: 'grace@example.com' });
    await expect(users.update(created.remoteId, { role: 'ADMIN' })).rejects.toBeInstanceOf(ValidationError);
    await users.delete(created.remoteId);
    await expectGone('user', created.remoteId);
    await expect(users.delete(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates, updates and deletes a team, and changes membership keeping managers', async () => {
    const teams = handlers(adapter, 'team');
    const E = DEMO_IDS.employees;
    const created = await teams.create({ name: 'Compilers', memberIds: [E.ada] });
    expect(created).toMatchObject({ name: 'Compilers', memberIds: [E.ada] });
    expect(await teams.update(created.remoteId, { name: 'Compiler Team' })).toMatchObject({ name: 'Compiler Team', memberIds: [E.ada] });
    await teams.delete(created.remoteId);
    await expectGone('team', created.remoteId);

    await adapter.teamMembers!.add(DEMO_IDS.teams.apollo, [E.ada]);
    const [apollo] = await teams.getMany([DEMO_IDS.teams.apollo]);
    expect((apollo as EntityMap['team']).memberIds.sort()).toEqual([E.ada, E.katherine, E.margaret].sort());
    // Margaret managed Apollo before the change and still does.
    const manager = sim.state.teamMembers.find((m) => m.organizationTeamId === DEMO_IDS.teams.apollo && m.employeeId === E.margaret);
    expect(manager?.roleId).not.toBeNull();
    await adapter.teamMembers!.remove(DEMO_IDS.teams.apollo, [E.ada]);
    const [after] = await teams.getMany([DEMO_IDS.teams.apollo]);
    expect((after as EntityMap['team']).memberIds.sort()).toEqual([E.katherine, E.margaret].sort());
  });

  it('creates, updates and deletes a client', async () => {
    const clients = handlers(adapter, 'client');
    const created = await clients.create({ name: 'Bletchley Park', email: 'hut8@bletchley.example' });
    expect(created).toMatchObject({ name: 'Bletchley Park', email: 'hut8@bletchley.example', archived: false });
    expect(await clients.update(created.remoteId, { name: 'Bletchley' })).toMatchObject({ name: 'Bletchley' });
    await expect(clients.update(created.remoteId, { archived: true })).rejects.toBeInstanceOf(ValidationError);
    await clients.delete(created.remoteId);
    await expectGone('client', created.remoteId);
  });

  it('creates, updates and deletes a project', async () => {
    const projects = handlers(adapter, 'project');
    const created = await projects.create({ name: 'Enigma', clientId: DEMO_IDS.contacts.babbage, billable: true, status: 'ACTIVE', estimateSeconds: 7200, memberIds: [DEMO_IDS.employees.ada] });
    expect(created).toMatchObject({ name: 'Enigma', clientId: DEMO_IDS.contacts.babbage, billable: true, status: 'ACTIVE', estimateSeconds: 7200, memberIds: [DEMO_IDS.employees.ada] });
    const updated = await projects.update(created.remoteId, { status: 'COMPLETED', memberIds: [DEMO_IDS.employees.katherine] });
    expect(updated).toMatchObject({ status: 'COMPLETED', memberIds: [DEMO_IDS.employees.katherine], clientId: DEMO_IDS.contacts.babbage });
    await expect(projects.update(created.remoteId, { status: 'ON_HOLD' })).rejects.toBeInstanceOf(ValidationError);
    await projects.delete(created.remoteId);
    await expectGone('project', created.remoteId);
  });

  it('creates, updates and deletes a task', async () => {
    const tasks = handlers(adapter, 'task');
    const created = await tasks.create({ name: 'Bombe wiring', projectId: DEMO_IDS.projects.research, status: 'IN_PROGRESS', priority: 'HIGH', assigneeIds: [DEMO_IDS.employees.ada], estimateSeconds: 5400 });
    expect(created).toMatchObject({ name: 'Bombe wiring', projectId: DEMO_IDS.projects.research, status: 'IN_PROGRESS', priority: 'HIGH', assigneeIds: [DEMO_IDS.employees.ada], estimateSeconds: 5400 });
    const updated = await tasks.update(created.remoteId, { status: 'DONE', priority: 'TRIVIAL', assigneeIds: [] });
    expect(updated).toMatchObject({ status: 'DONE', priority: 'LOW', assigneeIds: [], name: 'Bombe wiring' });
    await tasks.delete(created.remoteId);
    await expectGone('task', created.remoteId);
  });

  it('creates, updates and deletes a tag', async () => {
    const tags = handlers(adapter, 'tag');
    const created = await tags.create({ name: 'overtime' });
    expect(created.name).toBe('overtime');
    expect(names((await tags.list({}, { token: null, size: 10 })).items)).toContain('overtime');
    expect(await tags.update(created.remoteId, { name: 'over-time' })).toMatchObject({ name: 'over-time' });
    await tags.delete(created.remoteId);
    await expectGone('tag', created.remoteId);
  });

  it('creates manual time, updates it by merging, and deletes it via logIds[]', async () => {
    const entries = handlers(adapter, 'timeEntry');
    const start = new Date('2026-11-10T18:00:00.000Z');
    const end = new Date('2026-11-10T19:30:00.000Z');
    const created = await entries.create({ userId: DEMO_IDS.employees.katherine, projectId: DEMO_IDS.projects.apollo, taskId: DEMO_IDS.tasks.trajectory, description: 'Evening check', start, end, billable: true });
    expect(created).toMatchObject({ userId: DEMO_IDS.employees.katherine, projectId: DEMO_IDS.projects.apollo, origin: 'MANUAL', originLabel: 'BROWSER', billable: true, start, end });
    expect(created.timesheetStatus).toBe('DENIED'); // Katherine's week-2 sheet

    const updated = await entries.update(created.remoteId, { description: 'Evening check (edited)' });
    expect(updated).toMatchObject({ description: 'Evening check (edited)', start, end, projectId: DEMO_IDS.projects.apollo, taskId: DEMO_IDS.tasks.trajectory, billable: true });
    const moved = await entries.update(created.remoteId, { end: new Date('2026-11-10T20:00:00.000Z'), billable: false });
    expect(moved).toMatchObject({ end: new Date('2026-11-10T20:00:00.000Z'), billable: false, description: 'Evening check (edited)' });

    const listed = await entries.list({ from: start, to: end }, { token: null, size: 10 });
    expect(listed.items.map((e) => e.remoteId)).toContain(created.remoteId);
    await entries.delete(created.remoteId);
    await expectGone('timeEntry', created.remoteId);
    await expect(entries.delete(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(entries.create({ start, end, tagIds: [DEMO_IDS.tags.urgent] })).rejects.toBeInstanceOf(ValidationError);
  });

  it('starts and stops the timer for the signed-in employee', async () => {
    const timer = adapter.timer!;
    const started = await timer.start({ projectId: DEMO_IDS.projects.research, description: 'Thinking', billable: false });
    expect(started).toMatchObject({ userId: sim.employeeId, end: null, origin: 'TIMER', originLabel: 'BROWSER', description: 'Thinking' });
    // Gauzy stopped the demo's running log when this one started.
    const running = await handlers(adapter, 'timeEntry').list({ running: true }, { token: null, size: 10 });
    expect(running.items.map((e) => e.remoteId)).toEqual([started.remoteId]);

    const stopped = await timer.stop({ userId: sim.employeeId });
    expect(stopped?.remoteId).toBe(started.remoteId);
    expect(stopped?.end).toBeInstanceOf(Date);
    expect(await timer.stop({})).toBeNull();
    await expect(timer.start({ userId: DEMO_IDS.employees.margaret })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('gauzy adapter: vendor paging', () => {
  let sim: GauzySimulator;
  beforeAll(async () => {
    sim = await startGauzySimulator({ dataset: 'empty' });
  });
  afterAll(() => sim.close());

  it('reads a /pagination collection past 100 rows with take=100 and skip as a page number, to the end', async () => {
    const writer = adapterFor(sim);
    for (let i = 0; i < 105; i++) await handlers(writer, 'client').create({ name: `Client ${String(i).padStart(3, '0')}` });
    await writer.close?.();
    const log: Info[] = [];
    const reader = adapterFor(sim, { cacheTtlSeconds: 30 }, log);
    const all = await walk(reader, 'client', {}, 40);
    expect(all).toHaveLength(105);
    expect(all[0]!.name).toBe('Client 000');
    expect(all[104]!.name).toBe('Client 104');
    const reads = sim.requests.filter((r) => r.path.endsWith('/organization-contact/pagination')).slice(-2);
    // CrudService.paginate: offset = take × (skip − 1), so the second page is skip=2.
    expect(reads.map((r) => new URLSearchParams(r.query).get('skip'))).toEqual(['1', '2']);
    expect(reads.every((r) => new URLSearchParams(r.query).get('take') === '100')).toBe(true);
    expect(log).toHaveLength(2);
    await reader.close?.();
  });
});

describe('gauzy adapter: who the credentials are', () => {
  it('finds its own employee through /user/me?includeEmployee=true when the token carries no claims', async () => {
    const sim = await startGauzySimulator({ dataset: 'demo', token: 'an-opaque-static-token' });
    const adapter = adapterFor(sim);
    try {
      const created = await handlers(adapter, 'timeEntry').create({ start: new Date('2026-11-21T08:00:00Z'), end: new Date('2026-11-21T08:30:00Z') });
      expect(created.userId).toBe(DEMO_IDS.employees.ada);
      const me = sim.requests.filter((r) => r.path === '/api/user/me');
      expect(me).toHaveLength(1);
      expect(new URLSearchParams(me[0]!.query).get('includeEmployee')).toBe('true');
      // No claims either for the permission: asked once, then remembered.
      await handlers(adapter, 'timeEntry').list({ from: RANGE.from, to: RANGE.to }, { token: null, size: 10 });
      await handlers(adapter, 'timeEntry').list({ from: RANGE.from, to: new Date('2026-11-20T00:00:00Z') }, { token: null, size: 10 });
      expect(sim.requests.filter((r) => r.path === '/api/auth/permissions')).toHaveLength(1);
    } finally {
      await adapter.close?.();
      await sim.close();
    }
  });

  it('reads expiry, permissions and chunks without a request', () => {
    const jwt = (payload: object) => `x.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.y`;
    expect(expired(jwt({ exp: 1000 }), 1_000_000)).toBe(true);
    expect(expired(jwt({ exp: 10_000 }), 1_000_000)).toBe(false);
    expect(expired('opaque', 1_000_000)).toBe(false);
    expect(permissionsClaim(jwt({ permissions: ['CHANGE_SELECTED_EMPLOYEE'] }))).toEqual(['CHANGE_SELECTED_EMPLOYEE']);
    expect(permissionsClaim(jwt({ role: 'EMPLOYEE' }))).toBeNull();
    expect(chunk(Array.from({ length: 41 }, (_, i) => i)).map((c) => c.length)).toEqual([20, 20, 1]);
  });
});

describe('gauzy mappers', () => {
  const log = (over: Partial<GauzyTimeLog>): GauzyTimeLog => ({
    id: '11111111-1111-4111-8111-111111111111',
    employeeId: '22222222-2222-4222-8222-222222222222',
    startedAt: '2026-11-02T09:00:00.000Z',
    stoppedAt: '2026-11-02T10:30:00.000Z',
    logType: 'TRACKED',
    source: 'DESKTOP',
    isRunning: false,
    duration: 5400,
    ...over,
  });

  it('parses Gauzy durations as whole seconds', () => {
    expect(parseGauzyDuration(5400)).toBe(5400);
    expect(parseGauzyDuration('5400')).toBe(5400);
    expect(parseGauzyDuration(59.6)).toBe(60);
    expect(parseGauzyDuration(0)).toBe(0);
    expect(parseGauzyDuration(-5)).toBeNull();
    expect(parseGauzyDuration('PT1H')).toBeNull();
    expect(parseGauzyDuration(null)).toBeNull();
  });

  it('maps time logs: running state, duration fallback, origins and timesheet status', () => {
    const e = toTimeEntry('s', log({ timesheet: { id: 't', status: 'IN REVIEW' } }));
    expect(e).toMatchObject({ origin: 'TIMER', originLabel: 'DESKTOP', type: 'WORK', timesheetStatus: 'IN_REVIEW' });
    expect((e.end!.getTime() - e.start.getTime()) / 1000).toBe(5400);
    // A running log has stoppedAt == startedAt; isRunning decides.
    expect(toTimeEntry('s', log({ isRunning: true, stoppedAt: '2026-11-02T09:00:00.000Z' })).end).toBeNull();
    expect(toTimeEntry('s', log({ stoppedAt: null, duration: 60 })).end).toEqual(new Date('2026-11-02T09:01:00.000Z'));
    expect(toTimeEntry('s', log({ logType: 'IDLE' }))).toMatchObject({ type: 'IDLE', origin: 'TIMER' });
    expect(toTimeEntry('s', log({ logType: 'RESUMED' }))).toMatchObject({ origin: 'TIMER' });
    expect(toTimeEntry('s', log({ logType: 'MANUAL', source: 'BROWSER' }))).toMatchObject({ origin: 'MANUAL', originLabel: 'BROWSER' });
    expect(toTimeEntry('s', log({ source: 'UPWORK' }))).toMatchObject({ origin: 'IMPORTED', originLabel: 'UPWORK' });
    expect(toTimeEntry('s', log({ logType: 'SCREEN_SHARE' }))).toMatchObject({ origin: 'OTHER', originLabel: 'SCREEN_SHARE' });
    expect(toTimeEntry('s', log({ timesheet: { id: 't', status: 'ARCHIVED_SOMEHOW' } })).timesheetStatus).toBeNull();
    expect(toTimeEntry('s', log({ timesheet: { id: 't', status: 'APPROVED' } })).timesheetStatus).toBe('APPROVED');
  });

  it('maps unknown vendor enums to OTHER and keeps the label', () => {
    expect(toTask('s', { id: 'x', title: 'T', status: 'custom', priority: 'blocker' })).toMatchObject({ status: 'OTHER', statusLabel: 'custom', priority: null, priorityLabel: 'blocker' });
    expect(toTask('s', { id: 'x', title: 'T', status: null })).toMatchObject({ status: 'TODO', statusLabel: null });
    expect(toProject('s', { id: 'x', name: 'P', status: 'cancelled' })).toMatchObject({ status: 'OTHER', statusLabel: 'cancelled' });
    expect(toProject('s', { id: 'x', name: 'P', status: null, budget: 10, budgetType: 'cost' })).toMatchObject({ status: 'ACTIVE', estimateSeconds: null });
    expect(toUser('s', { id: 'x', user: { id: 'u', firstName: 'V', lastName: 'W', role: { name: 'VIEWER' } } })).toMatchObject({ role: 'OTHER', roleLabel: 'VIEWER', name: 'V W' });
  });
});
