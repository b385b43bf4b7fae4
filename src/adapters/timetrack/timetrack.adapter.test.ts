import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Adapter, EntityHandlers, PageRequest } from '../contract.js';
import type { AnyEntity, EntityKind, TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { startTimeTrackSimulator, type TimeTrackSimulator } from '../../sandbox/timetrack/index.js';
import { createTimeTrackClient } from './client.js';
import { createTimeTrackAdapter, type TimeTrackSourceConfig } from './index.js';
import { displayName, roleKey, splitName, toUser, usernameFor } from './mappers/to-user.js';
import { toClient } from './mappers/to-client.js';
import { toProject } from './mappers/to-project.js';
import { toTask } from './mappers/to-task.js';
import { breakSeconds, entryInterval, toTimeEntry, toTimeTrackEntryBody, workedSeconds, type NameResolver } from './mappers/to-time-entry.js';
import { buildResolver } from './refs.js';
import { TimeTrackTimeEntry, TimeTrackUser } from './types.js';
import { wallClock } from './wall-clock.js';

const UTC = wallClock('UTC');

/** Small vendor pages, so every list below crosses several `limit`/`page` pages. */
const VENDOR_PAGE = 7;

let sim: TimeTrackSimulator;
let adapter: Adapter;
let calls: Array<{ method: string; path: string; status: number | null; attempt: number }>;

function config(overrides: Partial<TimeTrackSourceConfig> = {}): TimeTrackSourceConfig {
  return {
    key: 'acme-tt',
    vendor: 'timetrack',
    baseUrl: sim.baseUrl,
    apiKey: sim.apiKey,
    apiSecret: sim.apiSecret,
    timeoutMs: 5_000,
    cacheTtlSeconds: 30,
    ...overrides,
  };
}

beforeEach(async () => {
  sim = await startTimeTrackSimulator();
  calls = [];
  adapter = createTimeTrackAdapter(config(), { onRequest: (info) => calls.push(info), pageLimit: VENDOR_PAGE, retryBaseDelayMs: 5 });
});
afterEach(async () => {
  await adapter.close?.();
  await sim.close();
});

function handlers<K extends EntityKind>(kind: K): EntityHandlers<K> {
  const h = adapter.entities[kind];
  if (!h) throw new Error(`no ${kind} handlers`);
  return h as EntityHandlers<K>;
}

async function listAll(kind: EntityKind, size: number, filter: object = {}): Promise<AnyEntity[]> {
  const list = (handlers(kind) as EntityHandlers<EntityKind>).list!;
  const items: AnyEntity[] = [];
  let page: PageRequest = { token: null, size };
  for (let n = 0; n < 500; n++) {
    const got = await list(filter as never, page);
    expect(got.items.length).toBeLessThanOrEqual(size);
    // Re-reading with the same token must give the same page (the gateway resumes inside pages).
    const again = await list(filter as never, page);
    expect(again.items.map((i) => i.remoteId)).toEqual(got.items.map((i) => i.remoteId));
    items.push(...got.items);
    if (!got.nextPage) return items;
    page = { token: got.nextPage, size };
  }
  throw new Error('never reached the last page');
}

const names = (items: AnyEntity[]) => items.map((i) => ('name' in i ? i.name.toLowerCase() : ''));
const ids = (items: AnyEntity[]) => items.map((i) => i.remoteId);

async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('lists', () => {
  it('lists every entity to the last page with small page sizes, in merge order, without repeats', async () => {
    const expected: Record<string, number> = { user: 3, client: 2, project: 3, task: 6, timeEntry: 40 };
    for (const kind of ['user', 'client', 'project', 'task', 'timeEntry'] as const) {
      const whole = await listAll(kind, 500);
      const paged = await listAll(kind, 2);
      expect(ids(paged), kind).toEqual(ids(whole));
      expect(new Set(ids(paged)).size, kind).toBe(expected[kind]);
      if (kind === 'timeEntry') {
        const starts = (whole as TimeEntry[]).map((e) => e.start.getTime());
        expect(starts).toEqual([...starts].sort((a, b) => b - a));
      } else {
        expect(names(whole)).toEqual([...names(whole)].sort());
      }
    }
    // 40 entries at 7 per vendor page: pages 1–6, the sixth one short.
    const entryPages = sim.requests.filter((r) => r.path.endsWith('/project_time_entries')).map((r) => new URLSearchParams(r.query).get('page'));
    expect(entryPages).toContain('6');
    expect(entryPages).not.toContain('7');
    expect(sim.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('serves further pages from the memoised lists, and reads afresh when the memo is off', async () => {
    const first = await handlers('timeEntry').list!({}, { token: null, size: 5 });
    const cold = calls.length;
    // users 1 page, projects 1, tasks 1, entries 6 (40 at 7 per page)
    expect(cold).toBe(9);
    await handlers('timeEntry').list!({}, { token: first.nextPage, size: 5 });
    expect(calls.length).toBe(cold);

    const fresh = createTimeTrackAdapter(config({ cacheTtlSeconds: 0 }), { onRequest: (info) => calls.push(info), pageLimit: VENDOR_PAGE });
    try {
      calls = [];
      await fresh.entities.user!.list!({}, { token: null, size: 1 });
      await fresh.entities.user!.list!({}, { token: null, size: 1 });
      expect(calls.length).toBe(2);
    } finally {
      await fresh.close?.();
    }
  });

  it('resolves names to remote ids and maps worked minutes, breaks and billable', async () => {
    const [entry] = (await handlers('timeEntry').getMany!(['5001'])) as TimeEntry[];
    // Ada, "Difference Engine" of "Analytical Engines Ltd", task "Design"; 08:00–12:30 with a 30 min break.
    expect(entry).toMatchObject({ userId: '1', projectId: '201', taskId: '302', billable: true, description: 'Gear train layout', type: 'WORK' });
    expect(entry!.start.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    // `end` is the wall-clock stop; the break is its own field and not worked time.
    expect(entry!.end!.toISOString()).toBe('2026-11-02T12:30:00.000Z');
    expect(entry!.breakSeconds).toBe(1800);
    const all = (await listAll('timeEntry', 500)) as TimeEntry[];
    expect(all.find((e) => e.description === 'Release preparation')?.taskId).toBeNull();
    expect(all.filter((e) => !e.billable).length).toBeGreaterThan(0);
    const [project] = await handlers('project').getMany!(['203']);
    expect(project).toMatchObject({ name: 'Optimizing Compiler', clientId: '102', estimateSeconds: 9600 * 60, status: 'ACTIVE' });
  });

  it('maps time entry filters onto username / projectName / to and finishes the rest here', async () => {
    const donald = (await listAll('timeEntry', 10, { userIds: ['2'] })) as TimeEntry[];
    expect(donald).toHaveLength(15);
    expect(donald.every((e) => e.userId === '2')).toBe(true);
    expect(sim.requests.some((r) => r.query.includes('username=donald'))).toBe(true);

    const engine = (await listAll('timeEntry', 10, { projectIds: ['201'] })) as TimeEntry[];
    expect(engine.length).toBeGreaterThan(0);
    expect(engine.every((e) => e.projectId === '201')).toBe(true);
    expect(sim.requests.some((r) => r.query.includes('projectName=Difference+Engine') && r.query.includes('clientName='))).toBe(true);

    // The nightly run starts on the 11th and runs into the 12th: it overlaps the 12th.
    const day = (await listAll('timeEntry', 10, { from: new Date('2026-11-12T00:00:00Z'), to: new Date('2026-11-13T00:00:00Z') })) as TimeEntry[];
    expect(day.map((e) => e.description)).toContain('Nightly regression run');
    expect(day.every((e) => e.start < new Date('2026-11-13T00:00:00Z'))).toBe(true);
    // `from` is not sent (an entry may have begun any time before it); `to` is, with a day of slack.
    const dayQuery = sim.requests.filter((r) => r.query.includes('to=2026-11-14T00')).at(-1);
    expect(dayQuery?.query).not.toContain('from=');

    const meetings = (await listAll('timeEntry', 10, { taskIds: ['303'], billable: false })) as TimeEntry[];
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((e) => e.taskId === '303' && !e.billable)).toBe(true);

    expect(await listAll('timeEntry', 10, { userIds: ['999'] })).toEqual([]);
    expect(await listAll('timeEntry', 10, { running: true })).toEqual([]);
  });

  it('filters named lists here: search, client, status, email', async () => {
    expect(names(await listAll('project', 5, { search: 'ENGINE' }))).toEqual(['difference engine', 'notes on the engine']);
    expect(ids(await listAll('project', 5, { clientIds: ['102'] }))).toEqual(['203']);
    expect(ids(await listAll('user', 5, { email: 'FRANCES@example.com' }))).toEqual(['3']);
    expect(await listAll('task', 5, { projectIds: ['201'] })).toEqual([]);
  });
});

describe('getMany', () => {
  it('answers in key order with an Error in the slot of a missing id, for every entity', async () => {
    const present: Record<string, string> = { user: '2', client: '101', project: '202', task: '305', timeEntry: '5010' };
    for (const kind of ['user', 'client', 'project', 'task', 'timeEntry'] as const) {
      const got = await (handlers(kind) as EntityHandlers<EntityKind>).getMany!(['999999', present[kind]!, '999998']);
      expect(got[0], kind).toBeInstanceOf(NotFoundError);
      expect((got[1] as AnyEntity).remoteId, kind).toBe(present[kind]);
      expect(got[2], kind).toBeInstanceOf(NotFoundError);
    }
  });
});

describe('writes', () => {
  it('clients: create, update email, refuse rename and archive, delete', async () => {
    const created = await handlers('client').create!({ name: 'Difference Ltd', email: 'a@b.example' });
    expect(created).toMatchObject({ name: 'Difference Ltd', email: 'a@b.example', archived: false });
    const updated = await handlers('client').update!(created.remoteId, { email: 'c@d.example' });
    expect(updated.email).toBe('c@d.example');
    const rename = await rejection(handlers('client').update!(created.remoteId, { name: 'Other' }));
    expect(rename).toBeInstanceOf(ValidationError);
    expect((rename as ValidationError).issues[0]!.path).toEqual(['input', 'name']);
    expect(await rejection(handlers('client').update!(created.remoteId, { archived: true }))).toBeInstanceOf(ValidationError);
    await handlers('client').delete!(created.remoteId);
    const [gone] = await handlers('client').getMany!([created.remoteId]);
    expect(gone).toBeInstanceOf(NotFoundError);
    expect(await rejection(handlers('client').delete!(created.remoteId))).toBeInstanceOf(NotFoundError);
  });

  it('users: create with a derived username and role flags, update name and role, delete', async () => {
    const created = await handlers('user').create!({ name: 'Grace Brewster Hopper', email: 'grace.hopper@example.com', role: 'TEAM_LEAD' });
    expect(created).toMatchObject({ name: 'Grace Brewster Hopper', email: 'grace.hopper@example.com', role: 'TEAM_LEAD', status: 'ACTIVE' });
    const record = sim.state.users.find((u) => String(u.id) === created.remoteId)!;
    expect(record).toMatchObject({ username: 'grace.hopper', firstName: 'Grace Brewster', lastName: 'Hopper', teamLead: true, admin: false });
    expect(JSON.stringify(created.raw)).not.toContain(record.password);
    const updated = await handlers('user').update!(created.remoteId, { name: 'Grace Hopper', role: 'ADMIN' });
    expect(updated).toMatchObject({ name: 'Grace Hopper', role: 'ADMIN' });
    expect(await rejection(handlers('user').update!(created.remoteId, { status: 'INACTIVE' }))).toBeInstanceOf(ValidationError);
    expect(await rejection(handlers('user').create!({ name: 'Plato', email: 'plato@example.com' }))).toBeInstanceOf(ValidationError);
    // "ada" is taken, so the next Ada gets "ada2".
    const ada2 = await handlers('user').create!({ name: 'Ada Byron', email: 'ada@elsewhere.example' });
    expect((ada2.raw as { username: string }).username).toBe('ada2');
    await handlers('user').delete!(created.remoteId);
    expect((await handlers('user').getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });

  it('projects: create by client id (sent as clientName), rename and move, refuse billable false, delete', async () => {
    const created = await handlers('project').create!({ name: 'Tabulator', clientId: '102', estimateSeconds: 3600 });
    expect(created).toMatchObject({ name: 'Tabulator', clientId: '102', estimateSeconds: 3600, billable: true });
    expect(sim.state.projects.find((p) => String(p.id) === created.remoteId)).toMatchObject({ clientId: 102, timeEstimated: 60 });
    const moved = await handlers('project').update!(created.remoteId, { name: 'Tabulator II', clientId: '101', status: 'ARCHIVED' });
    expect(moved).toMatchObject({ name: 'Tabulator II', clientId: '101', status: 'ARCHIVED', estimateSeconds: 3600 });
    expect(await rejection(handlers('project').update!(created.remoteId, { billable: false }))).toBeInstanceOf(ValidationError);
    expect(await rejection(handlers('project').create!({ name: 'Orphan' }))).toBeInstanceOf(ValidationError);
    const badClient = await rejection(handlers('project').create!({ name: 'Orphan', clientId: '999' }));
    expect((badClient as ValidationError).issues[0]!.path).toEqual(['input', 'clientId']);
    await handlers('project').delete!(created.remoteId);
    expect((await handlers('project').getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });

  it('tasks: create (global), update notes, refuse rename, delete', async () => {
    const created = await handlers('task').create!({ name: 'Review', projectId: '201', description: 'Code review' });
    expect(created).toMatchObject({ name: 'Review', projectId: null, description: 'Code review', status: 'TODO' });
    const updated = await handlers('task').update!(created.remoteId, { description: 'Peer review' });
    expect(updated.description).toBe('Peer review');
    const rename = await rejection(handlers('task').update!(created.remoteId, { name: 'Audit' }));
    expect((rename as ValidationError).issues[0]!.path).toEqual(['input', 'name']);
    expect(sim.requests.some((r) => r.method === 'PUT' && r.status === 400)).toBe(false);
    expect(await rejection(handlers('task').create!({ name: 'X', projectId: '999' }))).toBeInstanceOf(ValidationError);
    await handlers('task').delete!(created.remoteId);
    expect((await handlers('task').getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });

  it('time entries: ids become names on write and names become ids on read; breaks survive a move', async () => {
    const start = new Date('2026-12-01T09:00:00.000Z');
    const created = await handlers('timeEntry').create!({
      userId: '2',
      projectId: '203',
      taskId: '301',
      description: 'Code generation',
      start,
      end: new Date('2026-12-01T10:30:00.000Z'),
      billable: false,
    });
    expect(created).toMatchObject({ userId: '2', projectId: '203', taskId: '301', description: 'Code generation', billable: false });
    expect(created.end!.getTime() - created.start.getTime()).toBe(90 * 60_000);
    const record = sim.state.entries.find((e) => String(e.id) === created.remoteId)!;
    expect(record).toMatchObject({ userId: 2, projectId: 203, taskId: 301, breakMinutes: 0 });
    const post = sim.requests.find((r) => r.method === 'POST' && r.path.endsWith('/project_time_entries'));
    expect(post?.status).toBe(201);

    const moved = await handlers('timeEntry').update!(created.remoteId, { projectId: '201', taskId: null, userId: '3', description: 'Moved' });
    expect(moved).toMatchObject({ userId: '3', projectId: '201', taskId: null, description: 'Moved' });
    expect(sim.state.entries.find((e) => e.id === record.id)).toMatchObject({ userId: 3, projectId: 201, taskId: null });

    // Entry 5001 has a 30 min break: moving its end keeps the break inside the new span.
    const end = new Date('2026-11-02T13:00:00.000Z');
    const retimed = await handlers('timeEntry').update!('5001', { end });
    expect(retimed.start.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(retimed.end!.toISOString()).toBe(end.toISOString());
    expect(retimed.breakSeconds).toBe(1800);
    expect(sim.state.entries.find((e) => e.id === 5001)).toMatchObject({ breakMinutes: 30, to: Date.parse('2026-11-02T13:00:00.000Z') });

    const missing = await rejection(handlers('timeEntry').create!({ userId: '2', projectId: '999', start, end: new Date(start.getTime() + 60_000) }));
    expect((missing as ValidationError).issues[0]!.path).toEqual(['input', 'projectId']);
    expect(await rejection(handlers('timeEntry').create!({ userId: '2', projectId: '203', start, end: start, tagIds: ['1'] }))).toBeInstanceOf(ValidationError);

    await handlers('timeEntry').delete!(created.remoteId);
    expect((await handlers('timeEntry').getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
  });
});

describe('timer', () => {
  it('starts on a project, stops and returns the entry TimeTrack booked; stopping again gives null', async () => {
    const start = new Date('2026-12-02T08:00:00.000Z');
    const running = await adapter.timer!.start({ userId: '1', projectId: '202', taskId: '304', description: 'Note H', start });
    expect(running).toMatchObject({ userId: '1', projectId: '202', taskId: '304', description: 'Note H', end: null, origin: 'TIMER' });
    expect(running.start.toISOString()).toBe(start.toISOString());

    const end = new Date('2026-12-02T09:30:00.000Z');
    const stopped = await adapter.timer!.stop({ userId: '1', end });
    expect(stopped).toMatchObject({ userId: '1', projectId: '202', taskId: '304', description: 'Note H' });
    expect(stopped!.start.toISOString()).toBe(start.toISOString());
    expect(stopped!.end!.toISOString()).toBe(end.toISOString());
    expect(sim.state.entries.some((e) => String(e.id) === stopped!.remoteId)).toBe(true);
    expect(sim.requests.some((r) => r.path.includes('/timers/project_timer/stop'))).toBe(true);

    expect(await adapter.timer!.stop({ userId: '1', end })).toBeNull();
  });

  it('a start while a timer runs books the running one at the new start', async () => {
    await adapter.timer!.start({ userId: '3', projectId: '203', start: new Date('2026-12-03T08:00:00.000Z') });
    await adapter.timer!.start({ userId: '3', projectId: '201', start: new Date('2026-12-03T09:00:00.000Z') });
    const booked = sim.state.entries.filter((e) => e.userId === 3 && e.from === Date.parse('2026-12-03T08:00:00.000Z'));
    expect(booked).toHaveLength(1);
    expect(booked[0]!.to).toBe(Date.parse('2026-12-03T09:00:00.000Z'));
    const stopped = await adapter.timer!.stop({ userId: '3', end: new Date('2026-12-03T10:00:00.000Z') });
    expect(stopped?.projectId).toBe('201');
  });

  it('needs a user and a project', async () => {
    expect(await rejection(adapter.timer!.start({ userId: '1' }))).toBeInstanceOf(ValidationError);
    expect(await rejection(adapter.timer!.start({ projectId: '201' }))).toBeInstanceOf(ValidationError);
    expect(await rejection(adapter.timer!.stop({}))).toBeInstanceOf(ValidationError);
  });
});

describe('failures', () => {
  it('a missing secret header is UPSTREAM_AUTH_FAILED, and no credential appears in the message', async () => {
    const noSecret = createTimeTrackAdapter(config({ apiSecret: '' }));
    const wrong = createTimeTrackAdapter(config({ apiSecret: 'not-the-secret-at-all' }));
    try {
      for (const [candidate, secret] of [[noSecret, sim.apiSecret], [wrong, 'not-the-secret-at-all']] as const) {
        const error = await rejection(candidate.entities.user!.list!({}, { token: null, size: 5 }));
        expect(error).toBeInstanceOf(UpstreamError);
        expect((error as UpstreamError).code).toBe('UPSTREAM_AUTH_FAILED');
        expect((error as UpstreamError).source).toBe('acme-tt');
        expect((error as Error).message).not.toContain(sim.apiKey);
        expect((error as Error).message).not.toContain(secret);
      }
      expect(sim.requests.filter((r) => r.status === 401)).toHaveLength(2);
    } finally {
      await noSecret.close?.();
      await wrong.close?.();
    }
  });

  it('survives injected 5xx answers on reads by retrying', async () => {
    sim.injectFaults({ serverErrors: 2, serverErrorStatus: 503 });
    const page = await handlers('client').list!({}, { token: null, size: 5 });
    expect(page.items).toHaveLength(2);
    expect(calls.map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('does not repeat a create after a 5xx (it may have been applied) and reports the vendor as unavailable', async () => {
    sim.injectFaults({ serverErrors: 1, pathFilter: '/clients' });
    const error = await rejection(handlers('client').create!({ name: 'Once' }));
    expect((error as UpstreamError).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reports a vendor rejection with its {message}', async () => {
    const error = await rejection(handlers('client').create!({ name: 'Analytical Engines Ltd' }));
    expect((error as UpstreamError).code).toBe('UPSTREAM_REJECTED');
    expect((error as Error).message).toContain('already exists');
  });
});

describe('client', () => {
  /** A scripted TimeTrack look-alike: answers by path, records what it saw. */
  async function scripted(answer: (path: string, query: URLSearchParams) => [number, unknown]) {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(`${req.method} ${url.pathname}${url.search}`);
      const [status, body] = answer(url.pathname, url.searchParams);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/ext`;
    return { url, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
  }

  it('falls back to /project_timer after a 404 and remembers the path that answered', async () => {
    const srv = await scripted((path) => (path.includes('/timers/') ? [404, { message: 'Not found' }] : [200, { username: 'u', stopped: true }]));
    const client = createTimeTrackClient({ source: 's', baseUrl: srv.url, apiKey: 'k', apiSecret: 'secret-value' });
    try {
      const schema = z.looseObject({ username: z.string() });
      await client.timerStatus(schema, { username: 'u', date: '2020-01-01T00:00:00.000Z' });
      await client.timerAction('stop', schema, { username: 'u', date: '2020-01-01T00:00:00.000Z' });
      expect(srv.seen.map((s) => s.split('?')[0])).toEqual([
        'GET /api/v2/ext/timers/project_timer',
        'GET /api/v2/ext/project_timer',
        'POST /api/v2/ext/project_timer/stop',
      ]);
    } finally {
      await client.close();
      await srv.close();
    }
  });

  it('stops paging when a server ignores `page` and keeps sending the same full page', async () => {
    const srv = await scripted(() => [200, [{ id: 1, name: 'a' }, { id: 2, name: 'b' }]]);
    const client = createTimeTrackClient({ source: 's', baseUrl: srv.url, apiKey: 'k', apiSecret: 'secret-value', pageLimit: 2 });
    try {
      const all = await client.listAll('/tasks', z.looseObject({ id: z.number(), name: z.string() }));
      expect(all).toHaveLength(2);
      expect(srv.seen).toEqual(['GET /api/v2/ext/tasks?limit=2&page=1', 'GET /api/v2/ext/tasks?limit=2&page=2']);
    } finally {
      await client.close();
      await srv.close();
    }
  });
});

describe('mappers', () => {
  const refs: NameResolver = { userId: () => '7', projectId: () => '8', taskId: () => null };
  const entry = (over: Record<string, unknown>) =>
    TimeTrackTimeEntry.parse({ id: 1, user: 'u', clientName: 'c', projectName: 'p', from: '2020-10-20T09:00:00.000Z', to: '2020-10-20T11:15:00.000Z', ...over });

  it('reads worked and break minutes as seconds; end = to, the wall-clock stop', () => {
    const raw = entry({ workedMinutes: 120, breakMinutes: 15 });
    expect(workedSeconds(raw)).toBe(7200);
    expect(breakSeconds(raw)).toBe(900);
    const mapped = toTimeEntry('s', raw, refs, UTC);
    expect(mapped.start.toISOString()).toBe('2020-10-20T09:00:00.000Z');
    expect(mapped.end!.toISOString()).toBe('2020-10-20T11:15:00.000Z');
    expect(mapped).toMatchObject({ breakSeconds: 900, remoteId: '1', userId: '7', projectId: '8', taskId: null, billable: true, origin: 'OTHER', originLabel: null });
  });

  it('derives the end from from + worked + break when `to` is absent, and accepts digit strings and ID', () => {
    const raw = entry({ id: undefined, ID: '42', breakMinutes: '15' });
    expect(workedSeconds(raw)).toBeNull();
    expect(breakSeconds(raw)).toBe(900);
    const mapped = toTimeEntry('s', raw, refs, UTC);
    expect(mapped.remoteId).toBe('42');
    expect(mapped.end!.toISOString()).toBe('2020-10-20T11:15:00.000Z');
    expect(entryInterval(entry({ to: null }), UTC).end).toBeNull();
    expect(entryInterval(entry({ to: null, workedMinutes: 120, breakMinutes: 15 }), UTC).end!.toISOString()).toBe('2020-10-20T11:15:00.000Z');
  });

  it('writes from/to so that the vendor worked time equals end − start', () => {
    const body = toTimeTrackEntryBody(
      { start: new Date('2020-10-20T09:00:00Z'), end: new Date('2020-10-20T10:00:00Z'), description: 'd', billable: false },
      { username: 'u', clientName: 'c', projectName: 'p', task: null },
      UTC,
    );
    expect(body).toEqual({ username: 'u', clientName: 'c', projectName: 'p', from: '2020-10-20T09:00:00.000Z', to: '2020-10-20T10:00:00.000Z', details: 'd', billable: false });
  });

  it("writes and reads the user's wall clock with a Z in the account's zone (docs §1.4), DST included", () => {
    const vienna = wallClock('Europe/Vienna');
    expect(vienna.toWire(new Date('2026-11-24T08:35:00Z'))).toBe('2026-11-24T09:35:00.000Z');
    expect(vienna.toWire(new Date('2026-07-01T08:35:00Z'))).toBe('2026-07-01T10:35:00.000Z');
    expect(vienna.fromWire('2026-11-24T09:35:00.000Z')!.toISOString()).toBe('2026-11-24T08:35:00.000Z');
    expect(vienna.fromWire('2026-07-01T10:35:00Z')!.toISOString()).toBe('2026-07-01T08:35:00.000Z');
    // A real offset is an instant already.
    expect(vienna.fromWire('2026-11-24T09:35:00+02:00')!.toISOString()).toBe('2026-11-24T07:35:00.000Z');
    expect(vienna.fromWire('not a time')).toBeNull();
  });

  it('maps admin/teamLead to roles, unknown to OTHER with the label kept', () => {
    const user = (over: Record<string, unknown>) => TimeTrackUser.parse({ id: 1, username: 'x', firstName: 'A', lastName: 'B', ...over });
    expect(toUser('s', user({ admin: true, teamLead: true })).role).toBe('ADMIN');
    expect(toUser('s', user({ admin: false, teamLead: true })).role).toBe('TEAM_LEAD');
    expect(toUser('s', user({ admin: 0, teamLead: 0 })).role).toBe('MEMBER');
    expect(toUser('s', user({}))).toMatchObject({ role: 'OTHER', roleLabel: null, status: 'ACTIVE', name: 'A B' });
    expect(toUser('s', user({ enabled: false })).status).toBe('INACTIVE');
    expect(roleKey({ admin: null, teamLead: true })).toBe('teamLead');
    expect(displayName({ firstName: null, lastName: null, username: 'solo' })).toBe('solo');
    expect(splitName(' Ada  King Lovelace ', 'n')).toEqual({ firstName: 'Ada King', lastName: 'Lovelace' });
    expect(usernameFor('Ada+Work@x.example', new Set(['adawork']))).toBe('adawork2');
  });

  it('maps clients, projects (minutes estimate, enabled flag, name fallback) and tasks', () => {
    expect(toClient('s', { id: 5, name: 'C', enabled: false })).toMatchObject({ remoteId: '5', archived: true, email: null });
    const project = toProject('s', { id: 9, name: 'Legacy name', clientName: 'C', projectEnabled: false, timeEstimated: '90' }, (n) => (n === 'C' ? '5' : null));
    expect(project).toMatchObject({ name: 'Legacy name', clientId: '5', status: 'ARCHIVED', statusLabel: 'disabled', estimateSeconds: 5400 });
    expect(toTask('s', { id: 3, name: 'T', notes: null, timeEstimated: 30 })).toMatchObject({ projectId: null, estimateSeconds: 1800, status: 'TODO' });
  });

  it('resolves names exactly first, then case-insensitively when unique, projects by client and name', () => {
    const resolver = buildResolver(
      [{ id: 1, username: 'ada' }, { id: 2, username: 'Bob' }],
      [{ id: 10, projectName: 'Site', clientName: 'A' }, { id: 11, projectName: 'Site', clientName: 'B' }, { id: 12, projectName: 'Solo', clientName: 'A' }],
      [{ id: 20, name: 'Dev' }, { id: 21, name: 'dev' }],
    );
    expect(resolver.userId('bob')).toBe('2');
    expect(resolver.projectId('B', 'Site')).toBe('11');
    expect(resolver.projectId(null, 'Site')).toBeNull();
    expect(resolver.projectId(null, 'Solo')).toBe('12');
    expect(resolver.taskId('dev')).toBe('21');
    expect(resolver.taskId('DEV')).toBeNull();
    expect(resolver.userId('nobody')).toBeNull();
  });
});
