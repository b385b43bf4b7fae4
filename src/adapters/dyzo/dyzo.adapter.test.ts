import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entrySeconds, type AnyEntity, type EntityKind, type TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { startDyzoSimulator, type DyzoSimulator } from '../../sandbox/dyzo/index.js';
import type { EntityHandlers, PageRequest } from '../contract.js';
import type { RequestInfo } from '../http.js';
import { envelopeVerdict } from './client.js';
import { createDyzoAdapter, type DyzoAdapter, type DyzoSourceConfig } from './index.js';
import { formatDyzoInstant, parseDyzoInstant } from './mappers/instant.js';
import { toDyzoProjectCreate, toProject } from './mappers/to-project.js';
import { parseDyzoClock, toDyzoTaskForm, toDyzoTaskPatch, toTask } from './mappers/to-task.js';
import { toDyzoTaskLogCamel, toDyzoTaskLogCreate, toTimeEntry } from './mappers/to-time-entry.js';
import { splitName, toDyzoEmployeeAdd, toDyzoEmployeeFollowUp, toDyzoEmployeePatch, toUser } from './mappers/to-user.js';
import { pageByName, pageByStart } from './paging.js';
import { DyzoEmployee, DyzoProject, DyzoTask, DyzoTaskLog, dyzoListPage } from './types.js';

let sim: DyzoSimulator;
let requests: RequestInfo[];
const opened: DyzoAdapter[] = [];

function adapterFor(overrides: Partial<DyzoSourceConfig> = {}): DyzoAdapter {
  const adapter = createDyzoAdapter(
    {
      key: 'acme-dyzo',
      vendor: 'dyzo',
      baseUrl: sim.baseUrl,
      apiKey: sim.apiKey,
      companyId: sim.companyId,
      employeeId: sim.employeeId,
      timeoutMs: 5_000,
      cacheTtlSeconds: 60,
      ...overrides,
    },
    { onRequest: (info) => requests.push(info) },
  );
  opened.push(adapter);
  return adapter;
}

function handlers<K extends EntityKind>(adapter: DyzoAdapter, kind: K): EntityHandlers<K> {
  const h = adapter.entities[kind];
  if (!h) throw new Error(`no ${kind} handlers`);
  return h as EntityHandlers<K>;
}

/** Lists to the last page, checking that each token re-requested yields the same page. */
async function listAll<K extends EntityKind>(adapter: DyzoAdapter, kind: K, size: number, filter: object = {}) {
  const list = handlers(adapter, kind).list!;
  const items: AnyEntity[] = [];
  let token: string | null = null;
  let pages = 0;
  do {
    const request: PageRequest = { token, size };
    const page = await list(filter as never, request);
    expect(page.items.length).toBeLessThanOrEqual(size);
    const again = await list(filter as never, request);
    expect(again.items.map((i) => i.remoteId)).toEqual(page.items.map((i) => i.remoteId));
    expect(again.nextPage).toBe(page.nextPage);
    items.push(...page.items);
    token = page.nextPage;
    pages += 1;
  } while (token && pages < 200);
  return { items, pages };
}

const names = (items: AnyEntity[]) => items.map((i) => (i as { name: string }).name);
const gets = () => requests.filter((r) => r.method === 'GET');

beforeEach(async () => {
  sim = await startDyzoSimulator();
  requests = [];
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close?.()));
  await sim.close();
});

