import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTimeTrackSimulator, type TimeTrackSimulator } from './index.js';

// Wire payloads are asserted field by field, so they are read untyped on purpose.
type Json = any;

let sim: TimeTrackSimulator;

function call(sim: TimeTrackSimulator, method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  return fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'X-TimeTrack-Api-Key': sim.apiKey,
      'X-TimeTrack-Api-Secret': sim.apiSecret,
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function json(sim: TimeTrackSimulator, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await call(sim, method, path, body);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const get = (path: string) => json(sim, 'GET', path);
const post = (path: string, body?: unknown) => json(sim, 'POST', path, body);
const put = (path: string, body: unknown) => json(sim, 'PUT', path, body);
const del = (path: string) => json(sim, 'DELETE', path);

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

beforeEach(async () => {
  sim = await startTimeTrackSimulator();
});
afterEach(async () => {
  await sim.close();
});

describe('auth', () => {
  it('rejects a request missing either header, or with a wrong one, with 401 {message}', async () => {
    const variants: Record<string, string>[] = [
      { 'X-TimeTrack-Api-Key': '' },
      { 'X-TimeTrack-Api-Secret': '' },
      { 'X-TimeTrack-Api-Secret': 'wrong' },
      { 'X-TimeTrack-Api-Key': 'wrong' },
    ];
    for (const headers of variants) {
      const res = await call(sim, 'GET', '/tasks', undefined, headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: expect.any(String) });
    }
    const bare = await fetch(`${sim.baseUrl}/users`);
    expect(bare.status).toBe(401);
    expect((await get('/tasks')).status).toBe(200);
  });

  it('honours custom credentials', async () => {
    const other = await startTimeTrackSimulator({ apiKey: 'k', apiSecret: 's', dataset: 'empty' });
    try {
      expect(other.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2\/ext$/);
      const res = await fetch(`${other.baseUrl}/users`, { headers: { 'X-TimeTrack-Api-Key': 'k', 'X-TimeTrack-Api-Secret': 's' } });
      expect(res.status).toBe(200);
      const users: Json = await res.json();
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ id: 1, admin: true });
    } finally {
      await other.close();
    }
  });
});

describe('wire shape', () => {
  it('serves bare arrays and objects with integer ids, .fffZ timestamps and names for references', async () => {
    const users = await get('/users');
    expect(Array.isArray(users.body)).toBe(true);
    const ada = users.body.find((u: Json) => u.email === 'ada@example.com');
    expect(ada).toMatchObject({ username: 'ada', firstName: 'Ada', lastName: 'Lovelace', admin: true });
    expect(ada).not.toHaveProperty('password');
    expect(users.body.map((u: Json) => u.email).sort()).toEqual(['ada@example.com', 'donald@example.com', 'frances@example.com']);

    const entries = (await get('/project_time_entries?limit=1000&page=1')).body;
    expect(entries).toHaveLength(40);
    for (const e of entries) {
      expect(Number.isInteger(e.id)).toBe(true);
      expect(e.from).toMatch(TIMESTAMP);
      expect(e.to).toMatch(TIMESTAMP);
      expect(e.workedMinutes).toBe((Date.parse(e.to) - Date.parse(e.from)) / 60000 - e.breakMinutes);
      expect(typeof e.clientName).toBe('string');
      expect(typeof e.user).toBe('string');
    }
    expect(entries.some((e: Json) => e.breakMinutes > 0)).toBe(true);
    expect(entries.some((e: Json) => e.billable === false)).toBe(true);
    const overnight = entries.filter((e: Json) => e.from.slice(0, 10) !== e.to.slice(0, 10));
    expect(overnight).toHaveLength(1);
    expect(overnight[0]).toMatchObject({ user: 'donald', from: '2026-11-11T22:30:00.000Z', to: '2026-11-12T01:15:00.000Z', breakMinutes: 15, workedMinutes: 150 });

    const one = await get(`/project_time_entries/${entries[0].id}`);
    expect(one.body).toEqual(entries[0]);
  });

  it('treats a trailing slash like none, answers 404/405 with {message}', async () => {
    expect((await get('/tasks/')).body).toEqual((await get('/tasks')).body);
    expect(await get('/nope')).toEqual({ status: 404, body: { message: expect.any(String) } });
    expect(await get('/tasks/99999')).toEqual({ status: 404, body: { message: 'Task not found' } });
    expect((await json(sim, 'PATCH', '/tasks/301', {})).status).toBe(405);
    const bad = await fetch(`${sim.baseUrl}/tasks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-TimeTrack-Api-Key': sim.apiKey, 'X-TimeTrack-Api-Secret': sim.apiSecret },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: expect.any(String) });
  });
});

describe('paging', () => {
  it('pages with limit + 1-based page until a short page, without overlap', async () => {
    const seen: number[] = [];
    for (let page = 1; ; page++) {
      const res = await get(`/project_time_entries?limit=7&page=${page}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.map((e: Json) => e.id));
      if (res.body.length < 7) break;
    }
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    expect((await get('/project_time_entries?limit=7&page=99')).body).toEqual([]);
  });

  it('defaults to 50 per page and validates limit and page', async () => {
    for (let i = 0; i < 15; i++) sim.state.tasks.push({ id: 900 + i, name: `Bulk ${i}`, notes: null, hourRate: null });
    expect((await get('/tasks')).body).toHaveLength(21); // below the default
    for (let i = 15; i < 60; i++) sim.state.tasks.push({ id: 900 + i, name: `Bulk ${i}`, notes: null, hourRate: null });
    expect((await get('/tasks')).body).toHaveLength(50);
    expect((await get('/tasks?page=2')).body).toHaveLength(16);
    expect((await get('/tasks?limit=0')).status).toBe(400);
    expect((await get('/tasks?limit=1001')).status).toBe(400);
    expect((await get('/tasks?page=0')).status).toBe(400);
  });
});

