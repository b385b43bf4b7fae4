import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDyzoSimulator, type DyzoSimulator } from './index.js';

let sim: DyzoSimulator;

beforeEach(async () => {
  sim = await startDyzoSimulator();
});
afterEach(async () => {
  await sim.close();
});

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const init: RequestInit = { method, headers: { 'X-API-Key': sim.apiKey, ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(sim.baseUrl + path, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

describe('auth', () => {
  it('rejects a request without credentials with HTTP 401 NO_ACCESS_TOKEN', async () => {
    const r = await call('GET', '/employee/list/100/', undefined, { 'X-API-Key': '' });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ status: 0, error_code: 'NO_ACCESS_TOKEN' });
  });

  it('rejects an unknown key with HTTP 401 INVALID_API_KEY, before URL resolution', async () => {
    const r = await call('GET', '/employee/list/100/', undefined, { 'X-API-Key': 'dyzo_wrong' });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ status: 0, error_code: 'INVALID_API_KEY' });
    const unknownPath = await call('GET', '/no/such/path/', undefined, { 'X-API-Key': 'dyzo_wrong' });
    expect(unknownPath.status).toBe(401);
  });

  it('rejects a bearer token (no JWTs here) and an expired key', async () => {
    const bearer = await call('GET', '/employee/list/100/', undefined, { 'X-API-Key': '', Authorization: 'Bearer abc.def.ghi' });
    expect(bearer.json).toMatchObject({ status: 0, error_code: 'INVALID_ACCESS_TOKEN' });
    sim.state.clock = '2028-01-01T00:00:00Z';
    const expired = await call('GET', '/employee/list/100/');
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ error_code: 'API_KEY_EXPIRED' });
  });

  it('answers status 3 with HTTP 200 for another company', async () => {
    const r = await call('GET', '/employee/list/101/');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 3, error_code: 'AUTH_FAILED' });
  });
});

describe('envelopes and paths', () => {
  it('reports a domain error as status 0 with HTTP 200', async () => {
    const missing = await call('GET', '/taskLogs/task/999/');
    expect(missing.status).toBe(200);
    expect(missing.json).toEqual({ status: 0, message: 'Task not found' });
    // camelCase on the snake_case endpoint: the fields are simply missing.
    const wrongCase = await call('POST', '/tasklog/create/', {
      taskId: 250,
      userId: 10,
      startTime: '2026-11-21T09:00:00Z',
      endTime: '2026-11-21T10:00:00Z',
    });
    expect(wrongCase.status).toBe(200);
    expect(wrongCase.json).toEqual({ status: 0, message: 'task_id is required' });
  });

  it('is strict about trailing slashes, case and int path segments (Django HTML 404)', async () => {
    for (const [method, path] of [
      ['GET', '/taskLogs/task/250'],
      ['GET', '/tasklogs/task/250/'],
      ['GET', '/TaskLogs/task/250/'],
      ['POST', '/tasklog/create'],
      ['GET', '/api/tasks/abc/'],
      ['GET', '/employee/List/100/'],
    ] as const) {
      const r = await call(method, path, method === 'POST' ? {} : undefined);
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.headers.get('content-type')).toContain('text/html');
    }
    const ok = await call('GET', '/taskLogs/task/250/');
    expect(ok.status).toBe(200);
    const wrongMethod = await call('POST', '/api/tasks/250/', {});
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, DELETE');
  });

  it('sends X-RateLimit-Remaining and X-Request-Id on every authenticated response', async () => {
    const r = await call('GET', '/employee/me/10/');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(r.headers.get('x-request-id')).toMatch(/^dyzo-sim-\d{6}$/);
    expect(r.json.data).toMatchObject({ _id: 10, email: 'ada@example.com', name: 'Ada Lovelace' });
  });
});

