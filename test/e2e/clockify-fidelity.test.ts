/**
 * Clockify as the real service behaves, seen through GraphQL (issue #10, items 12, 14 and 15):
 * entries that began long before the window, user records whose `roles` vary in shape, a PUT
 * that replaces the whole entry, and a timer start that must stop the running entry itself.
 * The simulator follows the vendor (see the citations in src/sandbox/clockify/); each test
 * sets up vendor data directly in the simulator's store, then asks the gateway.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startClockifySimulator, type ClockifySimulator } from '../../src/sandbox/clockify/index.js';
import type { StoredTimeEntry } from '../../src/sandbox/clockify/state.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const SOURCE = 'clockify';

describe('Clockify fidelity through GraphQL', () => {
  let sim: ClockifySimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    sim = await startClockifySimulator({ dataset: 'demo', rateLimitPerSecond: 0 });
    gw = await startTestGateway('memory', {
      sources: [{ key: SOURCE, vendor: 'clockify', baseUrl: sim.baseUrl, reportsBaseUrl: sim.reportsBaseUrl, workspaceId: sim.workspaceId, apiKey: sim.apiKey, cacheTtlSeconds: 0 }],
    });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
  });

  const userOf = (email: string) => sim.state.users.find((u) => u.email === email)!.id;
  const addEntry = (fields: Partial<StoredTimeEntry> & Pick<StoredTimeEntry, 'userId' | 'start' | 'end' | 'description'>): StoredTimeEntry => {
    const entry: StoredTimeEntry = { id: sim.state.nextId(), projectId: null, taskId: null, tagIds: [], billable: false, type: 'REGULAR', isLocked: false, invoiced: false, ...fields };
    sim.state.timeEntries.push(entry);
    return entry;
  };
  const entriesIn = async (from: string, to: string) => {
    const data = await gw.data(op.TimeEntries, { first: 200, filter: { from, to } });
    // A null node is an unreadable row (an error in its slot): none is expected here.
    return data.timeEntries.edges.map((e) => e.node!);
  };
  const globalIdOf = async (description: string) => {
    const data = await gw.data(op.TimeEntries, { first: 200 });
    return data.timeEntries.edges.find((e) => e.node?.description === description)!.node!.id;
  };

  describe('item 12: every entry overlapping [from, to), whatever its length', () => {
    beforeEach(() => {
      sim.state.timeEntries = sim.state.timeEntries.filter((e) => !e.description.startsWith('Long-running:'));
    });

    it('finds a completed entry that started days before `from` and a timer running since weeks before it', async () => {
      const linus = userOf('linus@example.com');
      const grace = userOf('grace@example.com');
      // Four days long, ending inside the window; and a timer running since October.
      addEntry({ userId: linus, start: '2026-11-01T08:00:00Z', end: '2026-11-05T10:00:00Z', description: 'Long-running: migration weekend' });
      addEntry({ userId: grace, start: '2026-10-20T09:00:00Z', end: null, description: 'Long-running: forgotten timer' });
      // Entirely before the window: not an overlap.
      addEntry({ userId: linus, start: '2026-10-01T08:00:00Z', end: '2026-10-02T08:00:00Z', description: 'Long-running: finished before' });

      const found = await entriesIn('2026-11-05T00:00:00Z', '2026-11-06T00:00:00Z');
      const names = found.map((e) => e.description);
      expect(names).toContain('Long-running: migration weekend');
      expect(names).toContain('Long-running: forgotten timer');
      expect(names).not.toContain('Long-running: finished before');
      expect(found.find((e) => e.description === 'Long-running: forgotten timer')).toMatchObject({ running: true, end: null });

      // The same answer as the store holds: every entry overlapping the window, nothing else.
      const from = Date.parse('2026-11-05T00:00:00Z');
      const to = Date.parse('2026-11-06T00:00:00Z');
      const truth = sim.state.timeEntries.filter((e) => Date.parse(e.start) < to && (e.end === null || Date.parse(e.end) > from));
      expect(found).toHaveLength(truth.length);
    });
  });

  describe('item 14: tolerant reading of user records', () => {
    const usersQuery = async () => {
      const response = await gw.raw(JSON.stringify({ query: '{ users(first: 100) { edges { node { name email role } } } }' }));
      return (await response.json()) as { data?: { users: { edges: Array<{ node: { name: string; email: string | null; role: string } }> } } | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    };

    it('reads roles as include-roles sends them, and a record it cannot read is an error of its own while the others list', async () => {
      const healthy = await usersQuery();
      expect(healthy.errors).toBeUndefined();
      const roleOf = (email: string) => healthy.data!.users.edges.find((e) => e.node.email === email)!.node.role;
      expect(roleOf('ada@example.com')).toBe('OWNER');

      // A record without a usable id (synthetic: nothing to address it by) among the real ones.
      const broken = { ...sim.state.users[1]!, id: '', email: 'broken@example.com', name: 'Broken Record' };
      sim.state.users.push(broken);
      try {
        const result = await usersQuery();
        const emails = result.data!.users.edges.map((e) => e.node.email);
        expect(emails.sort()).toEqual(sim.state.users.filter((u) => u.id).map((u) => u.email).sort());
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0]!.extensions).toMatchObject({ code: 'RESPONSE_VALIDATION_FAILED', source: SOURCE });
        expect(result.errors![0]!.message).toMatch(/without an id/);
      } finally {
        sim.state.users = sim.state.users.filter((u) => u !== broken);
      }
    });
  });

  it('item 14: a report row it cannot read is an error of its own; the other entries list', async () => {
    // Synthetic: an entry whose row carries no user id, among the real ones.
    const odd = addEntry({ userId: '', start: '2026-11-17T09:00:00Z', end: '2026-11-17T10:00:00Z', description: 'Odd row' });
    try {
      const response = await gw.raw(JSON.stringify({ query: '{ timeEntries(first: 200) { edges { node { description } } } }' }));
      const result = (await response.json()) as { data?: { timeEntries: { edges: Array<{ node: { description: string } }> } }; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      expect(result.data!.timeEntries.edges).toHaveLength(sim.state.timeEntries.length - 1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'RESPONSE_VALIDATION_FAILED', source: SOURCE });
      expect(result.errors![0]!.message).toContain(odd.id);
    } finally {
      sim.state.timeEntries = sim.state.timeEntries.filter((e) => e !== odd);
    }
  });

  describe('item 15: writes that must not destroy', () => {
    it('an update resends what it does not change, custom field values included (PUT is a full replace)', async () => {
      const linus = userOf('linus@example.com');
      const task = sim.state.tasks[0]!;
      const tag = sim.state.tags[0]!;
      const entry = addEntry({
        userId: linus,
        start: '2026-11-18T09:00:00Z',
        end: '2026-11-18T10:30:00Z',
        description: 'Keep my fields',
        projectId: task.projectId,
        taskId: task.id,
        tagIds: [tag.id],
        billable: true,
        customFieldValues: [{ customFieldId: '6592008000000000c10cf001', value: 'PO-4711' }],
      });
      const id = await globalIdOf('Keep my fields');
      const result = await gw.data(op.UpdateTimeEntry, { input: { id, description: 'Kept my fields' } });
      expect(result.updateTimeEntry.__typename).toBe('UpdateTimeEntrySuccess');

      const stored = sim.state.timeEntries.find((e) => e.id === entry.id)!;
      expect(stored).toMatchObject({
        description: 'Kept my fields',
        projectId: task.projectId,
        taskId: task.id,
        tagIds: [tag.id],
        billable: true,
        start: '2026-11-18T09:00:00Z',
        end: '2026-11-18T10:30:00Z',
      });
      expect(stored.customFieldValues).toEqual([{ customFieldId: '6592008000000000c10cf001', value: 'PO-4711' }]);
    });

    it('a timer start stops the running entry first, at the new start, as the official CLI does', async () => {
      const ada = sim.state.ownerId;
      const running = sim.state.timeEntries.filter((e) => e.userId === ada && e.end === null);
      expect(running).toHaveLength(1);
      const previous = running[0]!;
      const start = new Date(Date.parse(previous.start) + 3_600_000).toISOString();

      const result = await gw.data(op.StartTimer, { input: { source: SOURCE, description: 'Next task', start } });
      expect(result.startTimer.__typename).toBe('StartTimerSuccess');

      const nowRunning = sim.state.timeEntries.filter((e) => e.userId === ada && e.end === null);
      expect(nowRunning.map((e) => e.description)).toEqual(['Next task']);
      expect(sim.state.timeEntries.find((e) => e.id === previous.id)!.end).toBe(start.replace('.000Z', 'Z'));
    });
  });
});
