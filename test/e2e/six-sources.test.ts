/**
 * All six sources behind one gateway (the demo world): one report across them, attendance
 * where a vendor records it, and unsupported operations refused with the vendor named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('six sources in one gateway', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack']);
    gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources] });
    await seedNative(gw.gateway.registry.get('local'));
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('reports time by source and user over every source that tracks entries', async () => {
    const { report } = await gw.data(op.Report, {
      input: { from: '2026-11-02T00:00:00Z', to: '2026-11-21T00:00:00Z', timeZone: 'UTC', groupBy: ['SOURCE', 'USER'] },
    });
    const bySource = new Map<string, number>();
    for (const row of report.rows) {
      expect(row.user?.name).toBeTruthy();
      bySource.set(row.source!.key, (bySource.get(row.source!.key) ?? 0) + row.totalSeconds);
    }
    // Desklog has no time entries (only attendance), so it contributes no rows.
    expect([...bySource.keys()].sort()).toEqual(['demo-clockify', 'demo-dyzo', 'demo-gauzy', 'demo-timetrack', 'local']);
    expect([...bySource.values()].reduce((a, b) => a + b, 0)).toBe(report.totalSeconds);
    expect(report.entryCount).toBeGreaterThan(150);
  });

  it('gives attendance from the sources that record it, with clock times as UTC instants', async () => {
    const { attendance } = await gw.data(op.AttendanceQuery, { filter: { from: '2026-11-02T00:00:00Z', to: '2026-11-07T00:00:00Z' } });
    expect(attendance.length).toBeGreaterThan(5);
    for (const day of attendance) {
      expect(day.source).toEqual({ key: 'demo-desklog', vendor: 'DESKLOG' });
      expect(day.user?.email).toMatch(/@example\.com$/);
      if (day.clockIn) expect(day.clockIn).toMatch(/Z$/);
      if (day.atWorkSeconds !== null) expect(day.atWork).toMatch(/^PT/);
    }
    const asked = await gw.request(op.AttendanceQuery, { filter: { from: '2026-11-02T00:00:00Z', to: '2026-11-07T00:00:00Z', sources: ['local'] } });
    expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', vendor: 'native', operation: 'attendance' });
  });

  it('refuses a time entry on Desklog with the vendor and operation named', async () => {
    const result = await gw.data(op.CreateTimeEntry, { input: { source: 'demo-desklog', start: '2026-11-20T09:00:00Z', end: '2026-11-20T10:00:00Z' } });
    expect(result.createTimeEntry).toMatchObject({ __typename: 'UnsupportedOperationError', code: 'UNSUPPORTED_OPERATION' });
    expect((result.createTimeEntry as { message: string }).message).toMatch(/desklog.*create timeEntry/);
  });
});
