import { afterEach, describe, expect, it } from 'vitest';
import type { AnyEntity, TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { fanout, type FanoutPage } from '../../gateway/fanout.js';
import { comparatorFor } from '../../gateway/order.js';
import { startClockifySimulator, type ClockifySimulator } from '../../sandbox/clockify/index.js';
import { growClockifyState } from '../../sandbox/clockify/scale.js';
import { capabilitiesOf, type Adapter, type Page, type PageRequest } from '../contract.js';
import type { RequestInfo } from '../http.js';
import { createClockifyAdapter, type ClockifySourceConfig } from './index.js';
import { toClient } from './mappers/to-client.js';
import { toProject } from './mappers/to-project.js';
import { toClockifyTaskUpdate, toTask } from './mappers/to-task.js';
import { clockifyInstant, toClockifyEntryType, toClockifyTimeEntryBody, toTimeEntry } from './mappers/to-time-entry.js';
import { toUser } from './mappers/to-user.js';
import { byName } from './paging.js';
import { ClockifyProject, ClockifyTask, ClockifyTimeEntry, ClockifyUser } from './types.js';

const MISSING = 'ffffffffffffffffffffffff';

interface Harness {
  sim: ClockifySimulator;
  adapter: Adapter;
  requests: RequestInfo[];
}

const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) {
    await h.adapter.close?.();
    await h.sim.close();
  }
});

async function harness(overrides: Partial<ClockifySourceConfig> = {}, simOptions: { reportPageCap?: number; entries?: number } = {}): Promise<Harness> {
  const sim = await startClockifySimulator({ dataset: 'demo', reportPageCap: simOptions.reportPageCap });
  if (simOptions.entries) growClockifyState(sim.state, { users: sim.state.users.length, entries: simOptions.entries });
  const requests: RequestInfo[] = [];
  const adapter = createClockifyAdapter(
    {
      key: 'acme-clockify',
      vendor: 'clockify',
      baseUrl: sim.baseUrl,
      reportsBaseUrl: sim.reportsBaseUrl,
      workspaceId: sim.workspaceId,
      apiKey: sim.apiKey,
      timeoutMs: 5_000,
      cacheTtlSeconds: 0,
      ...overrides,
    },
    { onRequest: (info) => requests.push(info) },
  );
  const h = { sim, adapter, requests };
  open.push(h);
  return h;
}

const userId = (sim: ClockifySimulator, email: string) => sim.state.users.find((u) => u.email === email)!.id;
const byNameOf = (state: Array<{ name: string; id: string }>, name: string) => state.find((x) => x.name === name)!.id;

/** Reads a list to its last page, checking that no record comes twice. */
async function listAll<T extends { remoteId: string }>(list: (page: PageRequest) => Promise<Page<T>>, size: number): Promise<T[]> {
  const all: T[] = [];
  let token: string | null = null;
  for (let i = 0; i < 500; i++) {
    const page: Page<T> = await list({ token, size });
    expect(page.items.length).toBeLessThanOrEqual(Math.max(size, 1));
    all.push(...page.items);
    if (!page.nextPage) break;
    token = page.nextPage;
  }
  expect(new Set(all.map((x) => x.remoteId)).size).toBe(all.length);
  return all;
}

/** Pages through the gateway's own fan-out, which re-reads tokens with other sizes and skips. */
async function throughGateway<T extends AnyEntity>(adapter: Adapter, kind: 'timeEntry' | 'task', list: (page: PageRequest) => Promise<Page<T>>, first: number): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page: FanoutPage<T> = await fanout([{ adapter, list }], first, after, comparatorFor(kind));
    expect(page.failures).toEqual([]);
    all.push(...page.edges.map((e) => e.node));
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  return all;
}

const expectNameOrder = (items: Array<{ name: string; remoteId: string }>) => {
  for (let i = 1; i < items.length; i++) expect(byName(items[i - 1]!, items[i]!)).toBeLessThan(0);
};

const expectNewestFirst = (items: TimeEntry[]) => {
  for (let i = 1; i < items.length; i++) expect(items[i - 1]!.start.getTime()).toBeGreaterThanOrEqual(items[i]!.start.getTime());
};

describe('capabilities', () => {
  it('reports what Clockify can do, and not user create/delete', async () => {
    const { adapter } = await harness();
    const caps = capabilitiesOf(adapter);
    expect(caps.entities.find((c) => c.entity === 'user')?.operations).toEqual(['list', 'get', 'update']);
    for (const entity of ['team', 'client', 'project', 'task', 'tag', 'timeEntry'] as const) {
      expect(caps.entities.find((c) => c.entity === entity)?.operations).toEqual(['list', 'get', 'create', 'update', 'delete']);
    }
    expect(caps.operations).toEqual(['startTimer', 'stopTimer', 'teamMembership', 'projectMembership']);
    await expect(adapter.ping!()).resolves.toBeUndefined();
  });
});

