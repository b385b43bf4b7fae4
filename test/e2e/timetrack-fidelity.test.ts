/**
 * TimeTrack held to its docs (issue #10 items 10, 11, 12), through GraphQL over HTTP:
 * breaks inside entries, the user's local time written with a Z, entries that began before
 * the asked window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryRecord } from '../../src/sandbox/timetrack/state.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { graphql } from '../gql/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const TT = 'demo-timetrack';

const TimeTrackEntries = graphql(`
  query TimeTrackEntries($filter: TimeEntryFilter, $first: Int) {
    timeEntries(filter: $filter, first: $first) {
      edges { node { id remoteId description start end running durationSeconds duration breakSeconds breakDuration } }
    }
  }
`);

/** A record as TimeTrack stores it: wall-clock `from`/`to` (as written on the wire) and minutes. */
function entryRecord(world: World, fields: Partial<EntryRecord> & Pick<EntryRecord, 'from' | 'to' | 'breakMinutes' | 'details'>): EntryRecord {
  const state = world.timetrack!.state;
  const record: EntryRecord = {
    id: state.nextIds.entry++,
    userId: 1,
    projectId: 201,
    taskId: 301,
    hourRate: 60,
    latitude: null,
    longitude: null,
    latitude1: null,
    longitude1: null,
    billable: true,
    flatRate: false,
    tags: null,
    ...fields,
  };
  state.entries.push(record);
  return record;
}

describe('TimeTrack entries with a break (item 10)', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['timetrack']);
    gw = await startTestGateway('memory', { sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
    // 08:35–10:10 with a 15-minute break: 80 minutes worked.
    entryRecord(world, { from: Date.UTC(2026, 10, 24, 8, 35), to: Date.UTC(2026, 10, 24, 10, 10), breakMinutes: 15, details: 'with a break' });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('ends at the wall-clock `to`, counts worked time and shows the break', async () => {
    const { timeEntries } = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z' } });
    expect(timeEntries.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ description: 'with a break', start: '2026-11-24T08:35:00.000Z', end: '2026-11-24T10:10:00.000Z', durationSeconds: 80 * 60, duration: 'PT1H20M', breakSeconds: 900, breakDuration: 'PT15M' }),
    ]);
  });

  it('reports worked time (breaks left out), entry by entry as TimeTrack bills it', async () => {
    const range = { from: '2026-11-02T00:00:00Z', to: '2026-11-25T00:00:00Z' };
    const { report } = await gw.data(op.Report, { input: { ...range, timeZone: 'UTC', sources: [TT], groupBy: ['DAY'] } });
    const worked = world.timetrack!.state.entries.reduce((sum, e) => sum + ((e.to - e.from) / 60_000 - e.breakMinutes) * 60, 0);
    expect(report.totalSeconds).toBe(worked);
    expect(report.rows.find((r) => r.date === '2026-11-24')?.totalSeconds).toBe(80 * 60);
  });

  it('keeps the break when an entry is moved, and end stays the wall-clock stop', async () => {
    const { timeEntries } = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z' } });
    const id = timeEntries.edges[0]!.node.id;
    const moved = await gw.data(op.UpdateTimeEntry, { input: { id, end: '2026-11-24T10:40:00Z' } });
    expect(moved.updateTimeEntry).toMatchObject({ __typename: 'UpdateTimeEntrySuccess', timeEntry: { end: '2026-11-24T10:40:00.000Z', durationSeconds: 110 * 60 } });
    const stored = world.timetrack!.state.entries.find((e) => e.details === 'with a break')!;
    expect([stored.to, stored.breakMinutes]).toEqual([Date.UTC(2026, 10, 24, 10, 40), 15]);
  });
});