describe('task logs', () => {
  it('lists a task with camelCase fields, derived duration and paging headers', async () => {
    const all = await call('GET', '/taskLogs/task/250/');
    expect(all.json.status).toBe(1);
    expect(all.headers.get('x-total-count')).toBe(String(all.json.data.length));
    expect(all.json.data[0]).toEqual({
      id: 5001,
      taskId: 250,
      userId: 10,
      startTime: '2026-11-02T09:00:00Z',
      endTime: '2026-11-02T10:30:00Z',
      description: 'Bytecode loader work',
      manualAdd: false,
      duration: '01:30:00',
      user_name: 'Ada Lovelace',
      user_profile_picture: null,
    });
    const page2 = await call('GET', '/taskLogs/task/250/?page=2&page_size=2');
    expect(page2.json.data.map((l: { id: number }) => l.id)).toEqual(
      all.json.data.slice(2, 4).map((l: { id: number }) => l.id),
    );
  });

  it('holds 40 demo logs, one crossing midnight UTC', () => {
    expect(sim.state.taskLogs).toHaveLength(40);
    expect(sim.state.taskLogs.filter((l) => l.startTime.slice(0, 10) !== l.endTime.slice(0, 10))).toHaveLength(1);
  });

  it('creates (snake_case), updates (camelCase) and deletes a single log', async () => {
    const created = await call('POST', '/tasklog/create/', {
      task_id: 251,
      employee_id: 11,
      start_time: '2026-11-21T09:00:00Z',
      end_time: '2026-11-21T10:30:00.000Z',
      description: 'Weekend review',
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ status: 1, data: { taskId: 251, userId: 11, endTime: '2026-11-21T10:30:00Z', duration: '01:30:00' } });
    const logId: number = created.json.data.id;

    const listed = await call('GET', '/taskLogs/task/251/');
    expect(listed.json.data.some((l: { id: number }) => l.id === logId)).toBe(true);

    const updated = await call('PUT', `/tasklogs/${logId}/`, {
      startTime: '2026-11-21T09:00:00Z',
      endTime: '2026-11-21T11:00:00Z',
      description: 'Longer review',
      taskId: 251,
      userId: 11,
    });
    expect(updated.json).toMatchObject({ status: 1, data: { id: logId, duration: '02:00:00', description: 'Longer review' } });
    const reversed = await call('PUT', `/tasklogs/${logId}/`, { startTime: '2026-11-21T12:00:00Z', endTime: '2026-11-21T11:00:00Z', taskId: 251, userId: 11 });
    expect(reversed.json).toEqual({ status: 0, message: 'endTime must be after startTime' });

    const deleted = await call('DELETE', `/api/tasklogs/delete/${logId}/`);
    expect(deleted.json).toMatchObject({ status: 1 });
    expect(sim.state.taskLogs.some((l) => l.id === logId)).toBe(false);
    const again = await call('DELETE', `/api/tasklogs/delete/${logId}/`);
    expect(again.json).toEqual({ status: 0, message: 'Task log not found' });
  });

  it('bulk create skips duplicates by (taskId, userId, startTime) and reports both lists', async () => {
    const before = sim.state.taskLogs.length;
    const item = (startTime: string, endTime: string) => ({ taskId: 250, userId: 10, startTime, endTime, description: 'x', manualAdd: true });
    const r = await call('POST', '/tasklogs/bulk/create/10/', [
      item('2026-11-02T09:00:00.000Z', '2026-11-02T09:45:00Z'), // same instant as log 5001
      item('2026-11-21T09:00:00Z', '2026-11-21T10:00:00Z'),
      item('2026-11-21T09:00:00Z', '2026-11-21T10:00:00Z'), // repeated inside the batch
    ]);
    expect(r.status).toBe(200);
    expect(r.json.status).toBe(1);
    expect(r.json.created).toHaveLength(1);
    expect(r.json.created[0]).toMatchObject({ startTime: '2026-11-21T09:00:00Z', manualAdd: true });
    expect(r.json.skipped).toHaveLength(2);
    expect(sim.state.taskLogs).toHaveLength(before + 1);

    const mismatch = await call('POST', '/tasklogs/bulk/create/10/', [{ ...item('2026-11-22T09:00:00Z', '2026-11-22T10:00:00Z'), userId: 11 }]);
    expect(mismatch.json).toEqual({ status: 0, message: 'Item 0: userId must match user_id in the URL' });
    expect(sim.state.taskLogs).toHaveLength(before + 1);
    const notArray = await call('POST', '/tasklogs/bulk/create/10/', item('2026-11-22T09:00:00Z', '2026-11-22T10:00:00Z'));
    expect(notArray.json.status).toBe(0);
  });

  it('bulk create notifies admins when a project goes over its allocated hours', async () => {
    const r = await call('POST', '/tasklogs/bulk/create/10/', [
      { taskId: 250, userId: 10, startTime: '2026-11-21T00:00:00Z', endTime: '2026-11-21T20:00:00Z', manualAdd: true },
    ]);
    expect(r.json.created).toHaveLength(1);
    expect(sim.state.adminNotifications).toEqual([expect.objectContaining({ projectId: 201, allocated_hours: 60, notified: [10] })]);
  });
});