describe('filters and name references', () => {
  it('filters entries by username/user, from/to and name substrings', async () => {
    const donald = (await get('/project_time_entries?username=donald&limit=1000')).body;
    expect(donald).toHaveLength(15);
    expect(donald.every((e: Json) => e.user === 'donald')).toBe(true);
    expect((await get('/project_time_entries?user=donald&limit=1000')).body).toEqual(donald);

    const week = (await get('/project_time_entries?username=ada&from=2026-11-02T00:00:00.000Z&to=2026-11-06T23:59:59.999Z')).body;
    expect(week).toHaveLength(5);
    const noMs = (await get('/project_time_entries?username=ada&from=2026-11-02T00:00:00Z&to=2026-11-06T23:59:59Z')).body;
    expect(noMs).toEqual(week);

    const byProject = (await get('/project_time_entries?projectName=notes%20on&limit=1000')).body;
    expect(byProject.length).toBeGreaterThan(0);
    expect(byProject.every((e: Json) => e.projectName === 'Notes on the Engine')).toBe(true);
    const byClient = (await get('/project_time_entries?clientName=Compiler&limit=1000')).body;
    expect(byClient.every((e: Json) => e.clientName === 'Compiler Works GmbH')).toBe(true);

    expect((await get('/project_time_entries?username=nobody')).status).toBe(400);
    expect((await get('/project_time_entries?from=yesterday')).status).toBe(400);
  });

  it('searches tasks, clients and projects by substring', async () => {
    expect((await get('/tasks?name=est')).body.map((t: Json) => t.name)).toEqual(['Testing']);
    expect((await get('/clients?name=works')).body.map((c: Json) => c.name)).toEqual(['Compiler Works GmbH']);
    const projects = (await get('/projects?clientName=Analytical')).body;
    expect(projects.map((p: Json) => p.projectName)).toEqual(['Difference Engine', 'Notes on the Engine']);
    expect(projects[0]).toMatchObject({ clientName: 'Analytical Engines Ltd', timeEstimated: 6000 });
    expect((await get('/users?username=frances')).body.map((u: Json) => u.username)).toEqual(['frances']);
  });

  it('rejects unknown names on writes with 400 {message}', async () => {
    const base = { username: 'ada', clientName: 'Analytical Engines Ltd', projectName: 'Difference Engine', from: '2026-11-23T09:00:00.000Z', to: '2026-11-23T10:00:00.000Z' };
    for (const wrong of [{ username: 'ghost' }, { clientName: 'Nobody Inc' }, { projectName: 'Optimizing Compiler' }, { task: 'Juggling' }, { projectName: 'difference engine' }]) {
      const res = await post('/project_time_entries', { ...base, ...wrong });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/Unknown/);
    }
    expect((await post('/projects', { projectName: 'X', clientName: 'Nobody Inc' })).status).toBe(400);
    const timer = await post('/timers/project_timer/start', { username: 'ada', clientName: 'Analytical Engines Ltd', projectName: 'Nope', date: '2026-11-23T09:00:00.000Z' });
    expect(timer.status).toBe(400);
  });
});