describe('lists, to the last page with small pages', () => {
  it('users: employees of the company by lower-cased name, roles from the flags', async () => {
    const { items, pages } = await listAll(adapterFor(), 'user', 1);
    expect(pages).toBe(3);
    expect(names(items)).toEqual(['Ada Lovelace', 'Edsger Dijkstra', 'Hedy Lamarr']);
    expect(items[0]).toMatchObject({ remoteId: '10', email: 'ada@example.com', role: 'ADMIN', status: 'ACTIVE', source: 'acme-dyzo' });
    expect(items[1]).toMatchObject({ remoteId: '11', role: 'MEMBER' });
    // Six list calls (two per page) over one memoised read.
    expect(gets().map((r) => r.path)).toEqual(['/employee/list/100/']);
  });

  it('projects: by name, completed, allocated hours as seconds, leader counted as member', async () => {
    const { items } = await listAll(adapterFor(), 'project', 2);
    expect(names(items)).toEqual(['Analytical Engine Firmware', 'Difference Engine Docs', 'Frequency Hopping Research']);
    expect(items[0]).toMatchObject({ remoteId: '201', status: 'ACTIVE', estimateSeconds: 60 * 3600, billable: false, memberIds: ['10', '11'] });
    expect(items[2]).toMatchObject({ remoteId: '203', status: 'COMPLETED', memberIds: ['12', '11'] });
  });

  it('tasks: by name, with priority, status, estimate and tracked time', async () => {
    const { items } = await listAll(adapterFor(), 'task', 4);
    expect(names(items)).toEqual(['Diagram the mill', 'Implement bytecode loader', 'Review loader changes', 'Signal experiments', 'Weekly sync', 'Write user guide']);
    const loader = items.find((t) => t.remoteId === '250');
    expect(loader).toMatchObject({ projectId: '201', priority: 'HIGH', status: 'IN_PROGRESS', estimateSeconds: 20 * 3600, assigneeIds: ['10'] });
    expect((loader as { trackedSeconds: number }).trackedSeconds).toBeGreaterThan(0);
    expect(items.find((t) => t.remoteId === '254')).toMatchObject({ status: 'DONE', assigneeIds: ['12', '11'] });
    expect(gets()[0]!.path).toBe('/company-tasks/100/10/');
  });

  it('time entries: every log of every task, newest first, no repeats; one walk serves all pages', async () => {
    const { items, pages } = await listAll(adapterFor(), 'timeEntry', 7);
    expect(items).toHaveLength(40);
    expect(pages).toBe(6);
    expect(new Set(items.map((i) => i.remoteId)).size).toBe(40);
    const entries = items as TimeEntry[];
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.start.getTime()).toBeGreaterThanOrEqual(entries[i]!.start.getTime());
    const first = entries.find((e) => e.remoteId === '5001')!;
    expect(first).toMatchObject({ taskId: '250', projectId: '201', userId: '10', origin: 'TIMER', type: 'WORK', billable: false, description: 'Bytecode loader work' });
    expect(entrySeconds(first)).toBe(90 * 60);
    // The task list plus one log read per task (6), whatever the number of pages.
    expect(gets().map((r) => r.path).sort()).toEqual(['/company-tasks/100/10/', ...[250, 251, 252, 253, 254, 255].map((t) => `/taskLogs/task/${t}/`)].sort());
  });

  it('time entries without a memo still page consistently', async () => {
    const { items } = await listAll(adapterFor({ cacheTtlSeconds: 0 }), 'timeEntry', 15);
    expect(items).toHaveLength(40);
    expect(new Set(items.map((i) => i.remoteId)).size).toBe(40);
  });

  it('time entries: overlap with [from, to), users, projects and tasks filter locally', async () => {
    const adapter = adapterFor();
    const list = handlers(adapter, 'timeEntry').list!;
    const all = { token: null, size: 100 };
    // Saturday 2026-11-14 has no logs of its own; Friday's late log runs into it.
    const weekend = await list({ from: new Date('2026-11-14T00:00:00Z'), to: new Date('2026-11-16T00:00:00Z') }, all);
    expect(weekend.items).toHaveLength(1);
    expect(weekend.items[0]!.start.toISOString()).toBe('2026-11-13T22:30:00.000Z');
    expect((await list({ userIds: ['11'] }, all)).items.map((e) => e.userId)).toEqual(Array(15).fill('11'));
    const research = (await list({ projectIds: ['203'] }, all)).items;
    expect(research.length).toBeGreaterThan(0);
    expect(research.every((e) => e.taskId === '254' && e.projectId === '203')).toBe(true);
    expect((await list({ running: true }, all)).items).toEqual([]);

    requests = [];
    const fresh = adapterFor();
    const one = await handlers(fresh, 'timeEntry').list!({ taskIds: ['250'] }, all);
    expect(one.items.every((e) => e.taskId === '250')).toBe(true);
    expect(gets().map((r) => r.path)).toEqual(['/company-tasks/100/10/', '/taskLogs/task/250/']);
  });
});

