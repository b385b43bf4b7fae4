/**
 * Black-box tests of the Desklog simulator: real `fetch` calls against the real server.
 */
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DesklogSimulator, startDesklogSimulator } from './index.js';

interface Envelope {
  status?: boolean;
  message: string;
  data?: unknown;
  [key: string]: unknown;
}

let sim: DesklogSimulator;

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${sim.token}` },
  target: DesklogSimulator = sim,
): Promise<{ http: number; json: Envelope; res: Response }> {
  const res = await fetch(`${target.baseUrl}/${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { http: res.status, json: JSON.parse(text) as Envelope, res };
}

/** `fetch` refuses a GET body, which the docs' curl sends; node:http does not. */
function getWithBody(path: string, body: unknown): Promise<Envelope> {
  const payload = JSON.stringify(body);
  // Content-Length frames the body as curl does; node sends GET bodies unframed otherwise.
  const headers = { authorization: `Bearer ${sim.token}`, 'content-length': String(Buffer.byteLength(payload)) };
  return new Promise((resolve, reject) => {
    const req = request(`${sim.baseUrl}/${path}`, { method: 'GET', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve(JSON.parse(text) as Envelope));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const get = (path: string) => call('GET', path);
const post = (path: string, body?: unknown) => call('POST', path, body ?? {});

beforeAll(async () => {
  sim = await startDesklogSimulator();
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  sim.clearFaults();
});

describe('auth and envelopes', () => {
  it('serves ping without a token', async () => {
    const { http, json } = await call('GET', 'ping', undefined, {});
    expect(http).toBe(200);
    expect(json).toEqual({ status: true, time: expect.any(Number), message: 'Ping success' });
  });

  it('rejects a missing, wrong or non-Bearer token with 401 and status:false', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer nope' }, { authorization: sim.token }];
    for (const headers of attempts) {
      const { http, json } = await call('GET', 'task', undefined, headers);
      expect(http).toBe(401);
      expect(json.status).toBe(false);
      expect(typeof json.message).toBe('string');
    }
  });

  it('reports business errors as HTTP 200 with status:false and no data', async () => {
    const missing = await post('team_show', { team_id: 999 });
    expect(missing.http).toBe(200);
    expect(missing.json).toEqual({ status: false, message: 'Team not found' });

    const required = await post('team_show', {});
    expect(required.json).toEqual({ status: false, message: 'The team id field is required.' });

    // Documented types are strict: a numeric string is not a number.
    const wrongType = await post('team_show', { team_id: '11' });
    expect(wrongType.json.status).toBe(false);

    const badJson = await fetch(`${sim.baseUrl}/team_show`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
      body: '{"team_id":',
    });
    expect(badJson.status).toBe(200);
    expect(((await badJson.json()) as Envelope).status).toBe(false);
  });

  it('answers 404 for unknown paths and 405 for the misprinted methods', async () => {
    const unknown = await get('nothing_here');
    expect(unknown.http).toBe(404);
    expect(unknown.json.status).toBe(false);

    // The docs print task create as `PATCH task`; strict mode serves only `POST task`.
    const wrong = await call('PATCH', 'task', {});
    expect(wrong.http).toBe(405);
    expect(wrong.json.status).toBe(false);
    expect(wrong.res.headers.get('allow')).toContain('POST');
  });

  it('serves the GET-with-body endpoints on GET and POST, and team_list on both', async () => {
    const viaPost = await post('user_profile', { email: 'ada@example.com' });
    const viaGet = { json: await getWithBody('user_profile', { email: 'ada@example.com' }) };
    const viaQuery = await get('user_profile?email=ada%40example.com');
    for (const r of [viaPost, viaGet, viaQuery]) {
      expect(r.json.status).toBe(true);
      // The one documented numeric-string id.
      expect((r.json.data as { id: unknown }).id).toBe('1');
    }
    expect((await get('team_list')).json).toEqual((await post('team_list')).json);
  });
});

describe('paging', () => {
  it('walks task pages with limit + offset until a short page, without totals', async () => {
    const seen: number[] = [];
    for (let offset = 0; offset < 100; offset += 4) {
      const { json } = await get(`task?limit=4&offset=${offset}`);
      expect(Object.keys(json).sort()).toEqual(['data', 'message', 'status']);
      const rows = json.data as { id: number }[];
      seen.push(...rows.map((r) => r.id));
      if (rows.length < 4) break;
    }
    expect(seen).toEqual([646, 645, 644, 643, 642, 641]);
  });

  it('uses the defaults (limit 10, offset 0), treats empty values as absent and rejects junk', async () => {
    const projects = await get('project/?limit=&offset=');
    expect((projects.json.data as unknown[]).length).toBe(3);
    const tags = await get('task_tag');
    expect(tags.json.message).toBe('success.');
    expect((tags.json.data as { tag: string }[]).map((t) => t.tag)).toEqual(['billable', 'bug', 'research']);
    const page2 = await get('client?limit=1&offset=1');
    expect(page2.json.data).toEqual([{ id: 22, first_name: 'Bletchley Park Trust', email: 'accounts@bletchley.example.com' }]);
    expect((await get('task?limit=abc')).json.status).toBe(false);
    expect((await get('priority?limit=2&offset=2')).json.data).toEqual([
      { id: 3, priority: 'Low' },
      { id: 4, priority: 'Trivial' },
    ]);
  });
});

describe('users and teams', () => {
  it('filters users and round-trips register, profile and update', async () => {
    const leaders = await post('user_list', { status: 'active', role: ['team_leader'], tracking_type: 'app' });
    expect((leaders.json.data as { email: string }[]).map((u) => u.email)).toEqual(['alan@example.com']);
    expect((await post('user_list', { role: {} })).json.data).toHaveLength(3);
    expect((await post('user_list', { role: ['boss'] })).json.status).toBe(false);

    const reg = await post('user_register', { user_role: 4, email: 'grace@example.com', tracking_selected: 'Web', team: 12 });
    expect(reg.json).toEqual({ status: true, message: 'User added successfully', data: null });
    expect((await post('user_register', { user_role: 4, email: 'grace@example.com', tracking_selected: 'app' })).json.status).toBe(false);

    const upd = await post('user_profile_update', { email: 'grace@example.com', new_name: 'Grace Hopper', new_phone: 123123123 });
    expect(upd.json).toEqual({ status: true, message: 'User profile successfully updated', data: {} });
    const profile = await post('user_profile', { email: 'grace@example.com' });
    expect(profile.json.data).toMatchObject({ name: 'Grace Hopper', phone: '123123123', team_id: 12, team_name: 'Research', user_type: 'user' });
  });

  it('creates, renames, re-staffs and deletes a team', async () => {
    const created = await post('team_create', { team_name: 'Analysis', team_member: [3], lead_by: 3 });
    expect(created.json).toEqual({ status: true, message: 'New team created successfully.', data: null });
    const list = (await get('team_list')).json.data as { team_id: number; team_name: string }[];
    const teamId = list.find((t) => t.team_name === 'Analysis')!.team_id;

    expect((await post('rename_team', { team_id: teamId, team_name: 'Analysis Dept' })).json.message).toBe('Team Name Changed');
    expect((await post('add_team_member', { team_id: teamId, new_member: [2] })).json.status).toBe(true);
    expect((await post('remove_team_member', { team_id: teamId, member_id: 3 })).json.status).toBe(true);
    const shown = await post('team_show', { team_id: teamId });
    expect(shown.json.data).toEqual({
      id: teamId,
      team_name: 'Analysis Dept',
      lead_by: null,
      added_by: 1,
      members: [{ user_id: 2, email: 'alan@example.com' }],
    });

    expect((await post('team_delete', { team_id: teamId })).json).toEqual({
      status: true,
      message: 'Team has been deleted successfully!',
      data: null,
    });
    expect((await post('team_show', { team_id: teamId })).json.status).toBe(false);
  });
});

describe('projects, tasks, tags and clients', () => {
  it('round-trips a client', async () => {
    const add = await post('client', { name: 'Zuse KG', email: 'kz@zuse.example.com', city: 'Berlin' });
    expect(add.json).toEqual({ status: true, message: 'Client added successfully', data: { client_id: expect.any(Number) } });
    const id = (add.json.data as { client_id: number }).client_id;
    const upd = await call('PATCH', `client/${id}`, { name: 'Zuse AG' });
    expect(upd.json).toEqual({ status: true, message: 'Client details updated successfully', data: null });
    const all = (await get('client?limit=50')).json.data as { id: number; first_name: string }[];
    expect(all.find((c) => c.id === id)?.first_name).toBe('Zuse AG');
    expect((await call('DELETE', `client/${id}`)).json).toEqual({ status: true, message: 'Client deleted' });
    expect((await call('DELETE', `client/${id}`)).json.status).toBe(false);
  });

  it('round-trips a tag, including the documented duplicate answer', async () => {
    const add = await post('task_tag', { name: 'urgent' });
    const id = (add.json.data as { tag_id: number }).tag_id;
    expect(add.json.status).toBe(true);
    expect((await post('task_tag', { name: 'urgent' })).json).toEqual({
      status: false,
      message: 'Entered tag already exist',
      data: { tag_id: id },
    });
    expect((await call('PATCH', `task_tag/${id}`, { name: 'later' })).json).toEqual({
      status: true,
      message: 'Tag name edited successfully.',
    });
    expect((await call('DELETE', `task_tag/${id}`)).json).toEqual({ status: true, message: 'Tag deleted successfully.' });
  });

  it('round-trips a project and its details', async () => {
    const add = await post('project', {
      project_name: 'Difference Engine',
      access: 1,
      priority: 4,
      client_id: 21,
      end_date: '2026-12-31',
      project_estimated_hours: 10,
      project_estimated_amount: 99.5,
    });
    expect(add.json.message).toBe('Project created successfully');
    const id = (add.json.data as { project_id: number }).project_id;
    expect((await get(`project/${id}`)).json.data).toEqual({
      id,
      project_name: 'Difference Engine',
      access: 1,
      integrated_from: 'desklog',
      project_status: 'Ongoing',
      project_priority: 'Trivial',
      board_members: [1],
      project_working_hour: 10,
      estimated_amount: '99.50',
    });
    expect((await post('project', { project_name: 'Difference Engine' })).json.status).toBe(false);
    expect((await call('DELETE', `project/${id}`)).json).toEqual({ status: true, message: 'Project deleted successfully', data: null });
    expect((await get(`project/${id}`)).json).toEqual({ status: false, message: 'Project not found' });
  });

  it('round-trips a task with the per-operation field names', async () => {
    const add = await post('task', {
      task_title: 'Punch cards',
      assignee: 2,
      assigned_time: 1800,
      task_type: 4,
      is_billable: 1,
      description: '<p>Order more.</p>',
      priority_id: 3,
      start_date: '2026-11-16',
      end_date: '2026-11-18',
      project_id: 101,
    });
    expect(add.json.message).toBe('Task added successfully');
    const id = (add.json.data as { task_id: number }).task_id;

    const upd = await call('PATCH', `task/${id}`, { task_title: 'Punch more cards', priority: 'Critical', assigned_to: 3 });
    expect(upd.json).toEqual({ status: true, message: 'Task updated successfully.' });
    expect((await call('PATCH', `task/${id}`, { priority: 2 })).json.status).toBe(false);

    const details = (await get(`task/${id}`)).json.data as Record<string, unknown>;
    expect(details).not.toHaveProperty('id');
    expect(details).toMatchObject({
      task_title: 'Punch more cards',
      description: '<p>Order more.</p>',
      project_id: 101,
      assigned_to: 3,
      reporter_id: 1,
      task_type_id: 4,
      priority_id: 1,
      priority: 'Critical',
      current_status: 'Open',
      time_spend_in_sec: 0,
      time_allocated_sec: 1800,
      time_allocated_pretty: '00h 30m',
      task_exceeded: false,
      is_billable: 1,
    });

    expect((await call('DELETE', `task/${id}`)).json).toEqual({ status: true, message: 'Task deleted successfully', data: null });
    expect((await get(`task/${id}`)).json).toEqual({ status: false, message: 'Task not found' });
  });

  it('zeroes an assigned time that exceeds the project allocation, with the documented message', async () => {
    // Enigma Dashboard allocates 6 h; its tasks already hold 5 h.
    const add = await post('task', { task_title: 'Too big', project_id: 102, assigned_time: 7200 });
    expect(add.json.message).toBe(
      "Task added successfully, but the assigned time has been set to zero as it exceeds the project's allocated time.",
    );
    const id = (add.json.data as { task_id: number }).task_id;
    expect((await get(`task/${id}`)).json.data).toMatchObject({ time_allocated_sec: 0 });
    await call('DELETE', `task/${id}`);
  });
});

describe('task timer', () => {
  it('accumulates time_spend_in_sec across start/pause/start/stop', async () => {
    const spent = async () => ((await get('task/645')).json.data as { time_spend_in_sec: number; current_status: string });
    expect((await spent()).time_spend_in_sec).toBe(0);

    const started = await post('task_status_change', { task_id: 645, status: 'start' });
    expect(started.json).toEqual({ basic_status: 2, self_task: null, message: 'Task Status Updated' });
    sim.advanceTime(90);
    // A running task shows its live total.
    expect((await spent()).time_spend_in_sec).toBeGreaterThanOrEqual(90);
    await post('task_status_change', { task_id: 645, status: 'pause' });
    const paused = await spent();
    expect(paused.time_spend_in_sec).toBeGreaterThanOrEqual(90);
    expect(paused.time_spend_in_sec).toBeLessThan(95);
    sim.advanceTime(600); // paused: no time accrues
    expect((await spent()).time_spend_in_sec).toBe(paused.time_spend_in_sec);

    await post('task_status_change', { task_id: 645, status: 'start' });
    sim.advanceTime(30);
    const stopped = await post('task_status_change', { task_id: 645, status: 'stop' });
    expect(stopped.json.basic_status).toBe(4);
    const done = await spent();
    expect(done.time_spend_in_sec - paused.time_spend_in_sec).toBeGreaterThanOrEqual(30);
    expect(done.current_status).toBe('Completed');

    expect((await post('task_status_change', { task_id: 645, status: 'stop' })).json.status).toBe(false);
    expect((await post('task_status_change', { task_id: 645, status: 'resume' })).json.status).toBe(false);
  });

  it('keeps one running timer per assignee and reopens a completed task on start', async () => {
    await post('task_status_change', { task_id: 642, status: 'start' });
    const reopened = await post('task_status_change', { task_id: 641, status: 'start' });
    expect(reopened.json.basic_status).toBe(2);
    expect(sim.state.tasks.find((t) => t.id === 642)).toMatchObject({ timer_started_at_ms: null, current_status: 'Paused' });
    await post('task_status_change', { task_id: 641, status: 'pause' });
  });
});

describe('attendance report', () => {
  const FIELDS = [
    'user_id', 'employee_id', 'name', 'email', 'team_name', 'clock_in', 'clock_out', 'time_at_work',
    'productive_time', 'focus_time', 'idle_time', 'private_time', 'neutral_time', 'non_productive_time',
    'over_time', 'minimum_working_hours', 'activity_percentage', 'efficiency_percentage',
    'task_assigned_time', 'task_spent_time', 'isWorkWithIdle', 'time_zone', 'client_app_details',
  ];
  const DURATION = /^(\d{2,}h \d{2}m|--)$/;

  it('returns one row per user with the documented fields and formats', async () => {
    const { json } = await post('attendance_report', { from_date: '2026-11-02', to_date: '2026-11-20' });
    expect(json.message).toBe('Success');
    const rows = json.data as Record<string, unknown>[];
    expect(rows.map((r) => r.email)).toEqual(expect.arrayContaining(['ada@example.com', 'alan@example.com', 'barbara@example.com']));
    for (const row of rows.filter((r) => (r.user_id as number) <= 3)) {
      expect(Object.keys(row)).toEqual(FIELDS);
      expect(row.clock_in).toMatch(/^(0\d|1[0-2]):[0-5]\d (AM|PM)$/);
      for (const key of FIELDS.filter((k) => k.endsWith('_time') || k === 'minimum_working_hours')) {
        expect(row[key]).toMatch(DURATION);
      }
      expect(typeof row.activity_percentage).toBe('number');
      expect(row.efficiency_percentage).toBe('--');
      expect(typeof row.employee_id).toBe('string');
    }
  });

  it('reports one day for one user in their own time zone', async () => {
    const { json } = await post('attendance_report', { from_date: '2026-11-02', to_date: '2026-11-02', user_id: 1 });
    expect(json.data).toEqual([
      expect.objectContaining({
        user_id: 1,
        name: 'Ada Lovelace',
        clock_in: '08:54 AM',
        clock_out: '02:24 PM',
        time_at_work: '05h 30m',
        productive_time: '05h 00m',
        idle_time: '--',
        over_time: '--',
        minimum_working_hours: '08h 00m',
        time_zone: 'Europe/London',
      }),
    ]);
    const weekend = await post('attendance_report', { from_date: '2026-11-07', to_date: '2026-11-08', user_id: 2 });
    expect(weekend.json.data).toEqual([expect.objectContaining({ clock_in: '--', time_at_work: '--', activity_percentage: 0 })]);
  });

  it('validates the dates', async () => {
    expect((await post('attendance_report', { from_date: '2026-11-02' })).json.status).toBe(false);
    expect((await post('attendance_report', { from_date: '02/11/2026', to_date: '2026-11-03' })).json.status).toBe(false);
    expect((await post('attendance_report', { from_date: '2026-11-05', to_date: '2026-11-03' })).json.status).toBe(false);
  });
});

describe('rate limit, faults and datasets', () => {
  it('answers 429 with Retry-After and a status:false envelope past the per-minute limit', async () => {
    const limited = await startDesklogSimulator({ rateLimitPerMinute: 2 });
    try {
      const auth = { authorization: `Bearer ${limited.token}` };
      expect((await call('GET', 'task', undefined, auth, limited)).http).toBe(200);
      expect((await call('GET', 'task', undefined, auth, limited)).http).toBe(200);
      const third = await call('GET', 'task', undefined, auth, limited);
      expect(third.http).toBe(429);
      expect(Number(third.res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.json).toEqual({ status: false, message: 'Too Many Attempts.' });
      limited.setRateLimit(0);
      expect((await call('GET', 'task', undefined, auth, limited)).http).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('makes injected faults observable and logs requests', async () => {
    sim.resetRequestLog();
    sim.injectFaults({ serverErrors: 1, pathFilter: '/task' });
    expect((await get('client')).http).toBe(200);
    expect((await get('task')).http).toBe(503);
    expect((await get('task')).http).toBe(200);

    sim.injectFaults({ rateLimited: 1 });
    const throttled = await get('task');
    expect(throttled.http).toBe(429);
    expect(throttled.res.headers.get('retry-after')).toBe('1');

    sim.injectFaults({ malformed: 1 });
    const res = await fetch(`${sim.baseUrl}/task`, { headers: { authorization: `Bearer ${sim.token}` } });
    await expect(res.json()).rejects.toThrow();

    expect(sim.requests.map((r) => r.status)).toEqual([200, 503, 200, 429, 200]);
    expect(sim.requests[1]).toMatchObject({ method: 'GET', path: '/api/v2/task' });
  });

  it('starts an empty dataset with only the token owner', async () => {
    const empty = await startDesklogSimulator({ dataset: 'empty', token: 'other-token' });
    try {
      const auth = { authorization: 'Bearer other-token' };
      const users = await call('POST', 'user_list', {}, auth, empty);
      expect((users.json.data as { email: string }[]).map((u) => u.email)).toEqual(['ada@example.com']);
      for (const path of ['task', 'project', 'client', 'task_tag', 'team_list']) {
        expect((await call('GET', path, undefined, auth, empty)).json.data).toEqual([]);
      }
    } finally {
      await empty.close();
    }
  });
});
