/**
 * Dyzo at scale (issue #12 item 1), through GraphQL against the Dyzo simulator grown to 10x the
 * demo. Counts, not times: the simulator logs every request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDyzoSimulator, type DyzoSimulator } from '../../src/sandbox/dyzo/index.js';
import { growDyzoState } from '../../src/sandbox/dyzo/scale.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.js';

const KEY = 'acme-dyzo';
const PAGE = 50;

const WALK = `query($after: String) {
  timeEntries(first: ${PAGE}, after: $after) {
    edges { node { remoteId user { name } project { name } task { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const gql = async (gw: TestGateway, query: string, variables: Record<string, unknown>) => (await (await gw.raw(JSON.stringify({ query, variables }))).json()) as GraphQLResponse<any>;

/** List pages Dyzo is read in (page_size 100; one more read after a page of 20 or 50: client.ts). */
const listPages = (rows: number) => Math.floor(rows / 100) + 1 + ([20, 50].includes(rows % 100) ? 1 : 0);

describe('Dyzo: a complete walk over 10x data (#12 item 1)', () => {
  let sim: DyzoSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    sim = await startDyzoSimulator({ dataset: 'demo', rateLimitPerMinute: 0 });
    growDyzoState(sim.state, { employees: 30, tasks: 60, taskLogs: 400 });
    gw = await startTestGateway('memory', {
      cache: 'memory',
      sources: [{ key: KEY, vendor: 'dyzo', baseUrl: sim.baseUrl, apiKey: sim.apiKey, companyId: sim.companyId, employeeId: sim.employeeId, cacheTtlSeconds: 300 }],
    });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
  });

  it('costs the formula of the adapter header cold, nothing after the first page, nothing warm', async () => {
    const walk = async () => {
      const perPage: string[][] = [];
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const before = sim.requests.length;
        const res = await gql(gw, WALK, { after });
        expect(res.errors).toBeUndefined();
        perPage.push(sim.requests.slice(before).map((r) => r.path));
        ids.push(...res.data.timeEntries.edges.map((e: any) => e.node.remoteId));
        if (!res.data.timeEntries.pageInfo.hasNextPage) break;
        after = res.data.timeEntries.pageInfo.endCursor;
      }
      return { perPage, ids };
    };
    const { state } = sim;
    const expected = state.taskLogs.map((l) => String(l.id)).sort();
    expect(expected).toHaveLength(400);
    const tasks = state.tasks.length;
    const logsPerTask = state.tasks.map((t) => state.taskLogs.filter((l) => l.taskId === t.taskId).length);
    const employees = state.employees.filter((e) => e.companyId === sim.companyId && !e.isDeleted).length;
    // The header's formula: L(T) + Σ L(logs of a task) + L(U) + L(P).
    const formula = listPages(tasks) + logsPerTask.reduce((sum, n) => sum + listPages(n), 0) + listPages(employees) + listPages(state.projects.length);

    const cold = await walk();
    expect([...cold.ids].sort()).toEqual(expected);
    expect(cold.perPage.length).toBe(Math.ceil(400 / PAGE));
    const first = cold.perPage[0]!;
    expect(first.length).toBeLessThanOrEqual(formula);
    // One read of each task's logs (each has fewer than 100), whatever the number of entries.
    expect(first.filter((p) => p.startsWith('/taskLogs/task/'))).toHaveLength(tasks);
    // Later gateway pages continue from per-item cursors and the walk's memoised reads.
    expect(cold.perPage.slice(1).flat()).toEqual([]);

    const warm = await walk();
    expect(warm.ids).toEqual(cold.ids);
    expect(warm.perPage.flat()).toEqual([]);
  });
});