describe('round trips', () => {
  it('clients: create, read, update (not name/enabled), delete', async () => {
    const made = await post('/clients', { name: 'Client Test', field1: 'VAT ID: 123455678', addressCountry: 'AT' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Client Test', enabled: true, field1: 'VAT ID: 123455678', email: null });
    expect((await post('/clients', { name: 'Client Test' })).status).toBe(400);
    expect((await post('/clients', {})).body).toEqual({ message: 'name is required' });
    expect((await post('/clients', { name: 'Bad', addressCountry: 'Austria' })).status).toBe(400);
    const id = made.body.id;
    expect((await put(`/clients/${id}`, { name: 'Renamed' })).status).toBe(400);
    expect((await put(`/clients/${id}`, { enabled: false })).status).toBe(400);
    const updated = await put(`/clients/${id}`, { email: 'test@timetrackapp.com', field2: 'Test' });
    expect(updated.body).toMatchObject({ id, name: 'Client Test', email: 'test@timetrackapp.com', field2: 'Test', field1: 'VAT ID: 123455678' });
    expect((await get(`/clients/${id}`)).body).toEqual(updated.body);
    expect((await del('/clients/101')).status).toBe(400); // still has projects
    expect((await del(`/clients/${id}`)).status).toBe(204);
    expect((await get(`/clients/${id}`)).status).toBe(404);
  });

  it('projects: create by clientName, rename and move, delete', async () => {
    const made = await post('/projects', { projectName: 'Test project 001', clientName: 'Compiler Works GmbH', hourRate: 80, timeEstimated: 600 });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ projectName: 'Test project 001', clientName: 'Compiler Works GmbH', projectEnabled: true, hourRate: 80, timeEstimated: 600 });
    expect((await post('/projects', { projectName: 'Only name' })).body).toEqual({ message: 'clientName is required' });
    const id = made.body.id;
    const moved = await put(`/projects/${id}`, { projectName: 'Test project 002', clientName: 'Analytical Engines Ltd', projectEnabled: false });
    expect(moved.body).toMatchObject({ id, projectName: 'Test project 002', clientName: 'Analytical Engines Ltd', projectEnabled: false, hourRate: 80 });
    expect((await put(`/projects/${id}`, { clientName: 'Nobody Inc' })).status).toBe(400);
    expect((await del('/projects/201')).status).toBe(400); // has entries
    expect((await del(`/projects/${id}`)).status).toBe(204);
    expect((await get(`/projects/${id}`)).status).toBe(404);
  });

  it('a project rename shows on its entries', async () => {
    await put('/projects/202', { projectName: 'Sketch of the Engine' });
    const entries = (await get('/project_time_entries?username=ada&limit=1000')).body;
    expect(entries.some((e: Json) => e.projectName === 'Sketch of the Engine')).toBe(true);
    expect(entries.some((e: Json) => e.projectName === 'Notes on the Engine')).toBe(false);
  });

  it('tasks: create, update (not name), delete', async () => {
    const made = await post('/tasks', { name: 'Development 2', hourRate: 30.0 });
    expect(made).toEqual({ status: 201, body: { id: expect.any(Number), name: 'Development 2', notes: null, hourRate: 30 } });
    const id = made.body.id;
    expect((await put(`/tasks/${id}`, { name: 'Other' })).status).toBe(400);
    expect((await put(`/tasks/${id}`, { hourRate: 35.5, notes: 'Test task for API' })).body).toMatchObject({ name: 'Development 2', hourRate: 35.5, notes: 'Test task for API' });
    expect((await put(`/tasks/${id}`, { hourRate: '35' })).status).toBe(400);
    expect((await del('/tasks/301')).status).toBe(400); // used by entries
    expect((await del(`/tasks/${id}`)).status).toBe(204);
    expect((await get(`/tasks/${id}`)).status).toBe(404);
  });

  it('project time entries: create by names with computed minutes, update, delete', async () => {
    const made = await post('/project_time_entries', {
      username: 'frances',
      clientName: 'Analytical Engines Ltd',
      projectName: 'Difference Engine',
      task: 'Design',
      from: '2026-11-20T09:00:00.000Z',
      to: '2026-11-20T11:15:00.000Z',
      breakMinutes: 15,
      details: 'API work',
      tags: '#backend',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ user: 'frances', task: 'Design', hourRate: 55, billable: true, flatRate: false, workedMinutes: 120, breakMinutes: 15, tags: '#backend' });
    const id = made.body.id;
    expect((await get(`/project_time_entries/${id}`)).body).toEqual(made.body);

    const moved = await put(`/project_time_entries/${id}`, { to: '2026-11-20T12:00:00.000Z', billable: false, task: null });
    expect(moved.body).toMatchObject({ id, to: '2026-11-20T12:00:00.000Z', workedMinutes: 165, breakMinutes: 15, billable: false, task: null });
    expect((await put(`/project_time_entries/${id}`, { workedMinutes: 100 })).body).toMatchObject({ workedMinutes: 100, breakMinutes: 80 });
    expect((await put(`/project_time_entries/${id}`, { workedMinutes: 100, breakMinutes: 0 })).status).toBe(400);
    expect((await put(`/project_time_entries/${id}`, { to: '2026-11-20T08:00:00.000Z' })).status).toBe(400);
    expect((await put(`/project_time_entries/${id}`, { from: '2026-11-20 09:00' })).status).toBe(400);
    expect((await put(`/project_time_entries/${id}`, { projectName: 'Optimizing Compiler', clientName: 'Compiler Works GmbH' })).body).toMatchObject({ clientName: 'Compiler Works GmbH', projectName: 'Optimizing Compiler' });

    expect((await post('/project_time_entries', { clientName: 'Analytical Engines Ltd', projectName: 'Difference Engine', from: '2026-11-20T09:00:00.000Z', to: '2026-11-20T10:00:00.000Z' })).body).toEqual({ message: 'username is required' });
    expect((await del(`/project_time_entries/${id}`)).status).toBe(204);
    expect((await get(`/project_time_entries/${id}`)).status).toBe(404);
    expect(sim.state.entries).toHaveLength(40);
  });

  it('users: create (password write-only), update (not username/enabled), delete', async () => {
    const made = await post('/users', { teamLead: false, password: '123123123', firstName: 'Max', admin: true, username: 'test6', email: 'test4@test.com', language: 'de', personalNumber: 1234, lastName: 'Smith' });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ id: expect.any(Number), username: 'test6', firstName: 'Max', lastName: 'Smith', email: 'test4@test.com', admin: true, teamLead: false, language: 'de', personalNumber: 1234, enabled: true });
    expect((await post('/users', { username: 'x', firstName: 'X', lastName: 'Y', email: 'x@example.com' })).body).toEqual({ message: 'password is required' });
    expect((await post('/users', { username: 'test6', firstName: 'X', lastName: 'Y', email: 'y@example.com', password: 'p' })).status).toBe(400);
    const id = made.body.id;
    // The docs' own update example, typo "langauge" included.
    const updated = await put(`/users/${id}`, { password: '122122122', admin: true, firstName: 'John', langauge: 'en', email: 'test3_@test.com' });
    expect(updated.body).toMatchObject({ firstName: 'John', language: 'en', email: 'test3_@test.com' });
    expect(sim.state.users.find((u) => u.id === id)?.password).toBe('122122122');
    expect((await put(`/users/${id}`, { username: 'other' })).status).toBe(400);
    expect((await put(`/users/${id}`, { enabled: false })).status).toBe(400);
    expect((await del('/users/2')).status).toBe(400); // has entries
    expect((await del(`/users/${id}`)).status).toBe(204);
    expect((await get(`/users/${id}`)).status).toBe(404);
  });
});

