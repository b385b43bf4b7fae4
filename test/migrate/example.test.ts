/**
 * examples/copy-projects.ts, the model migration script, run against a gateway with two
 * native sources (each on its own store) through the public GraphQL API only.
 */
import { describe, expect, it } from 'vitest';
import { copyProjects } from '../../examples/copy-projects.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { composeGateway } from './support/gateway.js';
import { nativeSource, readKind } from './support/harness.js';

describe('examples/copy-projects.ts', () => {
  it('copies projects, their tasks and time entries, pages to the end, and re-runs without duplicates', async () => {
    const a = await nativeSource('a');
    const b = await nativeSource('b');
    await seedNative(a.adapter);
    // More entries than one page of 100, so the script must follow the cursor.
    const [project] = (await a.adapter.entities.project!.list!({ search: 'Internal' }, { token: null, size: 1 })).items;
    const [user] = (await a.adapter.entities.user!.list!({}, { token: null, size: 1 })).items;
    for (let i = 0; i < 130; i++) {
      const start = new Date(Date.UTC(2026, 8, 1, 9) + i * 7_200_000);
      await a.adapter.entities.timeEntry!.create!({ userId: user!.remoteId, projectId: project!.remoteId, start, end: new Date(start.getTime() + 3_600_000), description: `ops ${i}`, billable: i % 3 === 0 });
    }
    const gw = composeGateway([a.adapter, b.adapter], a.store);

    const first = await copyProjects({ url: gw.url, fetch: gw.fetch, from: 'a', to: 'b' });
    expect(first.failures).toEqual([]);
    expect(first.projects).toEqual({ created: 3, existing: 0, failed: 0 });
    expect(first.clients.created).toBe(1);
    expect(first.tasks.created).toBe(3);
    // 15 seeded entries on the engine project, the midnight one, and 130 on Internal.
    expect(first.timeEntries).toEqual({ created: 146, existing: 0, failed: 0 });

    const copied = await readKind(b.adapter, 'timeEntry');
    expect(copied).toHaveLength(146);
    const source = await readKind(a.adapter, 'timeEntry');
    const byStart = new Map(copied.map((e) => [`${e.start.toISOString()}|${e.description}`, e]));
    for (const e of source) {
      const copy = byStart.get(`${e.start.toISOString()}|${e.description}`)!;
      expect(copy.end?.getTime()).toBe(e.end?.getTime());
      expect(copy.billable).toBe(e.billable);
    }

    const second = await copyProjects({ url: gw.url, fetch: gw.fetch, from: 'a', to: 'b' });
    expect(second.projects).toEqual({ created: 0, existing: 3, failed: 0 });
    expect(second.timeEntries).toEqual({ created: 0, existing: 146, failed: 0 });
    expect(await readKind(b.adapter, 'timeEntry')).toHaveLength(146);
  });

  it('lists what the target refuses and carries on', async () => {
    const a = await nativeSource('a');
    const b = await nativeSource('b');
    await seedNative(a.adapter);
    // A target that holds no time entries: every createTimeEntry answers with an error member.
    const { timeEntry: _entries, ...entities } = b.adapter.entities;
    const gw = composeGateway([a.adapter, { ...b.adapter, entities }], a.store);
    const report = await copyProjects({ url: gw.url, fetch: gw.fetch, from: 'a', to: 'b' });
    expect(report.projects.created).toBe(3);
    expect(report.timeEntries.failed).toBe(16);
    expect(report.failures[0]).toMatchObject({ kind: 'timeEntries', reason: expect.stringMatching(/^UnsupportedOperationError UNSUPPORTED_OPERATION: /) });
  });
});