describe('getMany: key order, an Error in the slot of a missing id', () => {
  it.each([
    ['user', '999', '10'],
    ['project', '999', '202'],
    ['task', '999', '251'],
    ['timeEntry', '999999', '5002'],
  ] as const)('%s', async (kind, missing, present) => {
    const result = await handlers(adapterFor(), kind).getMany!([missing, present]);
    expect(result[0]).toBeInstanceOf(NotFoundError);
    expect((result[1] as AnyEntity).remoteId).toBe(present);
  });
});

describe('tasks: create (multipart), update, delete', () => {
  it('round-trips through the simulator', async () => {
    const tasks = handlers(adapterFor(), 'task');
    const created = await tasks.create!({
      name: 'Port the loader',
      projectId: '201',
      description: 'To the new mill',
      assigneeIds: ['10', '11'],
      priority: 'URGENT',
      status: 'IN_PROGRESS',
      estimateSeconds: 8.5 * 3600,
    });
    expect(created).toMatchObject({ name: 'Port the loader', projectId: '201', priority: 'HIGH', status: 'IN_PROGRESS', estimateSeconds: 30600, assigneeIds: ['10', '11'] });
    const stored = sim.state.tasks.find((t) => String(t.taskId) === created.remoteId)!;
    expect(stored).toMatchObject({ assignBy: 10, allocated_time: 8.5, priority: 'high', taskPosition: 'in_progress' });

    const updated = await tasks.update!(created.remoteId, { name: 'Loader v2', status: 'DONE', estimateSeconds: null });
    expect(updated).toMatchObject({ name: 'Loader v2', status: 'DONE', estimateSeconds: null });
    expect(stored).toMatchObject({ isComplete: true, taskPosition: 'completed' });
    const listed = await tasks.list!({ search: 'loader v2' }, { token: null, size: 10 });
    expect(listed.items.map((t) => t.remoteId)).toEqual([created.remoteId]);

    await tasks.delete!(created.remoteId);
    expect(sim.state.tasks.some((t) => String(t.taskId) === created.remoteId)).toBe(false);
    expect(sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/api/tasks/${created.remoteId}`]);
    expect((await tasks.getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
    await expect(tasks.delete!(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(tasks.update!('999', { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('time entries: create, update, delete, bulk', () => {
  const start = new Date('2026-11-21T09:00:00Z');
  const end = new Date('2026-11-21T10:30:00Z');

  it('creates (snake_case), updates (camelCase) and deletes a task log', async () => {
    const adapter = adapterFor();
    const entries = handlers(adapter, 'timeEntry');
    await entries.list!({}, { token: null, size: 5 }); // warm the memo: writes must clear it

    const created = await entries.create!({ userId: '11', taskId: '251', projectId: '201', description: 'Weekend review', start, end, billable: true });
    expect(created).toMatchObject({ userId: '11', taskId: '251', projectId: '201', description: 'Weekend review', start, end, origin: 'MANUAL' });
    expect(entrySeconds(created)).toBe(5400);
    expect(sim.state.taskLogs.find((l) => String(l.id) === created.remoteId)).toMatchObject({ startTime: '2026-11-21T09:00:00Z', endTime: '2026-11-21T10:30:00Z' });
    const newest = await entries.list!({}, { token: null, size: 1 });
    expect(newest.items[0]!.remoteId).toBe(created.remoteId);

    const later = new Date('2026-11-21T11:00:00Z');
    const updated = await entries.update!(created.remoteId, { description: 'Longer review', end: later });
    expect(updated).toMatchObject({ remoteId: created.remoteId, description: 'Longer review', start, end: later, taskId: '251', userId: '11' });
    const put = sim.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/tasklogs/${created.remoteId}/`);

    await entries.delete!(created.remoteId);
    expect(sim.state.taskLogs.some((l) => String(l.id) === created.remoteId)).toBe(false);
    expect(sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/api/tasklogs/delete/${created.remoteId}/`]);
    expect((await entries.getMany!([created.remoteId]))[0]).toBeInstanceOf(NotFoundError);
    await expect(entries.delete!(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(entries.update!(created.remoteId, { description: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses what a Dyzo log cannot be before sending anything', async () => {
    const entries = handlers(adapterFor(), 'timeEntry');
    await expect(entries.create!({ taskId: '250', start })).rejects.toBeInstanceOf(ValidationError);
    await expect(entries.create!({ projectId: '201', start, end })).rejects.toBeInstanceOf(ValidationError);
    await expect(entries.create!({ taskId: '250', start: end, end: start })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toEqual([]);
    await expect(entries.create!({ taskId: '250', projectId: '202', start, end })).rejects.toThrow(/project/);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('bulk creates with Dyzo skipping a duplicate, and a re-sent batch creates nothing', async () => {
    const adapter = adapterFor();
    const before = sim.state.taskLogs.length;
    const batch = [
      // Same (task, user, start) as demo log 5001.
      { taskId: '250', start: new Date('2026-11-02T09:00:00Z'), end: new Date('2026-11-02T09:45:00Z'), description: 'again' },
      { taskId: '252', userId: '10', start, end, description: 'Guide chapter' },
    ];
    const first = await adapter.bulkCreateTimeEntries('10', batch);
    expect(first.skipped).toBe(1);
    expect(first.created).toHaveLength(1);
    expect(first.created[0]).toMatchObject({ taskId: '252', projectId: '202', userId: '10', start, end, origin: 'MANUAL' });
    expect(sim.state.taskLogs).toHaveLength(before + 1);
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/tasklogs/bulk/create/10/']);

    const again = await adapter.bulkCreateTimeEntries('10', batch);
    expect(again).toEqual({ created: [], skipped: 2 });
    expect(sim.state.taskLogs).toHaveLength(before + 1);
    await expect(adapter.bulkCreateTimeEntries('10', [{ taskId: '250', userId: '11', start, end }])).rejects.toBeInstanceOf(ValidationError);
    expect(await adapter.bulkCreateTimeEntries('10', [])).toEqual({ created: [], skipped: 0 });
  });
});

describe('vendor paging', () => {
  it('reads a list past one vendor page (page/page_size) and stops on the short page', async () => {
    for (let i = 0; i < 130; i++) {
      const start = Date.UTC(2026, 9, 1, 0, i * 2);
      sim.state.taskLogs.push({
        id: 9000 + i,
        taskId: 253,
        userId: 12,
        startTime: new Date(start).toISOString().replace('.000Z', 'Z'),
        endTime: new Date(start + 60_000).toISOString().replace('.000Z', 'Z'),
        description: 'bulk',
        manualAdd: true,
      });
    }
    const page = await handlers(adapterFor(), 'timeEntry').list!({ taskIds: ['253'] }, { token: null, size: 500 });
    expect(page.items.filter((e) => e.description === 'bulk')).toHaveLength(130);
    expect(sim.requests.filter((r) => r.path === '/taskLogs/task/253/').map((r) => r.query)).toEqual(['?page=1&page_size=100', '?page=2&page_size=100']);
  });
});

/**
 * Most write answers are undocumented, so the adapter must cope with a bare `{status: 1}`.
 * This proxy forwards to the simulator and strips every payload from write answers.
 */
async function startStrippingProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    const upstream = await fetch(target + (req.url ?? '/'), {
      method: req.method!,
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    let text = await upstream.text();
    if (req.method !== 'GET') {
      const body = JSON.parse(text) as { status: unknown; message?: unknown };
      text = JSON.stringify({ status: body.status, message: body.message });
    }
    res.writeHead(upstream.status, { 'content-type': 'application/json' });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('write answers without a record', () => {
  it('reads every created or updated record back', async () => {
    const proxy = await startStrippingProxy(sim.baseUrl);
    try {
      const adapter = adapterFor({ baseUrl: proxy.url });
      const start = new Date('2026-11-23T09:00:00Z');
      const end = new Date('2026-11-23T10:00:00Z');

      const user = await handlers(adapter, 'user').create!({ name: 'Alan Turing', email: 'alan@example.com' });
      expect(user).toMatchObject({ name: 'Alan Turing', remoteId: String(sim.state.employees.at(-1)!._id) });
      const renamed = await handlers(adapter, 'user').update!(user.remoteId, { name: 'Alan M Turing' });
      expect(renamed.name).toBe('Alan M Turing');

      const project = await handlers(adapter, 'project').create!({ name: 'Bombe' });
      expect(project.remoteId).toBe(String(sim.state.projects.at(-1)!._id));

      const task = await handlers(adapter, 'task').create!({ name: 'Crib list', projectId: project.remoteId });
      expect(task).toMatchObject({ name: 'Crib list', projectId: project.remoteId, remoteId: String(sim.state.tasks.at(-1)!.taskId) });
      expect(await handlers(adapter, 'task').update!(task.remoteId, { status: 'BLOCKED' })).toMatchObject({ status: 'BLOCKED' });

      const entry = await handlers(adapter, 'timeEntry').create!({ taskId: task.remoteId, start, end, description: 'cribs' });
      expect(entry).toMatchObject({ taskId: task.remoteId, projectId: project.remoteId, userId: '10', start, end });
      const moved = await handlers(adapter, 'timeEntry').update!(entry.remoteId, { description: 'more cribs' });
      expect(moved).toMatchObject({ remoteId: entry.remoteId, description: 'more cribs' });

      const bulk = await adapter.bulkCreateTimeEntries('10', [
        { taskId: task.remoteId, start, end },
        { taskId: task.remoteId, start: end, end: new Date('2026-11-23T11:00:00Z') },
      ]);
      // Without the answer's lists, a duplicate is read back as the log Dyzo already holds.
      expect(bulk.created.map((e) => e.start.toISOString()).sort()).toEqual([start.toISOString(), end.toISOString()]);
      expect(bulk.created.find((e) => e.start.getTime() === start.getTime())!.remoteId).toBe(entry.remoteId);
      expect(bulk.skipped).toBe(0);
    } finally {
      await Promise.all(opened.splice(0).map((a) => a.close?.()));
      await proxy.close();
    }
  });
});

describe('users and projects: create', () => {
  it('adds an employee, with a follow-up PATCH for the team-leader flag, and renames one', async () => {
    const users = handlers(adapterFor(), 'user');
    const grace = await users.create!({ name: 'Grace Brewster Hopper', email: 'grace@example.com', role: 'TEAM_LEAD' });
    expect(grace).toMatchObject({ name: 'Grace Brewster Hopper', email: 'grace@example.com', role: 'TEAM_LEAD', status: 'ACTIVE' });
    expect(sim.state.employees.find((e) => e.email === 'grace@example.com')).toMatchObject({ first_name: 'Grace Brewster', last_name: 'Hopper', team_leader: true });
    const renamed = await users.update!(grace.remoteId, { name: 'Grace Hopper', status: 'INACTIVE' });
    expect(renamed).toMatchObject({ name: 'Grace Hopper', status: 'INACTIVE' });
    const listed = await users.list!({ status: 'INACTIVE' }, { token: null, size: 10 });
    expect(listed.items.map((u) => u.remoteId)).toEqual([grace.remoteId]);
  });

  it('creates a project for the company with the creator as a member', async () => {
    const projects = handlers(adapterFor(), 'project');
    const created = await projects.create!({ name: 'Mobile App', memberIds: ['11'], estimateSeconds: 500 * 3600, billable: true });
    expect(created).toMatchObject({ name: 'Mobile App', status: 'ACTIVE', estimateSeconds: 1_800_000, memberIds: ['11', '10'] });
    expect(sim.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/project-v2/10/']);
    const [read] = await projects.getMany!([created.remoteId]);
    expect((read as AnyEntity).remoteId).toBe(created.remoteId);
  });
});

describe('failures', () => {
  it('status 0 on HTTP 200 is an UpstreamError (UPSTREAM_REJECTED) with the vendor message', async () => {
    const users = handlers(adapterFor(), 'user');
    const failure = await users.create!({ name: 'Ada Again', email: 'ada@example.com' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect(failure).toMatchObject({ code: 'UPSTREAM_REJECTED', source: 'acme-dyzo', status: 200 });
    expect((failure as Error).message).toMatch(/already exists/);
    expect(requests.at(-1)).toMatchObject({ method: 'POST', path: '/employee/add/', status: 200 });
  });

  it('status 3 on HTTP 200 is UPSTREAM_AUTH_FAILED', async () => {
    const failure = await handlers(adapterFor({ companyId: 101 }), 'user').list!({}, { token: null, size: 5 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', status: 200 });
  });

  it('a bad key is UPSTREAM_AUTH_FAILED and the key appears nowhere in the error', async () => {
    const badKey = 'dyzo_not_a_real_key_0042';
    const failure = await handlers(adapterFor({ apiKey: badKey }), 'project').list!({}, { token: null, size: 5 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', status: 401 });
    expect((failure as Error).message).toMatch(/INVALID_API_KEY/);
    expect(JSON.stringify({ message: (failure as Error).message, stack: (failure as Error).stack, ...(failure as object) })).not.toContain(badKey);
    expect((failure as Error).message).not.toContain(sim.apiKey);
  });

  it('survives a 429 by waiting out Retry-After', async () => {
    sim.injectFaults({ rateLimited: 1 });
    const startedAt = Date.now();
    const page = await handlers(adapterFor(), 'user').list!({}, { token: null, size: 5 });
    expect(page.items).toHaveLength(3);
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(900);
  });

  it('ping checks the key owner; unsupported entities have no handlers', async () => {
    const adapter = adapterFor();
    await expect(adapter.ping!()).resolves.toBeUndefined();
    expect(Object.keys(adapter.entities).sort()).toEqual(['project', 'task', 'timeEntry', 'user']);
    expect(adapter.timer).toBeUndefined();
    expect(handlers(adapter, 'project').update).toBeUndefined();
  });
});

describe('mappers (pure)', () => {
  const employee = (fields: object) => DyzoEmployee.parse({ _id: 7, email: 'x@example.com', ...fields });

  it('employees: flags → role and status, name fallbacks, both id spellings', () => {
    expect(toUser('s', employee({ name: 'A B', isAdmin: true, team_leader: true }))).toMatchObject({ role: 'ADMIN', roleLabel: 'admin', status: 'ACTIVE' });
    expect(toUser('s', employee({ isTeamLeader: true, first_name: 'Ann', last_name: 'Lee' }))).toMatchObject({ role: 'TEAM_LEAD', name: 'Ann Lee' });
    expect(toUser('s', employee({ is_client: true }))).toMatchObject({ role: 'OTHER', roleLabel: 'client', name: 'x@example.com' });
    expect(toUser('s', employee({ is_active: false }))).toMatchObject({ status: 'INACTIVE', role: 'MEMBER' });
    expect(toUser('s', employee({ isDeleted: true }))).toMatchObject({ status: 'ARCHIVED' });
    expect(toUser('s', DyzoEmployee.parse({ id: '42', name: 'N' })).remoteId).toBe('42');
    expect(() => DyzoEmployee.parse({ name: 'no id' })).toThrow();
  });

  it('employee writes: names split, roles as flags, impossible values refused', () => {
    expect(splitName('  Mary  Ann Evans ')).toEqual({ first_name: 'Mary Ann', last_name: 'Evans' });
    expect(() => splitName('Plato')).toThrow(ValidationError);
    expect(toDyzoEmployeeAdd({ name: 'Ann Lee', email: 'a@x.io', role: 'OWNER' }, 100)).toEqual({ first_name: 'Ann', last_name: 'Lee', email: 'a@x.io', companyId: 100, isAdmin: true });
    expect(toDyzoEmployeeFollowUp({ name: 'Ann Lee', email: 'a@x.io', role: 'MANAGER', status: 'INACTIVE' })).toEqual({ isTeamLeader: true, is_active: false });
    expect(toDyzoEmployeeFollowUp({ name: 'Ann Lee', email: 'a@x.io', role: 'ADMIN' })).toBeNull();
    expect(toDyzoEmployeePatch({ role: 'MEMBER', status: 'ACTIVE' })).toEqual({ isAdmin: false, isTeamLeader: false, is_active: true });
    expect(() => toDyzoEmployeePatch({ status: 'PENDING' })).toThrow(ValidationError);
    expect(() => toDyzoEmployeePatch({ role: 'OTHER' })).toThrow(ValidationError);
  });

  it('projects: state booleans → status, decimal-string hours, create body', () => {
    const base = { _id: 1, name: 'P' };
    expect(toProject('s', DyzoProject.parse({ ...base, isCompleted: true, allocated_hours: '500.00' }))).toMatchObject({ status: 'COMPLETED', estimateSeconds: 1_800_000 });
    expect(toProject('s', DyzoProject.parse({ ...base, isActive: false, client: 15 }))).toMatchObject({ status: 'ARCHIVED', clientId: null, raw: expect.objectContaining({ client: 15 }), memberIds: [] });
    expect(toDyzoProjectCreate({ name: ' P ', clientId: '15', memberIds: ['5', '5', '10'], estimateSeconds: 5400, billable: true }, 100)).toEqual({
      name: 'P',
      companyId: 100,
      client: 15,
      assignee: [5, 10],
      allocated_hours: 1.5,
    });
  });

  it('tasks: positions, completion, priorities, hours and clocks; unknown values keep their label', () => {
    const task = (fields: object) => toTask('s', DyzoTask.parse({ taskId: 1, taskName: 'T', ...fields }));
    expect(task({ taskPosition: 'pending' })).toMatchObject({ status: 'TODO', priority: null, priorityLabel: null });
    expect(task({ taskPosition: 'qa_signoff' })).toMatchObject({ status: 'OTHER', statusLabel: 'qa_signoff' });
    expect(task({ taskPosition: 'in_progress', isComplete: true })).toMatchObject({ status: 'DONE', statusLabel: 'in_progress' });
    expect(task({ priority: 'critical' })).toMatchObject({ priority: null, priorityLabel: 'critical' });
    expect(task({ priority: 'low', allocated_time: '8.50', total_time: '12:05' })).toMatchObject({ priority: 'LOW', estimateSeconds: 30600, trackedSeconds: 43500 });
    expect(task({ userId: 9 })).toMatchObject({ assigneeIds: ['9'], description: null });
    expect(task({ assigned_users: [{ _id: 3 }, 4, '4'] }).assigneeIds).toEqual(['3', '4']);
    expect(parseDyzoClock('01:30:15')).toBe(5415);
    expect(parseDyzoClock('--')).toBeNull();
  });

  it('task writes: multipart fields and patches in Dyzo spelling', () => {
    const form = toDyzoTaskForm({ name: 'T', projectId: '201', assigneeIds: ['10', '11'], priority: 'TRIVIAL', estimateSeconds: 30600, status: 'TODO' });
    expect(form.getAll('assigned_users[]')).toEqual(['10', '11']);
    expect(Object.fromEntries([...form.entries()].filter(([k]) => !k.endsWith('[]')))).toEqual({
      taskName: 'T',
      projectId: '201',
      priority: 'low',
      taskPosition: 'pending',
      allocated_time: '8.5',
    });
    expect(toDyzoTaskPatch({ status: 'CLOSED', description: null, priority: null })).toEqual({ taskPosition: 'closed', isComplete: true, description: '' });
    expect(() => toDyzoTaskPatch({ status: 'OTHER' })).toThrow(ValidationError);
  });

  it('task logs: either casing, derived duration, manualAdd → origin, UTC without offset', () => {
    const camel = toTimeEntry('s', DyzoTaskLog.parse({ taskLogId: 5, taskId: 250, userId: 10, startTime: '2024-10-29T09:00:00Z', endTime: '2024-10-29T10:30:00.000Z', manualAdd: false }), '201');
    expect(camel).toMatchObject({ remoteId: '5', taskId: '250', userId: '10', projectId: '201', origin: 'TIMER', originLabel: 'timer', description: null });
    expect(entrySeconds(camel)).toBe(5400);
    const snake = toTimeEntry('s', DyzoTaskLog.parse({ id: 6, task_id: 250, employee_id: 10, start_time: '2024-10-29T09:00:00', end_time: null, manualAdd: true }), null);
    expect(snake).toMatchObject({ remoteId: '6', taskId: '250', userId: '10', end: null, origin: 'MANUAL' });
    expect(snake.start.toISOString()).toBe('2024-10-29T09:00:00.000Z');
    expect(toTimeEntry('s', DyzoTaskLog.parse({ _id: 7, startTime: '2024-10-29T09:00:00Z' }), null)).toMatchObject({ origin: 'OTHER', originLabel: null });
    expect(() => DyzoTaskLog.parse({ taskLogId: 8, startTime: 'yesterday' })).toThrow();
  });

  it('task-log writes: snake_case single create, camelCase update, instants as the docs write them', () => {
    const start = new Date('2024-10-29T09:00:00Z');
    const end = new Date('2024-10-29T10:30:00.250Z');
    expect(toDyzoTaskLogCreate({ taskId: '250', userId: '10', start, end, description: null })).toEqual({
      task_id: 250,
      employee_id: 10,
      start_time: '2024-10-29T09:00:00Z',
      end_time: '2024-10-29T10:30:00.250Z',
      description: '',
    });
    expect(toDyzoTaskLogCamel({ taskId: '250', userId: '10', start, end, description: 'd' }, 'input', true)).toEqual({
      taskId: 250,
      userId: 10,
      startTime: '2024-10-29T09:00:00Z',
      endTime: '2024-10-29T10:30:00.250Z',
      description: 'd',
      manualAdd: true,
    });
    expect(() => toDyzoTaskLogCreate({ taskId: '250', userId: '10', start, end: null })).toThrow(ValidationError);
    expect(formatDyzoInstant(start)).toBe('2024-10-29T09:00:00Z');
    expect(parseDyzoInstant('2024-10-29T11:00:00+02:00')).toBe(start.getTime());
  });

  it('list pages: data, a bare array or DRF results; a bad record is named by its path', () => {
    const schema = dyzoListPage(z.looseObject({ _id: z.number() }));
    expect(schema.parse({ status: 1, data: [{ _id: 1 }] }).data).toEqual([{ _id: 1 }]);
    expect(schema.parse([{ _id: 2 }]).data).toEqual([{ _id: 2 }]);
    expect(schema.parse({ count: 3, next: 'http://x/?page=2', results: [{ _id: 3 }] })).toMatchObject({ data: [{ _id: 3 }], next: 'http://x/?page=2' });
    const bad = schema.safeParse({ data: [{ _id: 1 }, { _id: 'x' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['data', 1, '_id']);
  });

  it('envelopes: 1/true/absent is success, 0/false a refusal, 3 unauthorised', () => {
    expect(envelopeVerdict({ status: 1 })).toBe('ok');
    expect(envelopeVerdict({ status: true })).toBe('ok');
    expect(envelopeVerdict([{ status: 0 }])).toBe('ok');
    expect(envelopeVerdict({ data: [] })).toBe('ok');
    expect(envelopeVerdict({ status: 0, message: 'no' })).toBe('rejected');
    expect(envelopeVerdict({ status: false })).toBe('rejected');
    expect(envelopeVerdict({ status: 3 })).toBe('unauthorised');
  });

  it('page tokens: stable, bound to their ordering, refused when forged', () => {
    const named = ['b', 'A', 'c', 'a'].map((name, i) => ({ name, remoteId: String(i + 9) }));
    const first = pageByName(named, { token: null, size: 2 });
    expect(first.items.map((i) => i.remoteId)).toEqual(['10', '12']);
    expect(pageByName(named, { token: first.nextPage, size: 2 }).items.map((i) => i.name)).toEqual(['b', 'c']);
    expect(() => pageByStart([], { token: first.nextPage, size: 2 })).toThrow(ValidationError);
    expect(() => pageByName(named, { token: 'not-a-token', size: 2 })).toThrow(ValidationError);
  });
});
