import { afterEach, describe, expect, it } from 'vitest';
import { startTogglSimulator, type TogglSimOptions, type TogglSimulator } from './index.js';

/** Every test gets its own simulator, so mutations never leak between tests. */
const running: TogglSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

async function start(options: TogglSimOptions = {}): Promise<TogglSimulator> {
  const sim = await startTogglSimulator(options);
  running.push(sim);
  return sim;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function call(
  sim: TogglSimulator,
  method: string,
  path: string,
  body?: unknown,
  opts: { base?: string; auth?: string | null } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  const auth = opts.auth === undefined ? basic(sim.apiToken, 'api_token') : opts.auth;
  if (auth !== null) headers['Authorization'] = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${opts.base ?? sim.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, text, headers: res.headers, body: isJson && text ? JSON.parse(text) : undefined };
}

const ws = (sim: TogglSimulator) => `/workspaces/${sim.workspaceId}`;
const userId = (sim: TogglSimulator, email: string) => sim.state.users.find((u) => u.email === email)!.id;

describe('authentication (HTTP Basic, 403 on failure as documented)', () => {
  it('refuses a missing, malformed or wrong Authorization with 403 and a plain-text body', async () => {
    const sim = await start();
    for (const auth of [null, 'Bearer something', basic(sim.apiToken, 'wrong'), basic('nope', 'api_token')]) {
      const reply = await call(sim, 'GET', '/me', undefined, { auth });
      expect(reply.status).toBe(403);
      expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(reply.text).toBe('Incorrect username and/or password');
    }
  });

  it('accepts <api_token>:api_token and email:password and returns the owner from /me', async () => {
    const sim = await start();
    const byToken = await call(sim, 'GET', '/me');
    expect(byToken.status).toBe(200);
    expect(byToken.body).toMatchObject({ email: 'ada@example.com', fullname: 'Ada Lovelace', default_workspace_id: sim.workspaceId });
    expect(Number.isInteger(byToken.body.id)).toBe(true);
    const byPassword = await call(sim, 'GET', '/me', undefined, { auth: basic(sim.email, sim.password) });
    expect(byPassword.status).toBe(200);
    expect(byPassword.body.id).toBe(byToken.body.id);
  });

  it('guards the Reports API with the same auth', async () => {
    const sim = await start();
    const reply = await call(sim, 'POST', `/workspace/${sim.workspaceId}/search/time_entries`, { start_date: '2026-11-02' }, { base: sim.reportsBaseUrl, auth: null });
    expect(reply.status).toBe(403);
  });
});

describe('workspace scoping', () => {
  it('answers 403 for a workspace the user is not a member of and 404 for another workspace\'s object', async () => {
    const sim = await start();
    const foreign = sim.state.foreignWorkspace.id;
    const listForeign = await call(sim, 'GET', `/workspaces/${foreign}/projects`);
    expect(listForeign.status).toBe(403);
    expect(typeof listForeign.text).toBe('string');

    const foreignProject = sim.state.projects.find((p) => p.workspaceId === foreign)!;
    const viaOwn = await call(sim, 'GET', `${ws(sim)}/projects/${foreignProject.id}`);
    expect(viaOwn.status).toBe(404);
    expect(viaOwn.text).toBe('Project not found');

    const foreignEntry = sim.state.timeEntries.find((e) => e.workspaceId === foreign)!;
    const meForeign = await call(sim, 'GET', `/me/time_entries/${foreignEntry.id}`);
    expect(meForeign.status).toBe(404);
  });

  it('lists the workspace users with integer ids and the same people as the other simulators', async () => {
    const sim = await start();
    const reply = await call(sim, 'GET', `${ws(sim)}/users`);
    expect(reply.status).toBe(200);
    expect(reply.body.map((u: any) => u.email).sort()).toEqual(['ada@example.com', 'grace@example.com', 'linus@example.com']);
    expect(reply.body.every((u: any) => Number.isInteger(u.id))).toBe(true);
  });

  it('answers an unknown path with a plain-text 404', async () => {
    const sim = await start();
    const reply = await call(sim, 'GET', '/nothing/here');
    expect(reply.status).toBe(404);
    expect(reply.text).toBe('404 page not found');
  });
});

describe('paging', () => {
  it('pages projects with page/per_page until a short page, and filters active=both', async () => {
    const sim = await start();
    for (let i = 0; i < 4; i++) {
      expect((await call(sim, 'POST', `${ws(sim)}/projects`, { name: `Extra ${i}` })).status).toBe(200);
    }
    const expected = sim.state.projects.filter((p) => p.workspaceId === sim.workspaceId).map((p) => p.id).sort((a, b) => a - b);
    expect(expected).toHaveLength(7);

    const seen: number[] = [];
    let page = 1;
    for (;;) {
      const reply = await call(sim, 'GET', `${ws(sim)}/projects?active=both&per_page=3&page=${page}`);
      expect(reply.status).toBe(200);
      seen.push(...reply.body.map((p: any) => p.id));
      if (reply.body.length < 3) break;
      page += 1;
    }
    expect(page).toBe(3);
    expect(seen).toEqual(expected);

    const activeOnly = await call(sim, 'GET', `${ws(sim)}/projects`);
    expect(activeOnly.body.some((p: any) => p.name === 'Legacy Migration')).toBe(false);
    const past = await call(sim, 'GET', `${ws(sim)}/projects?active=both&per_page=3&page=9`);
    expect(past.body).toEqual([]);
    const bad = await call(sim, 'GET', `${ws(sim)}/projects?page=0`);
    expect(bad.status).toBe(400);
  });

  it('walks the Reports API v3 detailed report to the last page through X-Next-ID / X-Next-Row-Number', async () => {
    const sim = await start();
    const base = { start_date: '2026-11-02', end_date: '2026-11-20', page_size: 25 };
    const ids: number[] = [];
    let cursor: Record<string, number> = {};
    let pages = 0;
    for (;;) {
      const reply = await call(sim, 'POST', `/workspace/${sim.workspaceId}/search/time_entries`, { ...base, ...cursor }, { base: sim.reportsBaseUrl });
      expect(reply.status).toBe(200);
      pages += 1;
      const pageIds = reply.body.flatMap((row: any) => row.time_entries.map((te: any) => te.id));
      const nextId = reply.headers.get('x-next-id');
      const nextRow = reply.headers.get('x-next-row-number');
      ids.push(...pageIds);
      if (!nextId) {
        expect(nextRow).toBeNull();
        break;
      }
      // The next page starts with the entry the header names, and it has not been served yet.
      expect(ids).not.toContain(Number(nextId));
      cursor = { first_id: Number(nextId), first_row_number: Number(nextRow), first_timestamp: Number(reply.headers.get('x-next-timestamp')) };
    }
    // 60 demo entries minus Ada's running timer, which a report does not list.
    expect(pages).toBe(3);
    expect(ids).toHaveLength(59);
    expect(new Set(ids).size).toBe(59);
    const running = sim.state.timeEntries.find((e) => e.stop === null)!;
    expect(ids).not.toContain(running.id);
  });

  it('filters the report by user and refuses a report without a start_date', async () => {
    const sim = await start();
    const grace = userId(sim, 'grace@example.com');
    const reply = await call(sim, 'POST', `/workspace/${sim.workspaceId}/search/time_entries`, { start_date: '2026-11-02', end_date: '2026-11-06', user_ids: [grace] }, { base: sim.reportsBaseUrl });
    expect(reply.body).toHaveLength(5);
    expect(reply.body.every((row: any) => row.user_id === grace)).toBe(true);
    const bad = await call(sim, 'POST', `/workspace/${sim.workspaceId}/search/time_entries`, { end_date: '2026-11-06' }, { base: sim.reportsBaseUrl });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});

describe('time entries of the token owner', () => {
  it('lists by start_date/end_date, newest first, only the owner\'s entries', async () => {
    const sim = await start();
    const reply = await call(sim, 'GET', '/me/time_entries?start_date=2026-11-02&end_date=2026-11-07');
    expect(reply.status).toBe(200);
    expect(reply.body).toHaveLength(10); // Ada: two entries a day, Mon–Fri
    const starts = reply.body.map((e: any) => Date.parse(e.start));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    const ada = userId(sim, 'ada@example.com');
    expect(reply.body.every((e: any) => e.user_id === ada && e.workspace_id === sim.workspaceId)).toBe(true);

    const backwards = await call(sim, 'GET', '/me/time_entries?start_date=2026-11-07&end_date=2026-11-02');
    expect(backwards.status).toBe(400);
    expect(backwards.text).toBe('Invalid end date');

    const half = await call(sim, 'GET', '/me/time_entries?start_date=2026-11-02');
    expect(half.status).toBe(400);
    expect(half.text).toMatch(/start_date and end_date/);
  });

  it('refuses a start_date further back than the history limit (about 3 months)', async () => {
    const sim = await start({ now: () => Date.UTC(2027, 2, 1), meHistoryDays: 90 });
    const old = await call(sim, 'GET', '/me/time_entries?start_date=2026-11-02&end_date=2026-11-07');
    expect(old.status).toBe(400);
    expect(old.text).toBe('Invalid start date');
    const recent = await call(sim, 'GET', '/me/time_entries?start_date=2026-12-15&end_date=2027-03-01');
    expect(recent.status).toBe(200);
  });

  it('shows the running timer with a negative duration and stop null, and null when idle', async () => {
    const sim = await start();
    const current = await call(sim, 'GET', '/me/time_entries/current');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ stop: null, description: 'Team sync', workspace_id: sim.workspaceId });
    expect(current.body.duration).toBeLessThan(0);
    expect(current.body.start).toBe('2026-11-20T13:30:00+00:00');

    const stopped = await call(sim, 'PATCH', `${ws(sim)}/time_entries/${current.body.id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body.duration).toBeGreaterThan(0);
    expect(stopped.body.stop).toMatch(/Z$/);
    const idle = await call(sim, 'GET', '/me/time_entries/current');
    expect(idle.status).toBe(200);
    expect(idle.text).toBe('null');

    const again = await call(sim, 'PATCH', `${ws(sim)}/time_entries/${current.body.id}/stop`);
    expect(again.status).toBe(409);
  });

  it('creates, updates (PUT), stops and deletes an entry', async () => {
    const now = Date.UTC(2026, 11, 1, 12, 0, 0);
    const sim = await start({ now: () => now });
    const project = sim.state.projects.find((p) => p.name === 'Internal Tooling')!;
    const tag = sim.state.tags.find((t) => t.name === 'deep-work')!;

    const missingCreatedWith = await call(sim, 'POST', `${ws(sim)}/time_entries`, { start: '2026-12-01T09:00:00Z', duration: 60, workspace_id: sim.workspaceId });
    expect(missingCreatedWith.status).toBe(400);
    expect(missingCreatedWith.headers.get('content-type')).toMatch(/^text\/plain/);

    const finished = await call(sim, 'POST', `${ws(sim)}/time_entries`, {
      created_with: 'timegate-test',
      workspace_id: sim.workspaceId,
      description: 'Write the Toggl notes',
      project_id: project.id,
      tag_ids: [tag.id],
      start: '2026-12-01T09:00:00Z',
      duration: 5400,
    });
    expect(finished.status).toBe(200);
    expect(finished.body).toMatchObject({ duration: 5400, stop: '2026-12-01T10:30:00Z', project_id: project.id, tag_ids: [tag.id], tags: ['deep-work'] });
    expect(Number.isInteger(finished.body.id)).toBe(true);

    const updated = await call(sim, 'PUT', `${ws(sim)}/time_entries/${finished.body.id}`, { description: 'Write the Toggl notes, part 1', stop: '2026-12-01T11:00:00Z' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ description: 'Write the Toggl notes, part 1', duration: 7200, project_id: project.id });

    const timer = await call(sim, 'POST', `${ws(sim)}/time_entries`, { created_with: 'timegate-test', workspace_id: sim.workspaceId, start: '2026-12-01T11:30:00Z', duration: -1 });
    expect(timer.status).toBe(200);
    expect(timer.body).toMatchObject({ stop: null });
    expect(timer.body.duration).toBeLessThan(0);
    const current = await call(sim, 'GET', '/me/time_entries/current');
    expect(current.body.id).toBe(timer.body.id);
    // The demo's running timer was stopped when the new one started: only one runs.
    expect(sim.state.timeEntries.filter((e) => e.stop === null && e.userId === current.body.user_id)).toHaveLength(1);

    const stopped = await call(sim, 'PATCH', `${ws(sim)}/time_entries/${timer.body.id}/stop`);
    expect(stopped.body).toMatchObject({ stop: '2026-12-01T12:00:00Z', duration: 1800 });

    const deleted = await call(sim, 'DELETE', `${ws(sim)}/time_entries/${finished.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('');
    const gone = await call(sim, 'GET', `/me/time_entries/${finished.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('Time entry not found');
    const deleteAgain = await call(sim, 'DELETE', `${ws(sim)}/time_entries/${finished.body.id}`);
    expect(deleteAgain.status).toBe(404);
  });

  it('refuses a body whose workspace_id differs from the path, a stop before start, and malformed JSON', async () => {
    const sim = await start();
    const mismatch = await call(sim, 'POST', `${ws(sim)}/time_entries`, { created_with: 't', workspace_id: sim.workspaceId + 1, start: '2026-12-01T09:00:00Z', duration: 60 });
    expect(mismatch.status).toBe(400);
    const backwards = await call(sim, 'POST', `${ws(sim)}/time_entries`, { created_with: 't', start: '2026-12-01T09:00:00Z', stop: '2026-12-01T08:00:00Z' });
    expect(backwards.status).toBe(400);
    const res = await fetch(`${sim.baseUrl}${ws(sim)}/time_entries`, {
      method: 'POST',
      headers: { Authorization: basic(sim.apiToken, 'api_token'), 'Content-Type': 'application/json' },
      body: '{"created_with": ',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('JSON is not valid');
  });
});

describe('clients, tags and tasks', () => {
  it('lists per-project tasks and creates, renames and deletes a client and a tag', async () => {
    const sim = await start();
    const apollo = sim.state.projects.find((p) => p.name === 'Apollo Website')!;
    const tasks = await call(sim, 'GET', `${ws(sim)}/projects/${apollo.id}/tasks`);
    expect(tasks.body.map((t: any) => t.name)).toEqual(['Design', 'Frontend', 'Backend']);

    const client = await call(sim, 'POST', `${ws(sim)}/clients`, { name: 'Initech' });
    expect(client.body).toMatchObject({ name: 'Initech', wid: sim.workspaceId, archived: false });
    const dup = await call(sim, 'POST', `${ws(sim)}/clients`, { name: 'Initech' });
    expect(dup.status).toBe(400);
    const renamed = await call(sim, 'PUT', `${ws(sim)}/clients/${client.body.id}`, { name: 'Initrode' });
    expect(renamed.body.name).toBe('Initrode');
    expect((await call(sim, 'DELETE', `${ws(sim)}/clients/${client.body.id}`)).status).toBe(200);
    expect((await call(sim, 'GET', `${ws(sim)}/clients/${client.body.id}`)).status).toBe(404);

    const tag = await call(sim, 'POST', `${ws(sim)}/tags`, { name: 'urgent' });
    expect(tag.body).toMatchObject({ name: 'urgent', workspace_id: sim.workspaceId });
    expect((await call(sim, 'DELETE', `${ws(sim)}/tags/${tag.body.id}`)).status).toBe(200);
    const tags = await call(sim, 'GET', `${ws(sim)}/tags`);
    expect(tags.body.map((t: any) => t.name)).toEqual(['deep-work', 'meeting', 'support']);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-second limit', async () => {
    const sim = await start({ rateLimitPerSecond: 2 });
    // A long window, so the four requests cannot straddle a window boundary.
    sim.setRateLimit(2, 60_000);
    const statuses: number[] = [];
    let limited: Reply | undefined;
    for (let i = 0; i < 4; i++) {
      const reply = await call(sim, 'GET', '/me');
      statuses.push(reply.status);
      if (reply.status === 429) limited = reply;
    }
    expect(statuses).toContain(429);
    expect(limited!.text).toBe('Too Many Requests');
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('answers 402 once the hourly quota is used up', async () => {
    const sim = await start({ hourlyQuota: 2 });
    expect((await call(sim, 'GET', '/me')).status).toBe(200);
    expect((await call(sim, 'GET', `${ws(sim)}/tags`)).status).toBe(200);
    const over = await call(sim, 'GET', `${ws(sim)}/tags`);
    expect(over.status).toBe(402);
    expect(over.headers.get('content-type')).toMatch(/^text\/plain/);
    sim.setHourlyQuota(0);
    expect((await call(sim, 'GET', `${ws(sim)}/tags`)).status).toBe(200);
  });
});
