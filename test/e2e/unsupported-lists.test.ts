/**
 * Unsupported is never a silent empty list (issue #10 item 13): a filter that names a source
 * which cannot list the entity answers UnsupportedOperationError for that source, while an
 * unfiltered fan-out skips such sources quietly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('lists on sources that cannot list the entity', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['desklog', 'dyzo', 'timetrack']);
    gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources] });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  const cases = [
    { what: 'timeEntries on Desklog', doc: op.TimeEntries, field: 'timeEntries', source: 'demo-desklog', vendor: 'desklog', operation: 'list timeEntry' },
    { what: 'teams on Dyzo', doc: op.Teams, field: 'teams', source: 'demo-dyzo', vendor: 'dyzo', operation: 'list team' },
    { what: 'teams on TimeTrack', doc: op.Teams, field: 'teams', source: 'demo-timetrack', vendor: 'timetrack', operation: 'list team' },
    { what: 'tags on Dyzo', doc: op.Tags, field: 'tags', source: 'demo-dyzo', vendor: 'dyzo', operation: 'list tag' },
    { what: 'tags on TimeTrack', doc: op.Tags, field: 'tags', source: 'demo-timetrack', vendor: 'timetrack', operation: 'list tag' },
    { what: 'clients on Dyzo', doc: op.Clients, field: 'clients', source: 'demo-dyzo', vendor: 'dyzo', operation: 'list client' },
  ] as const;

  for (const c of cases) {
    it(`answers UnsupportedOperationError for ${c.what} when the filter names the source`, async () => {
      const result: any = await gw.request(c.doc as any, { filter: { sources: [c.source] } });
      expect(result.data?.[c.field]?.edges).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', source: c.source, vendor: c.vendor, operation: c.operation });
      expect(result.errors[0].message).toContain(c.source);
    });
  }

  it('keeps the answer of the sources that can list, next to the error for the one that cannot', async () => {
    const result: any = await gw.request(op.Teams, { filter: { sources: ['demo-desklog', 'demo-dyzo'] } });
    expect(result.data.teams.edges.length).toBeGreaterThan(0);
    expect(result.errors?.map((e: any) => e.extensions.source)).toEqual(['demo-dyzo']);
  });

  it('answers UnsupportedOperationError for a report that names Desklog (no time entries), not a silent 0', async () => {
    const result: any = await gw.request(op.Report, { input: { from: '2026-11-02T00:00:00Z', to: '2026-11-07T00:00:00Z', sources: ['demo-desklog', 'demo-dyzo'], groupBy: ['SOURCE'] } });
    expect(result.data.report.totalSeconds).toBeGreaterThan(0);
    expect(result.errors?.map((e: any) => e.extensions)).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_OPERATION', source: 'demo-desklog', vendor: 'desklog', operation: 'list timeEntry' })]);
  });

  it('skips sources that cannot list the entity quietly in an unfiltered fan-out', async () => {
    for (const doc of [op.Teams, op.Tags, op.Clients, op.TimeEntries] as const) {
      const result: any = await gw.request(doc as any, {});
      expect(result.errors).toBeUndefined();
    }
    const report: any = await gw.request(op.Report, { input: { from: '2026-11-02T00:00:00Z', to: '2026-11-07T00:00:00Z', groupBy: ['SOURCE'] } });
    expect(report.errors).toBeUndefined();
  });
});
