/**
 * The fewest vendor requests (issue #12, item 1), counted per GraphQL page: a complete
 * `timeEntries` walk over ten times the demo data (50 users x 780 entries) with user, project
 * and task, on a Clockify source. Counts, not times: the simulator logs every request.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClockifySimulator, type ClockifySimulator } from '../../src/sandbox/clockify/index.js';
import { growClockifyState } from '../../src/sandbox/clockify/scale.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const PAGE = 50;

describe('Clockify: a complete walk over 10x data', () => {
  let sim: ClockifySimulator;
  const gateways: TestGateway[] = [];
  beforeAll(async () => {
    sim = await startClockifySimulator({ dataset: 'demo', rateLimitPerSecond: 0 });
    growClockifyState(sim.state, { users: 50, entries: 780 });
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await sim.close();
  });

  const gateway = async (cacheTtlSeconds: number) => {
    const gw = await startTestGateway('memory', {
      cache: cacheTtlSeconds > 0 ? 'memory' : 'none',
      sources: [{ key: 'clockify', vendor: 'clockify', baseUrl: sim.baseUrl, reportsBaseUrl: sim.reportsBaseUrl, workspaceId: sim.workspaceId, apiKey: sim.apiKey, cacheTtlSeconds }],
    });
    gateways.push(gw);
    return gw;
  };

  /** Walks to the end; per page, the vendor paths asked while answering it. */
  const walk = async (gw: TestGateway) => {
    const perPage: string[][] = [];
    const ids: string[] = [];
    const starts: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const before = sim.requests.length;
      const data: ResultOf<typeof op.TimeEntries> = await gw.data(op.TimeEntries, { first: PAGE, after });
      perPage.push(sim.requests.slice(before).map((r) => r.path.replace(/[0-9a-f]{24}/g, ':id')));
      for (const edge of data.timeEntries.edges) {
        // A null node would be a row the gateway could not read: none is expected here.
        const node = edge.node!;
        expect(node.user?.name).toBeTruthy();
        ids.push(node.id);
        starts.push(Date.parse(node.start));
      }
      if (!data.timeEntries.pageInfo.hasNextPage) break;
      after = data.timeEntries.pageInfo.endCursor ?? null;
    }
    return { perPage, ids, starts };
  };

  it('costs at most 10 requests cold, none after the first page, and none warm', async () => {
    const gw = await gateway(300);
    const cold = await walk(gw);
    expect(cold.ids).toHaveLength(sim.state.timeEntries.length);
    expect(new Set(cold.ids).size).toBe(cold.ids.length);
    expect(cold.starts).toEqual([...cold.starts].sort((a, b) => b - a));
    expect(cold.perPage).toHaveLength(Math.ceil(780 / PAGE));

    const total = cold.perPage.flat().length;
    expect(total).toBeLessThanOrEqual(10);
    // Later pages continue from what the first read: no vendor request at all.
    expect(cold.perPage.slice(1).flat()).toEqual([]);
    expect(cold.perPage[0]!.filter((p) => p.endsWith('/reports/detailed'))).toHaveLength(1);

    const warm = await walk(gw);
    expect(warm.ids).toEqual(cold.ids);
    expect(warm.perPage.flat()).toEqual([]);
  });

  it('reads each entry list once per walk even with every cache off', async () => {
    const gw = await gateway(0);
    const { perPage, ids } = await walk(gw);
    expect(ids).toHaveLength(sim.state.timeEntries.length);
    const all = perPage.flat();
    // Entries: one report page and one in-progress page for the whole walk; only the
    // uncached lookups (user directory, project catalogue) repeat per page.
    expect(all.filter((p) => p.endsWith('/reports/detailed'))).toHaveLength(1);
    expect(all.filter((p) => p.endsWith('/time-entries/status/in-progress'))).toHaveLength(1);
    expect(all.filter((p) => p.includes('/user/'))).toEqual([]);
  });
});
