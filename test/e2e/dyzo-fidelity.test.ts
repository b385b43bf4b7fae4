/**
 * Dyzo held to its documented shapes (issue #10 items 8, 9, 14), through GraphQL over HTTP.
 * The simulator sends what vendor-docs/dyzo.md says a record carries; the gateway must read it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDyzoSimulator, type DyzoSimulator } from '../../src/sandbox/dyzo/index.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const DYZO = 'demo-dyzo';
const RANGE = { from: '2026-11-02T00:00:00Z', to: '2026-11-21T00:00:00Z' };

const DyzoEntryIds = graphql(`
  query DyzoEntryIds($filter: TimeEntryFilter, $first: Int, $after: String) {
    timeEntries(filter: $filter, first: $first, after: $after) {
      edges { node { id remoteId durationSeconds task { remoteId } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const DyzoProjectClients = graphql(`
  query DyzoProjectClients($filter: ProjectFilter) {
    projects(filter: $filter) { edges { node { id name client { id name } } } }
  }
`);

describe('Dyzo through the gateway', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['dyzo']);
  });
  beforeEach(async () => {
    // A fresh gateway per test: no memoised reads carried from one test to the next.
    await gw?.close();
    gw = await startTestGateway('memory', { sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
  });
  afterAll(async () => {
    await gw?.close();
    await world.close();
  });

  const allEntries = async () => {
    const seen: Array<{ id: string; remoteId: string; durationSeconds: number; task: { remoteId: string } | null }> = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: any = await gw.data(DyzoEntryIds, { filter: { sources: [DYZO], ...RANGE }, first: 100, after });
      seen.push(...page.timeEntries.edges.map((e: any) => e.node));
      if (!page.timeEntries.pageInfo.hasNextPage) break;
      after = page.timeEntries.pageInfo.endCursor;
    }
    return seen;
  };

  /** Seconds of the simulator's logs inside RANGE, the truth the gateway must report. */
  const truth = () => {
    const logs = world.dyzo!.state.taskLogs.filter((l) => Date.parse(l.startTime) < Date.parse(RANGE.to) && Date.parse(l.endTime) > Date.parse(RANGE.from));
    return { count: logs.length, seconds: logs.reduce((sum, l) => sum + (Date.parse(l.endTime) - Date.parse(l.startTime)) / 1000, 0) };
  };

  it('lists every task log, not one per task, when logs carry their own id and their taskId (item 8)', async () => {
    const entries = await allEntries();
    const { count } = truth();
    expect(count).toBe(40);
    expect(entries).toHaveLength(count);
    expect(new Set(entries.map((e) => e.remoteId))).toEqual(new Set(world.dyzo!.state.taskLogs.map((l) => String(l.id))));
  });

  it('reports the true totals (item 8)', async () => {
    const { report } = await gw.data(op.Report, { input: { ...RANGE, timeZone: 'UTC', sources: [DYZO], groupBy: ['SOURCE'] } });
    const { count, seconds } = truth();
    expect(report.entryCount).toBe(count);
    expect(report.totalSeconds).toBe(seconds);
  });

  it('updates and deletes a log it has just created (item 8)', async () => {
    const tasks = await gw.data(op.Tasks, { filter: { sources: [DYZO] } });
    const task = tasks.tasks.edges.find((e) => e.node.name === 'Implement bytecode loader')!.node;
    const created = await gw.data(op.CreateTimeEntry, { input: { taskId: task.id, start: '2026-11-23T09:00:00Z', end: '2026-11-23T10:00:00Z', description: 'fresh' } });
    expect(created.createTimeEntry.__typename).toBe('CreateTimeEntrySuccess');
    const id = (created.createTimeEntry as any).timeEntry.id as string;

    const updated = await gw.data(op.UpdateTimeEntry, { input: { id, description: 'fresh, edited', end: '2026-11-23T10:30:00Z' } });
    expect(updated.updateTimeEntry).toMatchObject({ __typename: 'UpdateTimeEntrySuccess', timeEntry: { id, description: 'fresh, edited', durationSeconds: 5400 } });

    const deleted = await gw.data(op.DeleteTimeEntry, { input: { id } });
    expect(deleted.deleteTimeEntry).toMatchObject({ __typename: 'DeleteTimeEntrySuccess', timeEntry: { id } });
    expect(world.dyzo!.state.taskLogs.some((l) => l.description.startsWith('fresh'))).toBe(false);
  });
});

describe('Dyzo projects and their client link (item 9)', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['dyzo']);
    gw = await startTestGateway('memory', { sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('answers client: null, with no error, for projects with and without a Dyzo client link', async () => {
    // One demo project names a client (person) as the docs' example does; the others none.
    expect(world.dyzo!.state.projects.filter((p) => p.client !== null)).toHaveLength(1);
    const result = await gw.request(DyzoProjectClients, { filter: { sources: [DYZO] } });
    expect(result.errors).toBeUndefined();
    const projects = result.data!.projects.edges.map((e) => e.node);
    expect(projects.length).toBe(3);
    for (const project of projects) expect(project.client).toBeNull();
  });
});

describe('Dyzo lists under endpoint-specific keys (item 14)', () => {
  let sim: DyzoSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    sim = await startDyzoSimulator({ payloadKeys: 'endpoint' });
    gw = await startTestGateway('memory', {
      sources: [{ key: DYZO, vendor: 'dyzo', baseUrl: sim.baseUrl, apiKey: sim.apiKey, companyId: sim.companyId, employeeId: sim.employeeId, cacheTtlSeconds: 0 }],
    });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
  });

  it('reads users, projects, tasks and every task log wherever the list sits', async () => {
    const users = await gw.request(op.Users, { filter: { sources: [DYZO] } });
    const projects = await gw.request(op.Projects, { filter: { sources: [DYZO] } });
    const tasks = await gw.request(op.Tasks, { filter: { sources: [DYZO] } });
    const entries = await gw.request(DyzoEntryIds, { filter: { sources: [DYZO], ...RANGE }, first: 100 });
    for (const r of [users, projects, tasks, entries]) expect(r.errors).toBeUndefined();
    expect(users.data!.users.edges).toHaveLength(sim.state.employees.length);
    expect(projects.data!.projects.edges).toHaveLength(sim.state.projects.length);
    expect(tasks.data!.tasks.edges).toHaveLength(sim.state.tasks.length);
    expect(entries.data!.timeEntries.edges).toHaveLength(sim.state.taskLogs.length);
  });
});