describe('listing to the last page', () => {
  it('lists users by name, one per page', async () => {
    const { adapter, sim } = await harness();
    const users = await listAll((p) => adapter.entities.user!.list!({}, p), 1);
    expect(users.map((u) => u.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds']);
    expect(users[0]).toMatchObject({
      source: 'acme-clockify',
      remoteId: userId(sim, 'ada@example.com'),
      email: 'ada@example.com',
      status: 'ACTIVE',
      // The key's owner, as include-roles reports her.
      role: 'OWNER',
      timeZone: 'Europe/London',
    });
    const grace = await listAll((p) => adapter.entities.user!.list!({ email: 'GRACE@example.com' }, p), 5);
    expect(grace.map((u) => u.name)).toEqual(['Grace Hopper']);
    const search = await listAll((p) => adapter.entities.user!.list!({ search: 'torv' }, p), 5);
    expect(search.map((u) => u.name)).toEqual(['Linus Torvalds']);
  });

  it('lists teams with their members', async () => {
    const { adapter, sim } = await harness();
    const teams = await listAll((p) => adapter.entities.team!.list!({}, p), 1);
    expect(teams.map((t) => t.name)).toEqual(['Design', 'Engineering']);
    expect(teams[1]!.memberIds).toEqual([userId(sim, 'ada@example.com'), userId(sim, 'linus@example.com')].sort());
  });

  it('lists clients and tags', async () => {
    const { adapter } = await harness();
    const clients = await listAll((p) => adapter.entities.client!.list!({}, p), 1);
    expect(clients.map((c) => c.name)).toEqual(['Acme Corp', 'Globex']);
    expect(clients[0]).toMatchObject({ email: 'billing@acme.example', archived: false });
    const tags = await listAll((p) => adapter.entities.tag!.list!({}, p), 2);
    expect(tags.map((t) => t.name)).toEqual(['deep-work', 'meeting', 'support']);
  });

  it('lists projects with status, client, estimate and members', async () => {
    const { adapter, sim, requests } = await harness();
    const projects = await listAll((p) => adapter.entities.project!.list!({}, p), 2);
    expect(projects.map((p) => p.name)).toEqual(['Apollo Website', 'Internal Tooling', 'Legacy Migration']);
    expect(projects[0]).toMatchObject({
      clientId: byNameOf(sim.state.clients, 'Acme Corp'),
      billable: true,
      status: 'ACTIVE',
      color: '#1E88E5',
      estimateSeconds: 200 * 3600,
    });
    expect(projects[0]!.memberIds).toEqual([userId(sim, 'ada@example.com'), userId(sim, 'grace@example.com')].sort());
    expect(projects[2]).toMatchObject({ status: 'ARCHIVED', statusLabel: 'ARCHIVED', estimateSeconds: null });

    const archived = await listAll((p) => adapter.entities.project!.list!({ status: 'ARCHIVED' }, p), 5);
    expect(archived.map((p) => p.name)).toEqual(['Legacy Migration']);
    const ofAcme = await listAll((p) => adapter.entities.project!.list!({ clientIds: [byNameOf(sim.state.clients, 'Acme Corp')] }, p), 5);
    expect(ofAcme.map((p) => p.name)).toEqual(['Apollo Website']);
    requests.length = 0;
    expect(await adapter.entities.project!.list!({ status: 'ON_HOLD' }, { token: null, size: 5 })).toEqual({ items: [], nextPage: null });
    expect(requests).toHaveLength(0);
  });

  it('lists every task across projects in one name order, and per project', async () => {
    const { adapter, sim, requests } = await harness();
    requests.length = 0;
    const tasks = await listAll((p) => adapter.entities.task!.list!({}, p), 2);
    expect(tasks.map((t) => t.name)).toEqual(['Backend', 'CI pipeline', 'Code review', 'Data export', 'Design', 'Frontend']);
    // Each page reads the hydrated project list once: 3 pages, 3 requests.
    expect(requests).toHaveLength(3);
    expect(tasks.find((t) => t.name === 'Data export')).toMatchObject({ status: 'DONE', statusLabel: 'DONE' });
    const design = tasks.find((t) => t.name === 'Design')!;
    expect(design).toMatchObject({ projectId: byNameOf(sim.state.projects, 'Apollo Website'), estimateSeconds: 40 * 3600, status: 'TODO' });
    expect(design.assigneeIds).toEqual([userId(sim, 'grace@example.com')]);
    expect(design.trackedSeconds).toBeGreaterThan(0);

    const apollo = await listAll((p) => adapter.entities.task!.list!({ projectIds: [byNameOf(sim.state.projects, 'Apollo Website')] }, p), 1);
    expect(apollo.map((t) => t.name)).toEqual(['Backend', 'Design', 'Frontend']);
    const done = await listAll((p) => adapter.entities.task!.list!({ status: 'DONE' }, p), 10);
    expect(done.map((t) => t.name)).toEqual(['Data export']);
    const gateway = await throughGateway(adapter, 'task', (p) => adapter.entities.task!.list!({}, p), 4);
    expect(gateway.map((t) => t.remoteId)).toEqual(tasks.map((t) => t.remoteId));
  });

  it('lists all time entries newest first across users, with small pages', async () => {
    const { adapter, sim } = await harness();
    const entries = await listAll((p) => adapter.entities.timeEntry!.list!({}, p), 7);
    expect(entries).toHaveLength(sim.state.timeEntries.length);
    expectNewestFirst(entries);
    const users = new Set(entries.map((e) => e.userId));
    expect(users.size).toBe(3);
    const running = entries.filter((e) => e.end === null);
    expect(running).toHaveLength(1);
  });

  it('gives the same page for the same token, whatever size is asked', async () => {
    const { adapter } = await harness();
    const list = adapter.entities.timeEntry!.list!;
    const first = await list({}, { token: null, size: 4 });
    const again = await list({}, { token: first.nextPage, size: 4 });
    const wider = await list({}, { token: first.nextPage, size: 9 });
    expect(wider.items.slice(0, 4).map((e) => e.remoteId)).toEqual(again.items.map((e) => e.remoteId));
    const widerFirst = await list({}, { token: null, size: 9 });
    expect(widerFirst.items.slice(0, 4).map((e) => e.remoteId)).toEqual(first.items.map((e) => e.remoteId));
  });

  it('pages through the gateway fan-out without losing or repeating an entry', async () => {
    const { adapter, sim } = await harness();
    const entries = await throughGateway(adapter, 'timeEntry', (p) => adapter.entities.timeEntry!.list!({}, p), 6);
    expect(new Set(entries.map((e) => e.remoteId)).size).toBe(sim.state.timeEntries.length);
    expect(entries).toHaveLength(sim.state.timeEntries.length);
    expectNewestFirst(entries);
  });

  it('filters entries by user, overlap range, project, task, billable and running', async () => {
    const { adapter, sim, requests } = await harness();
    const list = (filter: Parameters<NonNullable<NonNullable<Adapter['entities']['timeEntry']>['list']>>[0]) =>
      listAll((p) => adapter.entities.timeEntry!.list!(filter, p), 3);
    const linus = userId(sim, 'linus@example.com');
    const apollo = byNameOf(sim.state.projects, 'Apollo Website');
    const tooling = byNameOf(sim.state.projects, 'Internal Tooling');
    const ci = byNameOf(sim.state.tasks, 'CI pipeline');

    const ofLinus = await list({ userIds: [linus] });
    expect(ofLinus).toHaveLength(sim.state.timeEntries.filter((e) => e.userId === linus).length);
    expect(await list({ userIds: [MISSING] })).toEqual([]);

    // The night deploy runs 22:30 → 01:15 across midnight: a range starting at midnight overlaps it.
    const night = sim.state.timeEntries.find((e) => e.description === 'Night deploy of the build farm')!;
    const midnight = new Date(Date.parse(night.end!) - 75 * 60_000);
    const nextMorning = await list({ userIds: [linus], from: midnight, to: new Date(midnight.getTime() + 3 * 3600_000) });
    expect(nextMorning.map((e) => e.remoteId)).toEqual([night.id]);

    const week = { from: new Date('2026-11-09T00:00:00Z'), to: new Date('2026-11-16T00:00:00Z') };
    const inWeek = await list(week);
    const expected = sim.state.timeEntries.filter((e) => Date.parse(e.start) < week.to.getTime() && (e.end === null || Date.parse(e.end) > week.from.getTime()));
    expect(inWeek.map((e) => e.remoteId).sort()).toEqual(expected.map((e) => e.id).sort());
    expectNewestFirst(inWeek);

    const onApollo = await list({ projectIds: [apollo] });
    expect(onApollo).toHaveLength(sim.state.timeEntries.filter((e) => e.projectId === apollo).length);
    const onTwo = await list({ projectIds: [apollo, tooling] });
    expect(onTwo).toHaveLength(sim.state.timeEntries.filter((e) => e.projectId === apollo || e.projectId === tooling).length);
    const onCi = await list({ taskIds: [ci] });
    expect(onCi).toHaveLength(sim.state.timeEntries.filter((e) => e.taskId === ci).length);
    const billable = await list({ billable: true });
    expect(billable).toHaveLength(sim.state.timeEntries.filter((e) => e.billable).length);
    const finished = await list({ running: false });
    expect(finished).toHaveLength(sim.state.timeEntries.length - 1);
    const running = await list({ running: true });
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({ end: null, userId: userId(sim, 'ada@example.com') });
    // Calls paced by the client's limit: the simulator's 50/s limit is at most grazed
    // (arrival jitter under a loaded machine), and every such 429 was retried away.
    expect(requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(3);
  });

  it('reads a time-entry page with one report and one in-progress call; later pages of the walk ask nothing', async () => {
    const { adapter, requests } = await harness();
    const shape = () => requests.map((r) => r.path.replace(/[0-9a-f]{24}/g, ':id'));
    const first = await adapter.entities.timeEntry!.list!({}, { token: null, size: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.cursors).toHaveLength(5);
    expect(shape()).toEqual(['/workspaces/:id/time-entries/status/in-progress', '/workspaces/:id/reports/detailed']);
    requests.length = 0;
    const second = await adapter.entities.timeEntry!.list!({}, { token: first.nextPage, size: 5 });
    expect(second.items).toHaveLength(5);
    expect(requests).toEqual([]);
    // Resuming after the third item gives the fourth and fifth first: cursors are exact.
    const mid = await adapter.entities.timeEntry!.list!({}, { token: first.cursors![2]!, size: 2 });
    expect(mid.items.map((e) => e.remoteId)).toEqual(first.items.slice(3, 5).map((e) => e.remoteId));
    // A new walk reads afresh (no cache configured here).
    await adapter.entities.timeEntry!.list!({}, { token: null, size: 5 });
    expect(shape()).toEqual(['/workspaces/:id/time-entries/status/in-progress', '/workspaces/:id/reports/detailed']);
  });

  it('walks past one report page, and pages on in the server page size when it serves fewer rows than asked', async () => {
    for (const cap of [1000, 200]) {
      const { sim, adapter, requests } = await harness({}, { entries: 1234, reportPageCap: cap });
      const all = await listAll((p) => adapter.entities.timeEntry!.list!({}, p), 150);
      expect(all).toHaveLength(sim.state.timeEntries.length);
      expectNewestFirst(all);
      const reports = requests.filter((r) => r.path.endsWith('/reports/detailed')).length;
      expect(reports).toBe(Math.ceil((sim.state.timeEntries.length - 1) / cap));
    }
  });

  it('refuses a page token it did not issue', async () => {
    const { adapter } = await harness();
    await expect(adapter.entities.client!.list!({}, { token: 'bm9wZQ', size: 5 })).rejects.toBeInstanceOf(ValidationError);
    await expect(adapter.entities.timeEntry!.list!({}, { token: 'garbage!', size: 5 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('getMany', () => {
  it('returns records in key order with a NotFoundError in the slot of a missing id', async () => {
    const { adapter, sim } = await harness();
    const cases = [
      ['user', sim.state.users[1]!.id],
      ['team', sim.state.userGroups[0]!.id],
      ['client', sim.state.clients[1]!.id],
      ['project', sim.state.projects[0]!.id],
      ['task', sim.state.tasks[3]!.id],
      ['tag', sim.state.tags[2]!.id],
      ['timeEntry', sim.state.timeEntries[5]!.id],
    ] as const;
    for (const [kind, id] of cases) {
      const handlers = adapter.entities[kind] as { getMany: (ids: string[]) => Promise<Array<{ remoteId: string } | Error>> };
      const [missing, found] = await handlers.getMany([MISSING, id]);
      expect(missing, kind).toBeInstanceOf(NotFoundError);
      expect((found as { remoteId: string }).remoteId, kind).toBe(id);
    }
  });

  it('looks up several clients, tags or projects with one list read, plus one GET per id the list lacks', async () => {
    const { adapter, sim, requests } = await harness();
    const cases = [
      ['client', sim.state.clients.map((c) => c.id), '/clients'],
      ['tag', sim.state.tags.map((t) => t.id), '/tags'],
      ['project', sim.state.projects.map((p) => p.id), '/projects'],
    ] as const;
    for (const [kind, ids, path] of cases) {
      requests.length = 0;
      const handlers = adapter.entities[kind] as { getMany: (ids: string[]) => Promise<Array<{ remoteId: string } | Error>> };
      const found = await handlers.getMany([...ids, MISSING]);
      expect(found.slice(0, ids.length).map((f) => (f as { remoteId: string }).remoteId), kind).toEqual(ids);
      expect(found[ids.length], kind).toBeInstanceOf(NotFoundError);
      const shapes = requests.map((r) => r.path.replace(/[0-9a-f]{24}/g, ':id'));
      expect(shapes, kind).toEqual([`/workspaces/:id${path}`, `/workspaces/:id${path}/:id`]);
    }
  });
});

describe('writes', () => {
  it('creates, updates and deletes a client', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.client!;
    const created = await h.create!({ name: 'Initech', email: 'ap@initech.example' });
    expect(created).toMatchObject({ name: 'Initech', email: 'ap@initech.example', archived: false });
    const updated = await h.update!(created.remoteId, { name: 'Initech Ltd', archived: true });
    expect(updated).toMatchObject({ name: 'Initech Ltd', email: 'ap@initech.example', archived: true });
    await h.delete!(created.remoteId);
    expect(sim.state.clients.find((c) => c.id === created.remoteId)).toBeUndefined();
    await expect(h.delete!(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.update!(MISSING, { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates, updates and deletes a tag', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.tag!;
    const created = await h.create!({ name: 'urgent' });
    expect((await h.update!(created.remoteId, { name: 'very-urgent' })).name).toBe('very-urgent');
    await h.delete!(created.remoteId);
    expect(sim.state.tags.some((t) => t.id === created.remoteId)).toBe(false);
  });

  it('creates a team with members, renames it, changes members and deletes it', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.team!;
    const ada = userId(sim, 'ada@example.com');
    const linus = userId(sim, 'linus@example.com');
    const grace = userId(sim, 'grace@example.com');
    const created = await h.create!({ name: 'Platform', memberIds: [ada, linus] });
    expect(created.memberIds).toEqual([ada, linus].sort());
    const updated = await h.update!(created.remoteId, { name: 'Platform Team', memberIds: [grace, linus] });
    expect(updated).toMatchObject({ name: 'Platform Team', memberIds: [grace, linus].sort() });
    await adapter.teamMembers!.add(created.remoteId, [ada]);
    await adapter.teamMembers!.remove(created.remoteId, [linus]);
    expect(sim.state.userGroups.find((g) => g.id === created.remoteId)!.userIds.sort()).toEqual([ada, grace].sort());
    const [read] = await h.getMany!([created.remoteId]);
    expect((read as { memberIds: string[] }).memberIds).toEqual([ada, grace].sort());
    await h.delete!(created.remoteId);
    expect(sim.state.userGroups.some((g) => g.id === created.remoteId)).toBe(false);
  });

  it('creates, updates, re-members, archives and deletes a project', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.project!;
    const acme = byNameOf(sim.state.clients, 'Acme Corp');
    const ada = userId(sim, 'ada@example.com');
    const grace = userId(sim, 'grace@example.com');
    const created = await h.create!({ name: 'Zeta', clientId: acme, billable: true, color: '#AB47BC', memberIds: [ada], estimateSeconds: 36_000 });
    expect(created).toMatchObject({ name: 'Zeta', clientId: acme, billable: true, color: '#AB47BC', memberIds: [ada], status: 'ACTIVE', estimateSeconds: 36_000 });
    const updated = await h.update!(created.remoteId, { name: 'Zeta 2', clientId: null, billable: false, memberIds: [grace] });
    expect(updated).toMatchObject({ name: 'Zeta 2', clientId: null, billable: false, memberIds: [grace] });
    await adapter.projectMembers!.add(created.remoteId, [ada]);
    expect((await h.update!(created.remoteId, { status: 'ARCHIVED' })).status).toBe('ARCHIVED');
    expect(sim.state.projects.find((p) => p.id === created.remoteId)!.memberships.map((m) => m.userId).sort()).toEqual([ada, grace].sort());
    await expect(h.update!(created.remoteId, { status: 'ON_HOLD' })).rejects.toBeInstanceOf(ValidationError);
    await h.delete!(created.remoteId);
    expect(sim.state.projects.some((p) => p.id === created.remoteId)).toBe(false);

    // An active project is archived first, since Clockify refuses to delete it otherwise.
    const active = await h.create!({ name: 'Short-lived' });
    await h.delete!(active.remoteId);
    const [gone] = await h.getMany!([active.remoteId]);
    expect(gone).toBeInstanceOf(NotFoundError);
  });

  it('creates, updates and deletes a task, found by its plain id', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.task!;
    const tooling = byNameOf(sim.state.projects, 'Internal Tooling');
    const linus = userId(sim, 'linus@example.com');
    const created = await h.create!({ name: 'Flaky tests', projectId: tooling, assigneeIds: [linus], estimateSeconds: 7_200 });
    expect(created).toMatchObject({ name: 'Flaky tests', projectId: tooling, assigneeIds: [linus], estimateSeconds: 7_200, status: 'TODO' });
    expect(created.remoteId).toMatch(/^[0-9a-f]{24}$/);
    const updated = await h.update!(created.remoteId, { name: 'Fix flaky tests', status: 'DONE' });
    expect(updated).toMatchObject({ name: 'Fix flaky tests', status: 'DONE', assigneeIds: [linus], estimateSeconds: 7_200 });
    await expect(h.update!(created.remoteId, { projectId: byNameOf(sim.state.projects, 'Apollo Website') })).rejects.toBeInstanceOf(ValidationError);
    await h.delete!(created.remoteId);
    expect(sim.state.tasks.some((t) => t.id === created.remoteId)).toBe(false);
    await expect(h.delete!(created.remoteId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.create!({ name: 'Orphan', projectId: MISSING })).rejects.toBeInstanceOf(ValidationError);
  });

  it('creates entries for the key owner and for another user, updates by full replace, deletes', async () => {
    const { adapter, sim } = await harness();
    const h = adapter.entities.timeEntry!;
    const ada = userId(sim, 'ada@example.com');
    const grace = userId(sim, 'grace@example.com');
    const apollo = byNameOf(sim.state.projects, 'Apollo Website');
    const tooling = byNameOf(sim.state.projects, 'Internal Tooling');
    const design = byNameOf(sim.state.tasks, 'Design');
    const meeting = byNameOf(sim.state.tags, 'meeting');
    const start = new Date('2026-12-01T09:00:00.750Z');

    const own = await h.create!({ start, end: new Date('2026-12-01T10:30:00Z'), description: 'Planning', projectId: tooling, billable: false });
    expect(own).toMatchObject({ userId: ada, projectId: tooling, description: 'Planning', billable: false, type: 'WORK' });
    expect(own.start.toISOString()).toBe('2026-12-01T09:00:00.000Z');

    // Only the task is given: its project is looked up, since Clockify needs both.
    const forGrace = await h.create!({ userId: grace, start, end: new Date('2026-12-01T11:00:00Z'), taskId: design, tagIds: [meeting] });
    expect(forGrace).toMatchObject({ userId: grace, projectId: apollo, taskId: design, tagIds: [meeting] });
    expect(sim.state.timeEntries.find((e) => e.id === forGrace.remoteId)!.userId).toBe(grace);

    const updated = await h.update!(forGrace.remoteId, { description: 'Design review' });
    expect(updated).toMatchObject({ description: 'Design review', projectId: apollo, taskId: design, tagIds: [meeting], userId: grace });
    expect(updated.end?.toISOString()).toBe('2026-12-01T11:00:00.000Z');

    const moved = await h.update!(forGrace.remoteId, { projectId: tooling, type: 'BREAK' });
    expect(moved).toMatchObject({ projectId: tooling, taskId: null, type: 'BREAK', description: 'Design review' });
    await expect(h.update!(forGrace.remoteId, { userId: ada })).rejects.toBeInstanceOf(ValidationError);
    await expect(h.create!({ start, type: 'IDLE' })).rejects.toBeInstanceOf(ValidationError);
    await expect(h.create!({ start, end: new Date('2026-12-01T08:00:00Z') })).rejects.toBeInstanceOf(ValidationError);

    await h.delete!(own.remoteId);
    const [gone] = await h.getMany!([own.remoteId]);
    expect(gone).toBeInstanceOf(NotFoundError);
    await expect(h.delete!(own.remoteId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('changes a user status, and refuses what Clockify cannot change', async () => {
    const { adapter, sim } = await harness();
    const linus = userId(sim, 'linus@example.com');
    expect(await adapter.entities.user!.update!(linus, { status: 'INACTIVE' })).toMatchObject({ status: 'INACTIVE', statusLabel: 'INACTIVE' });
    expect(await adapter.entities.user!.update!(linus, { status: 'ACTIVE' })).toMatchObject({ status: 'ACTIVE' });
    await expect(adapter.entities.user!.update!(linus, { name: 'Linus' })).rejects.toBeInstanceOf(ValidationError);
    await expect(adapter.entities.user!.update!(linus, { status: 'ARCHIVED' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('timer', () => {
  it('starts and stops the key owner’s timer; stopping again returns null', async () => {
    const { adapter, sim } = await harness();
    const ada = userId(sim, 'ada@example.com');
    const apollo = byNameOf(sim.state.projects, 'Apollo Website');
    const started = await adapter.timer!.start({ projectId: apollo, description: 'Deep work', start: new Date('2026-12-02T08:00:00Z') });
    expect(started).toMatchObject({ userId: ada, projectId: apollo, end: null });
    // Clockify stops the timer that was running before (the demo's last afternoon entry).
    expect(sim.state.timeEntries.filter((e) => e.userId === ada && e.end === null).map((e) => e.id)).toEqual([started.remoteId]);
    const stopped = await adapter.timer!.stop({ end: new Date('2026-12-02T09:15:00Z') });
    expect(stopped).toMatchObject({ remoteId: started.remoteId });
    expect(stopped!.end!.toISOString()).toBe('2026-12-02T09:15:00.000Z');
    expect(await adapter.timer!.stop({})).toBeNull();
  });

  it('runs a timer for another user', async () => {
    const { adapter, sim } = await harness();
    const grace = userId(sim, 'grace@example.com');
    const started = await adapter.timer!.start({ userId: grace, start: new Date('2026-12-02T08:00:00Z') });
    expect(started).toMatchObject({ userId: grace, end: null });
    const stopped = await adapter.timer!.stop({ userId: grace, end: new Date('2026-12-02T08:30:00Z') });
    expect(stopped?.remoteId).toBe(started.remoteId);
  });
});

describe('faults', () => {
  it('survives injected 5xx by retrying', async () => {
    const { adapter, sim, requests } = await harness();
    sim.injectFaults({ serverErrors: 2 });
    const page = await adapter.entities.client!.list!({}, { token: null, size: 10 });
    expect(page.items).toHaveLength(2);
    expect(requests.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('survives an injected 429 by waiting and retrying', async () => {
    const { adapter, sim, requests } = await harness();
    sim.injectFaults({ rateLimited: 1 });
    const page = await adapter.entities.tag!.list!({}, { token: null, size: 10 });
    expect(page.items).toHaveLength(3);
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('does not repeat a create after a 5xx', async () => {
    const { adapter, sim, requests } = await harness();
    sim.injectFaults({ serverErrors: 1 });
    await expect(adapter.entities.tag!.create!({ name: 'once' })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'acme-clockify' });
    expect(requests).toHaveLength(1);
  });

  it('reports a wrong API key as UPSTREAM_AUTH_FAILED without the key', async () => {
    const wrongKey = 'wrong-key-3b9e1d7c5a4f2e80';
    const { adapter } = await harness({ apiKey: wrongKey });
    const error = await adapter.entities.user!.list!({}, { token: null, size: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', source: 'acme-clockify', status: 401 });
    expect((error as Error).message).not.toContain(wrongKey);
  });

  it('reports a malformed body as RESPONSE_VALIDATION_FAILED', async () => {
    const { adapter, sim } = await harness();
    sim.injectFaults({ malformed: 1 });
    await expect(adapter.entities.tag!.list!({}, { token: null, size: 5 })).rejects.toMatchObject({ code: 'RESPONSE_VALIDATION_FAILED' });
  });
});

describe('mappers', () => {
  const entry = (timeInterval: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    toTimeEntry(ClockifyTimeEntry.parse({ id: 'a'.repeat(24), userId: 'b'.repeat(24), timeInterval, ...extra }), 'src');

  it('reads Clockify durations: ISO, days, bare seconds, and null while running', () => {
    const start = '2026-01-01T00:00:00Z';
    expect(entry({ start, end: null, duration: 'PT1H30M' }).end?.toISOString()).toBe('2026-01-01T01:30:00.000Z');
    expect(entry({ start, end: null, duration: 'P1DT2H' }).end?.toISOString()).toBe('2026-01-02T02:00:00.000Z');
    expect(entry({ start, end: null, duration: '8000' }).end?.toISOString()).toBe('2026-01-01T02:13:20.000Z');
    expect(entry({ start, end: null, duration: null }).end).toBeNull();
    expect(entry({ start, end: '2026-01-01T00:45:00Z', duration: 'PT45M' }).end?.toISOString()).toBe('2026-01-01T00:45:00.000Z');
    const task = toTask(ClockifyTask.parse({ id: 't', name: 'T', projectId: 'p', duration: 'PT26H3M', estimate: 'PT0S' }), 'src');
    expect(task).toMatchObject({ trackedSeconds: 26 * 3600 + 180, estimateSeconds: null });
  });

  it('maps entry fields and writes whole-second UTC instants', () => {
    const e = entry({ start: '2026-01-01T00:00:00Z', end: '2026-01-01T01:00:00Z' }, { projectId: '', taskId: null, tagIds: null, type: 'BREAK', billable: null });
    expect(e).toMatchObject({ projectId: null, taskId: null, tagIds: [], type: 'BREAK', billable: false, origin: 'OTHER' });
    expect(entry({ start: '2026-01-01T00:00:00Z' }, { type: 'HOLIDAY' }).type).toBe('WORK');
    expect(clockifyInstant(new Date('2026-03-04T05:06:07.999Z'))).toBe('2026-03-04T05:06:07Z');
    expect(toClockifyEntryType('BREAK')).toBe('BREAK');
    expect(() => toClockifyEntryType('IDLE')).toThrow(ValidationError);
    const body = toClockifyTimeEntryBody({
      start: new Date('2026-01-01T00:00:00Z'),
      end: null,
      billable: null,
      description: null,
      projectId: null,
      taskId: null,
      tagIds: ['x', 'x'],
      type: 'REGULAR',
    });
    expect(body).toEqual({ start: '2026-01-01T00:00:00Z', description: '', tagIds: ['x'], type: 'REGULAR' });
  });

  it('maps unknown enum values to OTHER and keeps the label', () => {
    const user = toUser(ClockifyUser.parse({ id: 'u', name: 'U', roles: [{ role: 'SUPER_ADMIN' }] }), 'src', 'w');
    expect(user).toMatchObject({ role: 'OTHER', roleLabel: 'SUPER_ADMIN' });
    const task = toTask(ClockifyTask.parse({ id: 't', name: 'T', projectId: 'p', status: 'ARCHIVED' }), 'src');
    expect(task).toMatchObject({ status: 'OTHER', statusLabel: 'ARCHIVED' });
  });

  it('maps roles and statuses', () => {
    const map = (raw: Record<string, unknown>) => toUser(ClockifyUser.parse({ id: 'u', name: 'U', ...raw }), 'src', 'w');
    expect(map({ roles: ['TEAM_MANAGER', 'WORKSPACE_ADMIN'] })).toMatchObject({ role: 'ADMIN', roleLabel: 'WORKSPACE_ADMIN' });
    expect(map({ roles: [{ role: 'OWNER' }] }).role).toBe('OWNER');
    expect(map({ roles: ['PROJECT_MANAGER'] }).role).toBe('MANAGER');
    expect(map({}).role).toBe('MEMBER');
    const membership = (status: string) => ({ memberships: [{ userId: 'u', targetId: 'w', membershipType: 'WORKSPACE', membershipStatus: status }] });
    expect(map({ status: 'ACTIVE', ...membership('INACTIVE') })).toMatchObject({ status: 'INACTIVE' });
    expect(map({ status: 'PENDING_EMAIL_VERIFICATION', ...membership('ACTIVE') })).toMatchObject({ status: 'PENDING' });
    expect(map({ status: 'DELETED' })).toMatchObject({ status: 'ARCHIVED', statusLabel: 'DELETED' });
    expect(map({ status: 'SUSPENDED' })).toMatchObject({ status: 'INACTIVE', statusLabel: 'SUSPENDED' });
  });

  it('maps projects, clients and task writes', () => {
    const project = toProject(
      ClockifyProject.parse({ id: 'p', name: 'P', clientId: '', archived: false, timeEstimate: { estimate: 'PT10H', active: true }, memberships: [{ userId: 'b' }, { userId: 'a' }, { userId: 'a' }] }),
      'src',
    );
    expect(project).toMatchObject({ clientId: null, status: 'ACTIVE', estimateSeconds: 36_000, memberIds: ['a', 'b'], billable: false });
    expect(toClient({ id: 'c', name: 'C', email: '' }, 'src')).toMatchObject({ email: null, archived: false });
    const current = ClockifyTask.parse({ id: 't', name: 'T', projectId: 'p', assigneeIds: ['u'], estimate: 'PT2H', status: 'ACTIVE', billable: true });
    expect(toClockifyTaskUpdate(current, { status: 'CLOSED' })).toEqual({ name: 'T', assigneeIds: ['u'], estimate: 'PT2H', status: 'DONE', billable: true });
    expect(toClockifyTaskUpdate(current, { name: 'U', estimateSeconds: null, assigneeIds: [] })).toMatchObject({ name: 'U', estimate: 'PT0S', assigneeIds: [], status: 'ACTIVE' });
  });
});
