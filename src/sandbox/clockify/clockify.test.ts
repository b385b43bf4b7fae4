import { afterEach, describe, expect, it } from 'vitest';
import { startClockifySimulator, type ClockifySimOptions, type ClockifySimulator } from './index.js';

/** Every test gets its own simulator, so mutations never leak between tests. */
const running: ClockifySimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function start(options: ClockifySimOptions = {}): Promise<ClockifySimulator> {
  const sim = await startClockifySimulator(options);
  running.push(sim);
  return sim;
}

interface Reply {
  status: number;
  body: any;
  headers: Headers;
  text: string;
}

async function call(
  sim: ClockifySimulator,
  method: string,
  path: string,
  body?: unknown,
  opts: { base?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { 'X-Api-Key': sim.apiKey, Accept: 'application/json', ...opts.headers };
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const res = await fetch(`${opts.base ?? sim.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
}

const wsPath = (sim: ClockifySimulator) => `/workspaces/${sim.workspaceId}`;
const userId = (sim: ClockifySimulator, email: string) => {
  const user = sim.state.users.find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
};

describe('auth and routing', () => {
  it('rejects a missing or wrong key with 401 and the {message, code} envelope', async () => {
    const sim = await start();
    const none = await fetch(`${sim.baseUrl}/user`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 401, message: expect.any(String) });

    const wrong = await call(sim, 'GET', '/user', undefined, { headers: { 'X-Api-Key': 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ message: expect.any(String), code: 401 });
  });

  it('accepts X-Addon-Token and returns the key owner from GET /user', async () => {
    const sim = await start();
    const res = await fetch(`${sim.baseUrl}/user`, { headers: { 'X-Addon-Token': sim.apiKey } });
    expect(res.status).toBe(200);
    const me = (await res.json()) as Record<string, unknown>;
    expect(me).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', status: 'ACTIVE', defaultWorkspace: sim.workspaceId });
    expect(me['id']).toMatch(/^[0-9a-f]{24}$/);
  });

  it('answers 403 for a foreign workspace, 404 for unknown routes, 405 for a wrong method', async () => {
    const sim = await start();
    expect((await call(sim, 'GET', '/workspaces/0123456789abcdef01234567/projects')).status).toBe(403);
    const missing = await call(sim, 'GET', `${wsPath(sim)}/no-such-thing`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(404);
    expect((await call(sim, 'DELETE', `${wsPath(sim)}/projects`)).status).toBe(405);
  });

  it('keeps the reports API off the regular base and serves it on /v1 and /report/v1', async () => {
    const sim = await start();
    const body = { dateRangeStart: '2026-11-01T00:00:00Z', dateRangeEnd: '2026-11-30T23:59:59.999Z', summaryFilter: { groups: ['USER'] } };
    expect((await call(sim, 'POST', `${wsPath(sim)}/reports/summary`, body)).status).toBe(404);
    expect((await call(sim, 'POST', `${wsPath(sim)}/reports/summary`, body, { base: sim.reportsBaseUrl })).status).toBe(200);
    expect((await call(sim, 'POST', `${wsPath(sim)}/reports/summary`, body, { base: `${sim.url}/report/v1` })).status).toBe(200);
  });

  it('answers odd or unknown path ids with a 404 envelope, never a crash', async () => {
    const sim = await start();
    for (const id of ['ffffffffffffffffffffffff', 'not-an-id', '%2E%2E', '%E0%A4%A', "x'%20OR%201=1"]) {
      const res = await call(sim, 'GET', `${wsPath(sim)}/time-entries/${id}`);
      expect(res.status, id).toBe(404);
      expect(res.body?.code ?? 404).toBe(404);
    }
    expect((await call(sim, 'GET', `${wsPath(sim)}/projects/not-an-id/tasks`)).status).toBe(404);
  });

  it('rejects malformed JSON (400) and a non-JSON content type (415)', async () => {
    const sim = await start();
    const bad = await fetch(`${sim.baseUrl}${wsPath(sim)}/tags`, {
      method: 'POST',
      headers: { 'X-Api-Key': sim.apiKey, 'Content-Type': 'application/json' },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 400 });
    const text = await fetch(`${sim.baseUrl}${wsPath(sim)}/tags`, {
      method: 'POST',
      headers: { 'X-Api-Key': sim.apiKey, 'Content-Type': 'text/plain' },
      body: '{"name":"x"}',
    });
    expect(text.status).toBe(415);
  });
});

describe('paging', () => {
  it('pages a user\'s entries newest first to the last page and returns [] beyond it', async () => {
    const sim = await start();
    const ada = userId(sim, 'ada@example.com');
    const total = sim.state.timeEntries.filter((e) => e.userId === ada).length;
    expect(total).toBe(30);
    const seen: string[] = [];
    let page = 1;
    for (;;) {
      const res = await call(sim, 'GET', `${wsPath(sim)}/user/${ada}/time-entries?page=${page}&page-size=7`);
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body)).toBe(true);
      seen.push(...res.body.map((e: { id: string }) => e.id));
      if (res.body.length < 7) break;
      page += 1;
    }
    expect(page).toBe(5);
    expect(new Set(seen).size).toBe(total);
    expect((await call(sim, 'GET', `${wsPath(sim)}/user/${ada}/time-entries?page=6&page-size=7`)).body).toEqual([]);

    const all = await call(sim, 'GET', `${wsPath(sim)}/user/${ada}/time-entries`);
    expect(all.body).toHaveLength(30); // default page size 50
    const starts = all.body.map((e: { timeInterval: { start: string } }) => e.timeInterval.start);
    expect([...starts].sort().reverse()).toEqual(starts);
  });

  it('validates page and page-size', async () => {
    const sim = await start();
    expect((await call(sim, 'GET', `${wsPath(sim)}/tags?page-size=0`)).status).toBe(400);
    expect((await call(sim, 'GET', `${wsPath(sim)}/tags?page=abc`)).status).toBe(400);
    expect((await call(sim, 'GET', `${wsPath(sim)}/time-entries/status/in-progress?page-size=1001`)).status).toBe(400);
  });

  it('filters and pages workspace users', async () => {
    const sim = await start();
    const p1 = await call(sim, 'GET', `${wsPath(sim)}/users?page=1&page-size=2`);
    const p2 = await call(sim, 'GET', `${wsPath(sim)}/users?page=2&page-size=2`);
    expect(p1.body.map((u: { email: string }) => u.email)).toEqual(['ada@example.com', 'grace@example.com']);
    expect(p2.body.map((u: { email: string }) => u.email)).toEqual(['linus@example.com']);
    expect((await call(sim, 'GET', `${wsPath(sim)}/users?email=LINUS`)).body).toHaveLength(1);
    expect((await call(sim, 'GET', `${wsPath(sim)}/users?name=grace`)).body[0].name).toBe('Grace Hopper');

    const linus = userId(sim, 'linus@example.com');
    const upd = await call(sim, 'PUT', `${wsPath(sim)}/users/${linus}`, { status: 'INACTIVE' });
    expect(upd.status).toBe(200);
    expect(upd.body.id).toBe(sim.workspaceId); // Clockify answers with the workspace
    expect((await call(sim, 'GET', `${wsPath(sim)}/users?status=ACTIVE`)).body).toHaveLength(2);
    expect((await call(sim, 'GET', `${wsPath(sim)}/users?status=INACTIVE`)).body).toHaveLength(1);
    expect((await call(sim, 'GET', `${wsPath(sim)}/users?status=BOGUS`)).status).toBe(400);
  });
});

describe('CRUD round trips', () => {
  it('clients: 201 create, 200 update, 200 delete with the object, then 404', async () => {
    const sim = await start();
    const made = await call(sim, 'POST', `${wsPath(sim)}/clients`, { name: 'Initech', email: 'ap@initech.example' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Initech', archived: false, workspaceId: sim.workspaceId });
    const id = made.body.id as string;
    expect((await call(sim, 'POST', `${wsPath(sim)}/clients`, { name: 'initech' })).status).toBe(400);
    expect((await call(sim, 'POST', `${wsPath(sim)}/clients`, {})).status).toBe(400);

    const upd = await call(sim, 'PUT', `${wsPath(sim)}/clients/${id}`, { archived: true, ccEmails: ['a@x.example', 'b@x.example'] });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ archived: true, ccEmails: 'a@x.example,b@x.example', name: 'Initech' });
    expect((await call(sim, 'GET', `${wsPath(sim)}/clients?archived=true`)).body.map((c: { id: string }) => c.id)).toEqual([id]);

    const del = await call(sim, 'DELETE', `${wsPath(sim)}/clients/${id}`);
    expect(del.status).toBe(200);
    expect(del.body.id).toBe(id);
    expect((await call(sim, 'GET', `${wsPath(sim)}/clients/${id}`)).status).toBe(404);
  });

  it('projects: isPublic in, public out; archive before delete; archived and clients filters', async () => {
    const sim = await start();
    const acme = sim.state.clients.find((c) => c.name === 'Acme Corp')!;
    const made = await call(sim, 'POST', `${wsPath(sim)}/projects`, {
      name: 'Zeta',
      clientId: acme.id,
      isPublic: false,
      billable: true,
      color: '#112233',
      hourlyRate: { amount: 15000 },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ public: false, clientName: 'Acme Corp', hourlyRate: { amount: 15000, currency: 'USD' }, duration: 'PT0S' });
    expect(made.body).not.toHaveProperty('isPublic');
    expect((await call(sim, 'POST', `${wsPath(sim)}/projects`, { name: 'Bad', color: 'red' })).status).toBe(400);
    expect((await call(sim, 'POST', `${wsPath(sim)}/projects`, { name: 'Zeta', clientId: acme.id })).status).toBe(400);

    const archived = await call(sim, 'GET', `${wsPath(sim)}/projects?archived=true`);
    expect(archived.body.map((p: { name: string }) => p.name)).toEqual(['Legacy Migration']);
    const forAcme = await call(sim, 'GET', `${wsPath(sim)}/projects?clients=${acme.id}`);
    expect(forAcme.body.map((p: { name: string }) => p.name)).toEqual(['Apollo Website', 'Zeta']);

    const id = made.body.id as string;
    const refused = await call(sim, 'DELETE', `${wsPath(sim)}/projects/${id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(400);
    expect((await call(sim, 'PUT', `${wsPath(sim)}/projects/${id}`, { archived: true })).body.archived).toBe(true);
    const del = await call(sim, 'DELETE', `${wsPath(sim)}/projects/${id}`);
    expect(del.status).toBe(200);
    expect(del.body.id).toBe(id);
    expect((await call(sim, 'GET', `${wsPath(sim)}/projects/${id}`)).status).toBe(404);
  });

  it('tasks under a project: create, list, update (name required), delete', async () => {
    const sim = await start();
    const apollo = sim.state.projects.find((p) => p.name === 'Apollo Website')!;
    const base = `${wsPath(sim)}/projects/${apollo.id}/tasks`;
    const made = await call(sim, 'POST', base, { name: 'QA', estimate: 'PT2H30M' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'QA', projectId: apollo.id, status: 'ACTIVE', estimate: 'PT2H30M', billable: true });
    expect((await call(sim, 'GET', base)).body).toHaveLength(4);
    expect((await call(sim, 'PUT', `${base}/${made.body.id}`, { status: 'DONE' })).status).toBe(400);
    const upd = await call(sim, 'PUT', `${base}/${made.body.id}`, { name: 'QA pass', status: 'DONE' });
    expect(upd.body).toMatchObject({ name: 'QA pass', status: 'DONE' });
    expect((await call(sim, 'GET', `${base}?is-active=true`)).body).toHaveLength(3);
    const del = await call(sim, 'DELETE', `${base}/${made.body.id}`);
    expect(del.status).toBe(200);
    expect(del.body.name).toBe('QA pass');
    expect((await call(sim, 'GET', `${base}/${made.body.id}`)).status).toBe(404);
  });

  it('tags: CRUD and delete removes the tag from entries', async () => {
    const sim = await start();
    const made = await call(sim, 'POST', `${wsPath(sim)}/tags`, { name: 'urgent' });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ id: expect.any(String), name: 'urgent', workspaceId: sim.workspaceId, archived: false });
    expect((await call(sim, 'PUT', `${wsPath(sim)}/tags/${made.body.id}`, { archived: true })).body.archived).toBe(true);
    const support = sim.state.tags.find((t) => t.name === 'support')!;
    expect((await call(sim, 'DELETE', `${wsPath(sim)}/tags/${support.id}`)).status).toBe(200);
    expect(sim.state.timeEntries.some((e) => e.tagIds.includes(support.id))).toBe(false);
  });

  it('user groups: create, add and remove a member, rename, delete', async () => {
    const sim = await start();
    const base = `${wsPath(sim)}/user-groups`;
    const made = await call(sim, 'POST', base, { name: 'Ops' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Ops', userIds: [], workspaceId: sim.workspaceId });
    const linus = userId(sim, 'linus@example.com');
    const added = await call(sim, 'POST', `${base}/${made.body.id}/users`, { userId: linus });
    expect(added.status).toBe(200);
    expect(added.body.userIds).toEqual([linus]);
    expect((await call(sim, 'POST', `${base}/${made.body.id}/users`, { userId: 'ffffffffffffffffffffffff' })).status).toBe(400);
    expect((await call(sim, 'DELETE', `${base}/${made.body.id}/users/${linus}`)).body.userIds).toEqual([]);
    expect((await call(sim, 'PUT', `${base}/${made.body.id}`, { name: 'SRE' })).body.name).toBe('SRE');
    expect((await call(sim, 'GET', base)).body.map((g: { name: string }) => g.name)).toEqual(['Design', 'Engineering', 'SRE']);
    expect((await call(sim, 'DELETE', `${base}/${made.body.id}`)).status).toBe(200);
    expect((await call(sim, 'DELETE', `${base}/${made.body.id}`)).status).toBe(404);
  });
});