describe('tasks, projects, employees', () => {
  it('creates a task from multipart form data only', async () => {
    const form = new FormData();
    form.append('taskName', 'Port the loader');
    form.append('projectId', '201');
    form.append('assigned_users[]', '10');
    form.append('assigned_users[]', '11');
    form.append('priority', 'high');
    form.append('allocated_time', '8.5');
    form.append('dueDate', '2026-11-30T23:59:59Z');
    const created = await call('POST', '/create-task/10/', form);
    expect(created.json).toMatchObject({
      status: 1,
      data: { taskId: 256, taskName: 'Port the loader', assigned_users: [10, 11], allocated_time: 8.5, assignBy: 10, total_time: '0:00' },
    });
    const asJson = await call('POST', '/create-task/10/', { taskName: 'JSON task', projectId: 201 });
    expect(asJson.status).toBe(200);
    expect(asJson.json.status).toBe(0);
  });

  it('gets, updates and deletes a task; delete works without the slash and takes the logs along', async () => {
    const got = await call('GET', '/api/tasks/250/');
    expect(got.json.data).toMatchObject({ taskId: 250, projectName: 'Analytical Engine Firmware' });
    const updated = await call('PUT', '/task/250/10/', { taskName: 'Loader v2', isComplete: true });
    expect(updated.json.data).toMatchObject({ taskName: 'Loader v2', isComplete: true });
    const deleted = await call('DELETE', '/api/tasks/250');
    expect(deleted.json.status).toBe(1);
    expect(sim.state.taskLogs.some((l) => l.taskId === 250)).toBe(false);
    expect((await call('GET', '/api/tasks/250/')).json).toEqual({ status: 0, message: 'Task not found' });
  });

  it('lists projects and creates one with the creator as admin assignee', async () => {
    const all = await call('GET', '/project/company/100/');
    expect(all.json.data.map((p: { _id: number }) => p._id)).toEqual([201, 202, 203]);
    const forHedy = await call('GET', '/project/company/100/12/?isCompleted=false');
    expect(forHedy.json.data.map((p: { _id: number }) => p._id)).toEqual([202]);
    const created = await call('POST', '/project-v2/10/', { name: 'Mobile App', companyId: 100, assignee: [11], allocated_hours: 500 });
    expect(created.json.data).toMatchObject({ _id: 204, assignee: [11, 10], accessLevels: { '10': 'admin' } });
    const otherCompany = await call('POST', '/project-v2/10/', { name: 'X', companyId: 7 });
    expect(otherCompany.json.status).toBe(3);
  });

  it('adds an employee and refuses a duplicate email', async () => {
    const body = { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', companyId: 100, designation: 'Engineer' };
    const added = await call('POST', '/employee/add/', body);
    expect(added.json.data).toMatchObject({ _id: 13, name: 'Grace Hopper', isActive: true });
    expect((await call('POST', '/employee/add/', body)).json.status).toBe(0);
    const list = await call('GET', '/employee/list/100/');
    expect(list.headers.get('x-total-count')).toBe('4');
  });
});

describe('rate limit and faults', () => {
  it('limits per key with a 429 RATE_LIMIT_EXCEEDED envelope and Retry-After', async () => {
    await sim.close();
    sim = await startDyzoSimulator({ rateLimitPerMinute: 2 });
    expect((await call('GET', '/employee/me/10/')).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await call('GET', '/employee/me/10/')).headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await call('GET', '/employee/me/10/');
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ status: 0, error_code: 'RATE_LIMIT_EXCEEDED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another key has its own budget.
    sim.state.apiKeys.push({ id: 99, name: 'second', key: 'dyzo_second', is_active: true, rate_limit: 2, expires_at: '2027-01-01T00:00:00Z', employeeId: 10 });
    expect((await call('GET', '/employee/me/10/', undefined, { 'X-API-Key': 'dyzo_second' })).status).toBe(200);
    sim.setRateLimit(0);
    expect((await call('GET', '/employee/me/10/')).status).toBe(200);
  });

  it('makes injected faults observable in responses and the request log', async () => {
    sim.injectFaults({ serverErrors: 1 });
    expect((await call('GET', '/employee/me/10/')).status).toBe(503);
    sim.injectFaults({ rateLimited: 1 });
    const limited = await call('GET', '/employee/me/10/');
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ error_code: 'RATE_LIMIT_EXCEEDED' });
    expect(limited.headers.get('retry-after')).toBe('1');
    sim.injectFaults({ malformed: 1 });
    const malformed = await call('GET', '/employee/me/10/');
    expect(malformed.json).toBeUndefined();
    expect((await call('GET', '/employee/me/10/')).status).toBe(200);
    expect(sim.requests.map((r) => r.status)).toEqual([503, 429, 200, 200]);
  });

  it('starts empty with only the company and the key owner', async () => {
    await sim.close();
    sim = await startDyzoSimulator({ dataset: 'empty', apiKey: 'dyzo_empty', companyId: 7, employeeId: 3 });
    const list = await call('GET', '/employee/list/7/');
    expect(list.json.data).toHaveLength(1);
    expect(list.json.data[0]).toMatchObject({ _id: 3, companyId: 7 });
    expect((await call('GET', '/project/company/7/')).json.data).toEqual([]);
  });
});
