/**
 * Desklog read tolerantly (issue #10 item 14): a PHP deployment may answer every number as a
 * string (src/sandbox/desklog/php-numbers.ts, with its citations). The gateway must read the
 * same records either way, through GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDesklogSimulator, type DesklogSimulator } from '../../src/sandbox/desklog/index.js';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const DesklogTasks = graphql(`
  query DesklogTasks($filter: TaskFilter) {
    tasks(filter: $filter) { edges { node { remoteId name status estimateSeconds trackedSeconds project { remoteId } assignees { remoteId } } } }
  }
`);

describe('Desklog with numbers sent as strings', () => {
  let plain: DesklogSimulator;
  let php: DesklogSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    [plain, php] = await Promise.all([startDesklogSimulator(), startDesklogSimulator({ numbersAsStrings: true })]);
    gw = await startTestGateway('memory', {
      sources: [
        { key: 'plain', vendor: 'desklog', baseUrl: plain.baseUrl, token: plain.token, cacheTtlSeconds: 0 },
        { key: 'php', vendor: 'desklog', baseUrl: php.baseUrl, token: php.token, cacheTtlSeconds: 0 },
      ],
    });
  });
  afterAll(async () => {
    await gw.close();
    await Promise.all([plain.close(), php.close()]);
  });

  const strip = (nodes: unknown[]) => JSON.parse(JSON.stringify(nodes)) as unknown[];

  it('reads the same tasks (status, estimate, tracked time, project, assignee) either way', async () => {
    const a = await gw.request(DesklogTasks, { filter: { sources: ['plain'] } });
    const b = await gw.request(DesklogTasks, { filter: { sources: ['php'] } });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const nodesA = a.data!.tasks.edges.map((e) => e.node);
    expect(nodesA.length).toBeGreaterThan(3);
    expect(nodesA.some((t) => (t.trackedSeconds ?? 0) > 0)).toBe(true);
    expect(strip(b.data!.tasks.edges.map((e) => e.node))).toEqual(strip(nodesA));
  });

  it('reads the same users, teams, projects, tags and clients either way', async () => {
    for (const doc of [op.Users, op.Teams, op.Projects, op.Tags, op.Clients] as const) {
      const a: any = await gw.request(doc as any, { filter: { sources: ['plain'] } });
      const b: any = await gw.request(doc as any, { filter: { sources: ['php'] } });
      expect(b.errors).toBeUndefined();
      const names = (r: any) => Object.values(r.data)[0] as { edges: Array<{ node: { name?: string } }> };
      expect(names(b).edges.map((e) => e.node.name)).toEqual(names(a).edges.map((e) => e.node.name));
    }
  });

  it('reads the same attendance either way', async () => {
    const filter = { from: '2026-11-02T00:00:00Z', to: '2026-11-07T00:00:00Z' };
    const a = await gw.data(op.AttendanceQuery, { filter: { ...filter, sources: ['plain'] } });
    const b = await gw.request(op.AttendanceQuery, { filter: { ...filter, sources: ['php'] } });
    expect(b.errors).toBeUndefined();
    expect(b.data!.attendance.map((d) => [d.date, d.atWorkSeconds, d.activityPercent])).toEqual(a.attendance.map((d) => [d.date, d.atWorkSeconds, d.activityPercent]));
  });
});

describe('Desklog records that cannot be read', () => {
  let sim: DesklogSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    sim = await startDesklogSimulator();
    gw = await startTestGateway('memory', { sources: [{ key: 'desk', vendor: 'desklog', baseUrl: sim.baseUrl, token: sim.token, cacheTtlSeconds: 0 }] });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
  });

  it('answers an error in the slot of the unreadable record, the others still read', async () => {
    const { tasks } = await gw.data(op.Tasks, { filter: { sources: ['desk'] } });
    const [bad, good] = tasks.edges.map((e) => e.node.id);
    // The first task's details now name a project id that is no id at all.
    const first = sim.state.tasks.find((t) => t.task_title === tasks.edges[0]!.node.name)!;
    (first as unknown as { project_id: unknown }).project_id = { nested: 'object' };
    const result = await gw.request(op.NodesQuery, { ids: [bad!, good!] });
    expect(result.data?.nodes).toEqual([null, { __typename: 'Task', id: good }]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 0], extensions: { code: 'RESPONSE_VALIDATION_FAILED', source: 'desk' } });
  });
});