describe('time entries', () => {
  it('creates, reads (with rates), fully replaces and deletes (204) an entry', async () => {
    const sim = await start();
    const apollo = sim.state.projects.find((p) => p.name === 'Apollo Website')!;
    const tag = sim.state.tags[0]!;
    const made = await call(sim, 'POST', `${wsPath(sim)}/time-entries`, {
      start: '2026-11-23T09:00:00Z',
      end: '2026-11-23T10:30:00Z',
      projectId: apollo.id,
      tagIds: [tag.id],
      description: 'Kickoff',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      userId: sim.state.ownerId,
      projectId: apollo.id,
      billable: true, // follows the project
      type: 'REGULAR',
      workspaceId: sim.workspaceId,
      timeInterval: { start: '2026-11-23T09:00:00Z', end: '2026-11-23T10:30:00Z', duration: 'PT1H30M' },
    });
    const id = made.body.id as string;

    const got = await call(sim, 'GET', `${wsPath(sim)}/time-entries/${id}`);
    expect(got.body.hourlyRate).toEqual({ amount: 12000, currency: 'USD' });
    const hydrated = await call(sim, 'GET', `${wsPath(sim)}/time-entries/${id}?hydrated=true`);
    expect(hydrated.body.project.name).toBe('Apollo Website');
    expect(hydrated.body.tags[0].name).toBe(tag.name);

    // PUT is a full replace: the omitted tagIds and projectId are cleared.
    const put = await call(sim, 'PUT', `${wsPath(sim)}/time-entries/${id}`, { start: '2026-11-23T09:00:00Z', end: '2026-11-23T11:00:00Z', description: 'Kickoff' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ tagIds: [], projectId: null, timeInterval: { duration: 'PT2H' } });
    expect((await call(sim, 'PUT', `${wsPath(sim)}/time-entries/${id}`, { description: 'no start' })).status).toBe(400);

    const del = await call(sim, 'DELETE', `${wsPath(sim)}/time-entries/${id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect((await call(sim, 'GET', `${wsPath(sim)}/time-entries/${id}`)).status).toBe(404);
  });

  it('validates entry bodies with 400', async () => {
    const sim = await start();
    const path = `${wsPath(sim)}/time-entries`;
    const legacy = sim.state.projects.find((p) => p.archived)!;
    const cases: unknown[] = [
      {},
      { start: 'yesterday' },
      { start: '2026-11-23T10:00:00Z', end: '2026-11-23T09:00:00Z' },
      { start: '2026-11-23T10:00:00Z', projectId: 'ffffffffffffffffffffffff' },
      { start: '2026-11-23T10:00:00Z', projectId: legacy.id },
      { start: '2026-11-23T10:00:00Z', taskId: sim.state.tasks[0]!.id },
      { start: '2026-11-23T10:00:00Z', tagIds: ['nope'] },
      { start: '2026-11-23T10:00:00Z', type: 'NAP' },
    ];
    for (const body of cases) {
      const res = await call(sim, 'POST', path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ message: expect.any(String), code: 400 });
    }
  });

  it('a new start leaves the running timer alone (clients stop it first); PATCH stops it; 404 when none runs', async () => {
    const sim = await start();
    const ada = sim.state.ownerId;
    const before = await call(sim, 'GET', `${wsPath(sim)}/user/${ada}/time-entries?in-progress=true&page-size=1`);
    expect(before.body).toHaveLength(1);
    const previous = before.body[0];
    expect(previous.timeInterval).toMatchObject({ end: null, duration: null });

    // Without the client's stop, both run.
    const second = await call(sim, 'POST', `${wsPath(sim)}/time-entries`, { start: '2026-11-21T08:00:00Z', description: 'Second timer' });
    expect(second.status).toBe(201);
    expect((await call(sim, 'GET', `${wsPath(sim)}/time-entries/${previous.id}`)).body.timeInterval.end).toBeNull();
    const both = await call(sim, 'GET', `${wsPath(sim)}/time-entries/status/in-progress`);
    expect(both.body.map((e: { id: string }) => e.id).sort()).toEqual([previous.id, second.body.id].sort());
    expect((await call(sim, 'DELETE', `${wsPath(sim)}/time-entries/${second.body.id}`)).status).toBe(204);

    // What the official CLI does: stop the running one at the new start, then create.
    const out = await call(sim, 'PATCH', `${wsPath(sim)}/user/${ada}/time-entries`, { end: '2026-11-21T08:00:00Z' });
    expect(out.status).toBe(200);
    const timer = await call(sim, 'POST', `${wsPath(sim)}/time-entries`, { start: '2026-11-21T08:00:00Z', description: 'Weekend fix' });
    expect(timer.status).toBe(201);
    expect(timer.body.timeInterval).toEqual({ start: '2026-11-21T08:00:00Z', end: null, duration: null });
    const stoppedPrev = await call(sim, 'GET', `${wsPath(sim)}/time-entries/${previous.id}`);
    expect(stoppedPrev.body.timeInterval.end).toBe('2026-11-21T08:00:00Z');

    const inProgress = await call(sim, 'GET', `${wsPath(sim)}/time-entries/status/in-progress`);
    expect(inProgress.body.map((e: { id: string }) => e.id)).toEqual([timer.body.id]);

    expect((await call(sim, 'PATCH', `${wsPath(sim)}/user/${ada}/time-entries`, { end: '2026-11-21T07:00:00Z' })).status).toBe(400);
    const stopped = await call(sim, 'PATCH', `${wsPath(sim)}/user/${ada}/time-entries`, { end: '2026-11-21T09:45:30Z' });
    expect(stopped.status).toBe(200);
    expect(stopped.body.timeInterval).toEqual({ start: '2026-11-21T08:00:00Z', end: '2026-11-21T09:45:30Z', duration: 'PT1H45M30S' });
    const again = await call(sim, 'PATCH', `${wsPath(sim)}/user/${ada}/time-entries`, { end: '2026-11-21T10:00:00Z' });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe(404);
  });

  it('creates an entry for another user and lists with filters', async () => {
    const sim = await start();
    const linus = userId(sim, 'linus@example.com');
    const made = await call(sim, 'POST', `${wsPath(sim)}/user/${linus}/time-entries`, { start: '2026-11-23T10:00:00Z', end: '2026-11-23T10:45:00Z' });
    expect(made.status).toBe(201);
    expect(made.body.userId).toBe(linus);
    expect((await call(sim, 'POST', `${wsPath(sim)}/user/ffffffffffffffffffffffff/time-entries`, { start: '2026-11-23T10:00:00Z' })).status).toBe(404);

    const range = await call(sim, 'GET', `${wsPath(sim)}/user/${linus}/time-entries?start=2026-11-12T00:00:00Z&end=2026-11-12T23:59:59Z`);
    expect(range.body).toHaveLength(1);
    // The entry crossing midnight UTC keeps its true length.
    expect(range.body[0].timeInterval).toEqual({ start: '2026-11-12T22:30:00Z', end: '2026-11-13T01:15:00Z', duration: 'PT2H45M' });
    const legacy = sim.state.projects.find((p) => p.archived)!;
    expect((await call(sim, 'GET', `${wsPath(sim)}/user/${linus}/time-entries?project=${legacy.id}`)).body).toHaveLength(5);
    expect((await call(sim, 'GET', `${wsPath(sim)}/user/${linus}/time-entries?start=tomorrow`)).status).toBe(400);
  });
});

describe('reports', () => {
  const range = { dateRangeStart: '2026-11-01T00:00:00.000Z', dateRangeEnd: '2026-11-30T23:59:59.999Z' };

  it('summary groups by user with durations in seconds and totals', async () => {
    const sim = await start();
    const res = await call(sim, 'POST', `${wsPath(sim)}/reports/summary`, { ...range, summaryFilter: { groups: ['USER', 'PROJECT'] } }, { base: sim.reportsBaseUrl });
    expect(res.status).toBe(200);
    const finished = sim.state.timeEntries.filter((e) => e.end !== null);
    const seconds = finished.reduce((s, e) => s + (Date.parse(e.end!) - Date.parse(e.start)) / 1000, 0);
    expect(res.body.totals[0]).toMatchObject({ totalTime: seconds, entriesCount: finished.length });
    expect(res.body.groupOne.map((g: { name: string }) => g.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds']);
    const sum = res.body.groupOne.reduce((s: number, g: { duration: number }) => s + g.duration, 0);
    expect(sum).toBe(seconds);
    expect(Number.isInteger(res.body.groupOne[0].children[0].duration)).toBe(true);
    expect((await call(sim, 'POST', `${wsPath(sim)}/reports/summary`, { ...range, summaryFilter: {} }, { base: sim.reportsBaseUrl })).status).toBe(400);
  });

  it('detailed report pages with detailedFilter and uses _id and seconds', async () => {
    const sim = await start();
    const path = `${wsPath(sim)}/reports/detailed`;
    const page = (n: number) => call(sim, 'POST', path, { ...range, detailedFilter: { page: n, pageSize: 25 } }, { base: sim.reportsBaseUrl });
    const [p1, p2, p3] = [await page(1), await page(2), await page(3)];
    expect(p1.body.timeentries).toHaveLength(25);
    expect(p2.body.timeentries).toHaveLength(25);
    expect(p3.body.timeentries).toHaveLength(9); // 59 finished entries; the running one is not reported
    const row = p1.body.timeentries[0];
    expect(row).toHaveProperty('_id');
    expect(typeof row.timeInterval.duration).toBe('number');
    expect((await call(sim, 'POST', path, range, { base: sim.reportsBaseUrl })).status).toBe(400);
    const none = await call(sim, 'POST', path, { dateRangeStart: '2020-01-01T00:00:00Z', dateRangeEnd: '2020-01-31T23:59:59Z', detailedFilter: {} }, { base: sim.reportsBaseUrl });
    expect(none.body).toEqual({ totals: [null], timeentries: [] });
  });
});

describe('rate limit and faults', () => {
  it('answers 429 with the envelope and Retry-After above the per-second limit', async () => {
    const sim = await start({ rateLimitPerSecond: 5 });
    // Restart the fixed window right before the burst so it cannot straddle two windows.
    sim.setRateLimit(5);
    const replies = await Promise.all(Array.from({ length: 8 }, () => call(sim, 'GET', '/user')));
    const limited = replies.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(3);
    expect(limited[0]!.body).toEqual({ message: 'Too many requests', code: 429 });
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('makes injected faults observable and logs requests', async () => {
    const sim = await start();
    sim.injectFaults({ serverErrors: 1, pathFilter: '/projects' });
    expect((await call(sim, 'GET', '/user')).status).toBe(200);
    expect((await call(sim, 'GET', `${wsPath(sim)}/projects`)).status).toBe(503);
    expect((await call(sim, 'GET', `${wsPath(sim)}/projects`)).status).toBe(200);
    sim.clearFaults();
    sim.injectFaults({ rateLimited: 1 });
    const limited = await call(sim, 'GET', '/user');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body.code).toBe(429);
    expect(sim.requests.map((r) => r.status)).toEqual([200, 503, 200, 429]);
  });
});

describe('datasets', () => {
  it('the demo dataset has the documented shape', async () => {
    const sim = await start();
    const { state } = sim;
    expect(state.users.map((u) => u.email)).toEqual(['ada@example.com', 'linus@example.com', 'grace@example.com']);
    expect(state.timeEntries).toHaveLength(60);
    expect(state.timeEntries.filter((e) => e.end === null)).toHaveLength(1);
    expect(state.projects.filter((p) => p.archived)).toHaveLength(1);
    expect(state.timeEntries.every((e) => e.start >= '2026-11-02' && e.start < '2026-11-21')).toBe(true);
  });

  it('the empty dataset holds only the key owner', async () => {
    const sim = await start({ dataset: 'empty', apiKey: 'k-1', workspaceId: 'abcdefabcdefabcdefabcdef' });
    expect(sim.workspaceId).toBe('abcdefabcdefabcdefabcdef');
    const users = await call(sim, 'GET', `${wsPath(sim)}/users`);
    expect(users.body.map((u: { email: string }) => u.email)).toEqual(['ada@example.com']);
    expect((await call(sim, 'GET', `${wsPath(sim)}/projects`)).body).toEqual([]);
    expect((await call(sim, 'GET', `${wsPath(sim)}/user/${sim.state.ownerId}/time-entries`)).body).toEqual([]);
  });
});
