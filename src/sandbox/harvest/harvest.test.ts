import { afterEach, describe, expect, it } from 'vitest';
import { startHarvestSimulator, type HarvestSimOptions, type HarvestSimulator } from './index.js';

/** Every test gets its own simulator, so mutations never leak between tests. */
const running: HarvestSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function start(options: HarvestSimOptions = {}): Promise<HarvestSimulator> {
  const sim = await startHarvestSimulator(options);
  running.push(sim);
  return sim;
}

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

const USER_AGENT = 'timegate tests (dev@timegate.example)';

async function call(
  sim: HarvestSimulator,
  method: string,
  pathOrUrl: string,
  body?: unknown,
  headers: Record<string, string | undefined> = {},
): Promise<Reply> {
  const all: Record<string, string | undefined> = {
    Authorization: `Bearer ${sim.accessToken}`,
    'Harvest-Account-Id': sim.accountId,
    'User-Agent': USER_AGENT,
    ...headers,
  };
  if (body !== undefined) all['Content-Type'] ??= 'application/json';
  const sent = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${sim.baseUrl}${pathOrUrl}`;
  const res = await fetch(url, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A controllable clock so timer hours are exact. */
function clock(start = Date.UTC(2026, 11, 1, 9, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const idOf = (sim: HarvestSimulator, list: 'users' | 'projects' | 'tasks', name: string): number => {
  const found =
    list === 'users'
      ? sim.state.users.find((u) => u.email === name)
      : list === 'projects'
        ? sim.state.projects.find((p) => p.name === name)
        : sim.state.tasks.find((t) => t.name === name);
  if (!found) throw new Error(`no ${list} ${name}`);
  return found.id;
};

describe('the three request headers', () => {
  it('accepts Bearer + Harvest-Account-Id + User-Agent and returns the token owner from /users/me', async () => {
    const sim = await start();
    const me = await call(sim, 'GET', '/users/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', access_roles: ['administrator'] });
    expect(Number.isInteger(me.body.id)).toBe(true);
  });

  it('answers a missing User-Agent with 400 Bad Request', async () => {
    const sim = await start();
    // fetch always sends a User-Agent; an empty value is how a client "does not include" one here.
    const res = await call(sim, 'GET', '/users/me', undefined, { 'User-Agent': '' });
    expect(res.status).toBe(400);
  });

  it('answers a missing or wrong token with 401 invalid_token', async () => {
    const sim = await start();
    for (const auth of [undefined, 'Bearer not-a-token', `Basic ${sim.accessToken}`]) {
      const res = await call(sim, 'GET', '/users/me', undefined, { Authorization: auth });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'invalid_token', error_description: expect.stringContaining('access token') });
    }
  });

  it('answers a missing or foreign Harvest-Account-Id with 401 invalid_token', async () => {
    const sim = await start();
    const missing = await call(sim, 'GET', '/users/me', undefined, { 'Harvest-Account-Id': undefined });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toBe('invalid_token');
    const foreign = await call(sim, 'GET', '/users/me', undefined, { 'Harvest-Account-Id': '999' });
    expect(foreign.status).toBe(401);
  });

  it('accepts the token and account in the query string', async () => {
    const sim = await start();
    const res = await call(sim, 'GET', `/users/me?access_token=${sim.accessToken}&account_id=${sim.accountId}`, undefined, {
      Authorization: undefined,
      'Harvest-Account-Id': undefined,
    });
    expect(res.status).toBe(200);
  });

  it('gives a member 403 on catalogues and only their own time entries', async () => {
    const sim = await start();
    const asMember = { Authorization: `Bearer ${sim.memberAccessToken}` };
    const users = await call(sim, 'GET', '/users', undefined, asMember);
    expect(users.status).toBe(403);
    expect(users.body).toEqual({ status: 403, error: 'Forbidden' });
    expect((await call(sim, 'GET', '/projects', undefined, asMember)).status).toBe(403);
    const entries = await call(sim, 'GET', '/time_entries', undefined, asMember);
    expect(entries.status).toBe(200);
    const linus = idOf(sim, 'users', 'linus@example.com');
    expect(entries.body.time_entries.length).toBeGreaterThan(0);
    expect(entries.body.time_entries.every((e: any) => e.user.id === linus)).toBe(true);
  });
});

describe('paging', () => {
  it('walks time entries to the last page by links.next, each entry once', async () => {
    const sim = await start();
    const seen: number[] = [];
    let url: string | null = `${sim.baseUrl}/time_entries?from=2026-11-01&to=2026-11-30&per_page=7`;
    let pages = 0;
    let last: any;
    while (url) {
      const res = await call(sim, 'GET', url);
      expect(res.status).toBe(200);
      last = res.body;
      seen.push(...res.body.time_entries.map((e: any) => e.id));
      url = res.body.links.next;
      pages += 1;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(pages).toBe(Math.ceil(60 / 7));
    expect(last).toMatchObject({ page: 9, total_pages: 9, total_entries: 60, next_page: null, previous_page: 8, per_page: 7 });
    // Newest spent_date first.
    const first = await call(sim, 'GET', '/time_entries?per_page=1');
    expect(first.body.time_entries[0].spent_date >= '2026-11-20').toBe(true);
    expect(first.body.links.first).toContain('page=1');
  });

  it('pages users by cursor: page numbers only on the first and last pages', async () => {
    const sim = await start();
    const one = await call(sim, 'GET', '/users?per_page=1');
    expect(one.body).toMatchObject({ page: 1, total_pages: 3, total_entries: 3, next_page: 2, previous_page: null });
    expect(one.body.links.next).toMatch(/cursor=.+&per_page=1&ref=next_cursor/);
    const two = await call(sim, 'GET', one.body.links.next);
    expect(two.body).toMatchObject({ page: null, next_page: null, previous_page: null });
    const three = await call(sim, 'GET', two.body.links.next);
    expect(three.body).toMatchObject({ page: 3, next_page: null, previous_page: 2, links: { next: null } });
    const emails = [one, two, three].map((r) => r.body.users[0].email).sort();
    expect(emails).toEqual(['ada@example.com', 'grace@example.com', 'linus@example.com']);
  });

  it('still serves the deprecated page parameter on cursor endpoints, with page numbers', async () => {
    // How singer-io/tap-harvest walks lists (tap_harvest/streams/abstracts.py get_records: page += next_page).
    const sim = await start();
    const two = await call(sim, 'GET', '/users?per_page=1&page=2');
    expect(two.body).toMatchObject({ page: 2, next_page: 3, previous_page: 1, total_pages: 3 });
    expect(two.body.users).toHaveLength(1);
    const past = await call(sim, 'GET', '/users?per_page=1&page=9');
    expect(past.body.users).toEqual([]);
  });

  it('refuses per_page above 2000 with 422 {message}', async () => {
    const sim = await start();
    const res = await call(sim, 'GET', '/time_entries?per_page=2001');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: expect.stringContaining('per_page') });
  });

  it('filters by spent_date (from/to), user, project and is_running', async () => {
    const sim = await start();
    const ada = idOf(sim, 'users', 'ada@example.com');
    const day = await call(sim, 'GET', `/time_entries?from=2026-11-03&to=2026-11-03&user_id=${ada}`);
    expect(day.body.time_entries).toHaveLength(2);
    const running = await call(sim, 'GET', '/time_entries?is_running=true');
    expect(running.body.time_entries).toHaveLength(1);
    expect(running.body.time_entries[0]).toMatchObject({ is_running: true, user: { id: ada }, ended_time: null });
    expect(running.body.time_entries[0].timer_started_at).toBe('2026-11-20T13:30:00Z');
    const legacy = idOf(sim, 'projects', 'Legacy Migration');
    const onLegacy = await call(sim, 'GET', `/time_entries?project_id=${legacy}`);
    expect(onLegacy.body.total_entries).toBe(5);
  });
});

describe('time entries', () => {
  it('creates, updates, stops, restarts and deletes an entry (timestamp timers)', async () => {
    const time = clock();
    const sim = await start({ now: time.now });
    const tooling = idOf(sim, 'projects', 'Internal Tooling');
    const ci = idOf(sim, 'tasks', 'CI pipeline');

    // Without ended_time the entry runs, from the given started_time; Ada's old timer stops.
    const made = await call(sim, 'POST', '/time_entries', { project_id: tooling, task_id: ci, spent_date: '2026-12-01', started_time: '9:00am', notes: 'Build cache' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ is_running: true, started_time: '9:00am', ended_time: null, hours: 0, notes: 'Build cache', timer_started_at: '2026-12-01T09:00:00Z' });
    const others = await call(sim, 'GET', '/time_entries?is_running=true');
    expect(others.body.time_entries.map((e: any) => e.id)).toEqual([made.body.id]);
    const id = made.body.id as number;

    time.advance(90 * 60_000);
    const patched = await call(sim, 'PATCH', `/time_entries/${id}`, { notes: 'Build cache, round 2' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ notes: 'Build cache, round 2', hours: 1.5, is_running: true, project: { id: tooling } });

    const stopped = await call(sim, 'PATCH', `/time_entries/${id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ is_running: false, timer_started_at: null, ended_time: '10:30am', hours: 1.5, rounded_hours: 1.5 });
    const again = await call(sim, 'PATCH', `/time_entries/${id}/stop`);
    expect(again.status).toBe(422);
    expect(again.body).toEqual({ message: expect.any(String) });

    time.advance(30 * 60_000);
    const restarted = await call(sim, 'PATCH', `/time_entries/${id}/restart`);
    expect(restarted.status).toBe(200);
    // Timestamp accounts restart into a new entry; the stopped one stays as it was.
    expect(restarted.body.id).not.toBe(id);
    expect(restarted.body).toMatchObject({ is_running: true, started_time: '11:00am', spent_date: '2026-12-01', notes: 'Build cache, round 2' });
    expect((await call(sim, 'GET', `/time_entries/${id}`)).body).toMatchObject({ is_running: false, hours: 1.5 });
    expect((await call(sim, 'PATCH', `/time_entries/${restarted.body.id}/restart`)).status).toBe(422);

    const deleted = await call(sim, 'DELETE', `/time_entries/${id}`);
    expect(deleted.status).toBe(200);
    const gone = await call(sim, 'GET', `/time_entries/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ status: 404, error: 'Not Found' });
  });

  it('tracks by duration: hours, timers from zero, restart of the same entry', async () => {
    const time = clock();
    const sim = await start({ now: time.now, wantsTimestampTimers: false });
    const apollo = idOf(sim, 'projects', 'Apollo Website');
    const design = idOf(sim, 'tasks', 'Design');
    const fixed = await call(sim, 'POST', '/time_entries', { project_id: apollo, task_id: design, spent_date: '2026-12-01', hours: 2.5 });
    expect(fixed.body).toMatchObject({ hours: 2.5, is_running: false, started_time: null, billable: true });

    const timer = await call(sim, 'POST', '/time_entries', { project_id: apollo, task_id: design, spent_date: '2026-12-01' });
    expect(timer.body).toMatchObject({ hours: 0, is_running: true, timer_started_at: '2026-12-01T09:00:00Z' });
    time.advance(45 * 60_000);
    const stopped = await call(sim, 'PATCH', `/time_entries/${timer.body.id}/stop`);
    expect(stopped.body).toMatchObject({ hours: 0.75, hours_without_timer: 0.75, is_running: false });
    time.advance(15 * 60_000);
    const restarted = await call(sim, 'PATCH', `/time_entries/${timer.body.id}/restart`);
    expect(restarted.body).toMatchObject({ id: timer.body.id, is_running: true, hours_without_timer: 0.75 });
    time.advance(15 * 60_000);
    expect((await call(sim, 'GET', `/time_entries/${timer.body.id}`)).body.hours).toBe(1);
  });

  it('accepts form data as well as JSON', async () => {
    const sim = await start({ wantsTimestampTimers: false });
    const form = new URLSearchParams({ project_id: String(idOf(sim, 'projects', 'Apollo Website')), task_id: String(idOf(sim, 'tasks', 'Backend')), spent_date: '2026-12-02', hours: '1.25', notes: 'from a form' });
    const res = await fetch(`${sim.baseUrl}/time_entries`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sim.accessToken}`, 'Harvest-Account-Id': sim.accountId, 'User-Agent': USER_AGENT, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ hours: 1.25, notes: 'from a form', spent_date: '2026-12-02', is_running: false });
  });

  it('validates a create with 422 {message}', async () => {
    const sim = await start();
    const apollo = idOf(sim, 'projects', 'Apollo Website');
    const ci = idOf(sim, 'tasks', 'CI pipeline');
    const noTask = await call(sim, 'POST', '/time_entries', { project_id: apollo, spent_date: '2026-12-01', hours: 1 });
    expect(noTask.status).toBe(422);
    expect(noTask.body).toEqual({ message: expect.stringContaining('Task') });
    const unassigned = await call(sim, 'POST', '/time_entries', { project_id: apollo, task_id: ci, spent_date: '2026-12-01', hours: 1 });
    expect(unassigned.status).toBe(422);
    const badDate = await call(sim, 'POST', '/time_entries', { project_id: apollo, task_id: idOf(sim, 'tasks', 'Design'), spent_date: '2026-02-30', hours: 1 });
    expect(badDate.status).toBe(422);
    expect(sim.state.timeEntries).toHaveLength(60);
  });

  it('answers an unknown path with 404 and malformed JSON with 400', async () => {
    const sim = await start();
    expect((await call(sim, 'GET', '/nothing-here')).status).toBe(404);
    const res = await fetch(`${sim.baseUrl}/time_entries`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sim.accessToken}`, 'Harvest-Account-Id': sim.accountId, 'User-Agent': USER_AGENT, 'Content-Type': 'application/json' },
      body: '{"project_id":',
    });
    expect(res.status).toBe(400);
  });
});

describe('rate limit', () => {
  it('answers the 101st request in 15 s with 429 and Retry-After', async () => {
    const sim = await start();
    for (let i = 0; i < 100; i++) expect((await call(sim, 'GET', '/users/me')).status).toBe(200);
    const limited = await call(sim, 'GET', '/users/me');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(15);
    expect(limited.body).toEqual({ status: 429, error: 'Too Many Requests' });
  });
});

describe('demo account', () => {
  it('shares people and instants with the other vendors, in the users own time zone', async () => {
    const sim = await start();
    const users = await call(sim, 'GET', '/users');
    expect(users.body.users.map((u: any) => u.email).sort()).toEqual(['ada@example.com', 'grace@example.com', 'linus@example.com']);
    const grace = idOf(sim, 'users', 'grace@example.com');
    // Grace (New York, UTC-5 in November) starts at 09:30Z = 4:30am local.
    const mon = await call(sim, 'GET', `/time_entries?user_id=${grace}&from=2026-11-02&to=2026-11-02`);
    expect(mon.body.time_entries[0]).toMatchObject({ started_time: '4:30am', ended_time: '7:00am', hours: 2.5, project: { name: 'Apollo Website' } });
    // Linus (Helsinki, UTC+2) deploys 22:30Z → 01:15Z on 2026-11-12: spent on the 13th, local times.
    const linus = idOf(sim, 'users', 'linus@example.com');
    const night = await call(sim, 'GET', `/time_entries?user_id=${linus}&from=2026-11-13&to=2026-11-13`);
    expect(night.body.time_entries.find((e: any) => e.notes === 'Night deploy of the build farm')).toMatchObject({
      spent_date: '2026-11-13',
      started_time: '12:30am',
      ended_time: '3:15am',
      hours: 2.75,
    });
    const assignments = await call(sim, 'GET', '/users/me/project_assignments');
    expect(assignments.body.project_assignments.map((a: any) => a.project.name).sort()).toEqual(['Apollo Website', 'Internal Tooling']);
    expect(assignments.body.project_assignments[0].task_assignments.length).toBeGreaterThan(0);
  });
});