describe('project timer', () => {
  const who = { username: 'donald' };
  it('starts, pauses, resumes and stops on client-supplied dates, then books an entry', async () => {
    const idle = await get('/timers/project_timer?username=donald&date=2026-11-23T08:59:00.000Z');
    expect(idle.body).toMatchObject({ username: 'donald', playing: false, paused: false, stopped: true, startedAt: null, workedSeconds: 0 });

    const started = await post('/timers/project_timer/start', { ...who, clientName: 'Compiler Works GmbH', projectName: 'Optimizing Compiler', taskName: 'Testing', note: 'Timer run', date: '2026-11-23T09:00:00.000Z' });
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ username: 'donald', startedAt: '2026-11-23T09:00:00.000Z', workedSeconds: 0, breakSeconds: 0, playing: true, paused: false, stopped: false, clientName: 'Compiler Works GmbH', projectName: 'Optimizing Compiler', taskName: 'Testing', note: 'Timer run' });
    expect((await post('/timers/project_timer/start', { ...who, clientName: 'Compiler Works GmbH', projectName: 'Optimizing Compiler', date: '2026-11-23T09:01:00.000Z' })).status).toBe(400);
    expect((await post('/timers/project_timer/resume', { ...who, date: '2026-11-23T09:10:00.000Z' })).status).toBe(400);

    const paused = await post('/timers/project_timer/pause', { ...who, date: '2026-11-23T10:30:00.000Z' });
    expect(paused.body).toMatchObject({ paused: true, playing: false, workedSeconds: 5400, breakSeconds: 0 });
    expect((await post('/timers/project_timer/pause', { ...who, date: '2026-11-23T10:31:00.000Z' })).status).toBe(400);
    // The short path variant reaches the same timer.
    const resumed = await post('/project_timer/resume', { ...who, date: '2026-11-23T10:45:00.000Z' });
    expect(resumed.body).toMatchObject({ playing: true, workedSeconds: 5400, breakSeconds: 900 });
    expect((await post('/timers/project_timer/stop', { ...who, date: '2026-11-23T10:00:00.000Z' })).status).toBe(400); // before resume
    const stopped = await post('/timers/project_timer/stop', { ...who, date: '2026-11-23T11:45:30.000Z' });
    expect(stopped.body).toMatchObject({ stopped: true, playing: false, paused: false, workedSeconds: 9030, breakSeconds: 900 });
    expect((await get('/project_timer?username=donald&date=2026-11-23T12:00:00.000Z')).body).toEqual(stopped.body);
    expect((await post('/timers/project_timer/stop', { ...who, date: '2026-11-23T12:00:00.000Z' })).status).toBe(400);

    const booked = (await get('/project_time_entries?username=donald&from=2026-11-23T00:00:00.000Z')).body;
    expect(booked).toEqual([
      expect.objectContaining({ from: '2026-11-23T09:00:00.000Z', to: '2026-11-23T11:45:30.000Z', breakMinutes: 15, workedMinutes: 150, task: 'Testing', details: 'Timer run', projectName: 'Optimizing Compiler' }),
    ]);
  });

  it('requires username and date', async () => {
    expect((await get('/timers/project_timer?username=donald')).body).toEqual({ message: 'date is required' });
    expect((await post('/timers/project_timer/pause', { date: '2026-11-23T10:30:00.000Z' })).body).toEqual({ message: 'username is required' });
    expect((await get('/timers/project_timer?username=ghost&date=2026-11-23T12:00:00.000Z')).status).toBe(400);
  });
});

