/**
 * TimeTrack at scale (issue #12 item 1), through GraphQL against the TimeTrack simulator grown to
 * 10x the demo. Counts, not times: the simulator logs every request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimeTrackSimulator, type TimeTrackSimulator } from '../../src/sandbox/timetrack/index.js';
import { growTimeTrackState } from '../../src/sandbox/timetrack/scale.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.js';

const KEY = 'acme-timetrack';
const PAGE = 50;

const WALK = `query($after: String) {
  timeEntries(first: ${PAGE}, after: $after) {
    edges { node { remoteId user { name } project { name } task { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const gql = async (gw: TestGateway, query: string, variables: Record<string, unknown>) => (await (await gw.raw(JSON.stringify({ query, variables }))).json()) as GraphQLResponse<any>;

/** Pages of limit 1000, read to the first short page (client.ts). */
const listPages = (rows: number) => Math.floor(rows / 1000) + 1;

describe('TimeTrack: a complete walk over 10x data (#12 item 1)', () => {
  let sim: TimeTrackSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    sim = await startTimeTrackSimulator({ dataset: 'demo' });
    growTimeTrackState(sim.state, { users: 30, entries: 400 });
    gw = await startTestGateway('memory', {
      cache: 'memory',
      sources: [{ key: KEY, vendor: 'timetrack', baseUrl: sim.baseUrl, apiKey: sim.apiKey, apiSecret: sim.apiSecret, timeZone: sim.timeZone, cacheTtlSeconds: 300 }],
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
    const { users, projects, tasks, clients, entries } = sim.state;
    const expected = entries.map((e) => String(e.id)).sort();
    expect(expected).toHaveLength(400);
    // The header's formula: L(E) + L(U) + L(P) + L(T) + L(C).
    const formula = listPages(entries.length) + listPages(users.length) + listPages(projects.length) + listPages(tasks.length) + listPages(clients.length);

    const cold = await walk();
    expect([...cold.ids].sort()).toEqual(expected);
    expect(cold.perPage.length).toBe(Math.ceil(400 / PAGE));
    const first = cold.perPage[0]!;
    expect(first.length).toBeLessThanOrEqual(formula);
    // 400 entries in one page of limit 1000: one entry read for the whole walk.
    expect(first.filter((p) => p.endsWith('/project_time_entries'))).toHaveLength(1);
    // Later gateway pages continue from per-item cursors and the walk's memoised read.
    expect(cold.perPage.slice(1).flat()).toEqual([]);

    const warm = await walk();
    expect(warm.ids).toEqual(cold.ids);
    expect(warm.perPage.flat()).toEqual([]);
  });
});