describe('rate limit and faults', () => {
  let limited: TimeTrackSimulator;
  beforeAll(async () => {
    limited = await startTimeTrackSimulator({ rateLimitPerMinute: 3, dataset: 'empty' });
  });
  afterAll(async () => {
    await limited.close();
  });

  it('answers 429 {message} with Retry-After once the per-minute budget is spent', async () => {
    for (let i = 0; i < 3; i++) expect((await call(limited, 'GET', '/users')).status).toBe(200);
    const res = await call(limited, 'GET', '/users');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await res.json()).toEqual({ message: expect.any(String) });
    limited.setRateLimit(0);
    expect((await call(limited, 'GET', '/users')).status).toBe(200);
  });

  it('is off by default', async () => {
    for (let i = 0; i < 20; i++) expect((await call(sim, 'GET', '/users')).status).toBe(200);
  });

  it('makes injected faults observable, in the request log too', async () => {
    sim.injectFaults({ serverErrors: 1, pathFilter: '/tasks' });
    expect((await get('/users')).status).toBe(200);
    expect(await get('/tasks')).toEqual({ status: 503, body: { message: expect.any(String) } });
    expect((await get('/tasks')).status).toBe(200);

    sim.injectFaults({ rateLimited: 1, pathFilter: '' });
    const throttled = await call(sim, 'GET', '/tasks');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');

    sim.injectFaults({ malformed: 1 });
    const broken = await call(sim, 'GET', '/tasks');
    await expect(broken.json()).rejects.toThrow();

    sim.injectFaults({ resets: 1 });
    await expect(call(sim, 'GET', '/tasks')).rejects.toThrow();

    expect(sim.requests.map((r) => r.status)).toEqual([200, 503, 200, 429, 200, 0]);
    expect(sim.requests[1]).toMatchObject({ method: 'GET', path: '/api/v2/ext/tasks' });
  });
});
