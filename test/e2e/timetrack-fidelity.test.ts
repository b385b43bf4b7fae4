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

/** The world's sources with TimeTrack's zone left out: its wall clock is then read as UTC. */
const inUtc = (world: World) => world.sources.map(({ timeZone: _zone, ...s }) => ({ ...s, cacheTtlSeconds: 0 }));

describe('TimeTrack entries with a break (item 10)', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['timetrack']);
    // Breaks only here: with no zone configured, wall-clock `from`/`to` read as UTC instants.
    gw = await startTestGateway('memory', { sources: inUtc(world) });
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
    const id = timeEntries.edges[0]!.node!.id;
    const moved = await gw.data(op.UpdateTimeEntry, { input: { id, end: '2026-11-24T10:40:00Z' } });
    expect(moved.updateTimeEntry).toMatchObject({ __typename: 'UpdateTimeEntrySuccess', timeEntry: { end: '2026-11-24T10:40:00.000Z', durationSeconds: 110 * 60 } });
    const stored = world.timetrack!.state.entries.find((e) => e.details === 'with a break')!;
    expect([stored.to, stored.breakMinutes]).toEqual([Date.UTC(2026, 10, 24, 10, 40), 15]);
  });
});

describe('TimeTrack local timestamps (item 11)', () => {
  let world: World;
  let gw: TestGateway;
  let ada: string;
  let project: string;
  beforeAll(async () => {
    world = await startWorld(['timetrack']);
    expect(world.timetrack!.timeZone).toBe('Europe/Vienna');
    gw = await startTestGateway('memory', { sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
    const users = await gw.data(op.Users, { filter: { sources: [TT] } });
    ada = users.users.edges.find((e) => e.node.email === 'ada@example.com')!.node.id;
    const projects = await gw.data(op.Projects, { filter: { sources: [TT] } });
    project = projects.projects.edges.find((e) => e.node.name === 'Difference Engine')!.node.id;
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('reads a stored wall-clock time in the account zone: 09:35 in Vienna (UTC+1 in November) is 08:35Z', async () => {
    entryRecord(world, { from: Date.UTC(2026, 10, 24, 9, 35), to: Date.UTC(2026, 10, 24, 10, 35), breakMinutes: 0, details: 'vienna morning' });
    const { timeEntries } = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z' } });
    expect(timeEntries.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ description: 'vienna morning', start: '2026-11-24T08:35:00.000Z', end: '2026-11-24T09:35:00.000Z', durationSeconds: 3600 }),
    ]);
  });

  it('writes the wall clock: an entry created at 08:00Z is stored as 09:00 Vienna time, and reads back the same', async () => {
    const created = await gw.data(op.CreateTimeEntry, { input: { userId: ada, projectId: project, start: '2026-11-25T08:00:00Z', end: '2026-11-25T09:15:00Z', description: 'written' } });
    expect(created.createTimeEntry).toMatchObject({ __typename: 'CreateTimeEntrySuccess', timeEntry: { start: '2026-11-25T08:00:00.000Z', end: '2026-11-25T09:15:00.000Z' } });
    const stored = world.timetrack!.state.entries.find((e) => e.details === 'written')!;
    expect([stored.from, stored.to]).toEqual([Date.UTC(2026, 10, 25, 9, 0), Date.UTC(2026, 10, 25, 10, 15)]);
  });

  it('filters by real instants: 00:30 on the 27th in Vienna belongs to the UTC day of the 26th', async () => {
    entryRecord(world, { from: Date.UTC(2026, 10, 27, 0, 30), to: Date.UTC(2026, 10, 27, 0, 50), breakMinutes: 0, details: 'after midnight in Vienna' });
    const day26 = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' } });
    expect(day26.timeEntries.edges.map((e) => e.node?.description)).toEqual(['after midnight in Vienna']);
    const day27 = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-27T00:00:00Z', to: '2026-11-28T00:00:00Z' } });
    expect(day27.timeEntries.edges.map((e) => e.node?.description)).not.toContain('after midnight in Vienna');
  });

  it('sends the timer its local date and reads startedAt back as the same instant', async () => {
    const started = await gw.data(op.StartTimer, { input: { source: TT, userId: ada, projectId: project, start: '2026-11-30T07:00:00Z' } });
    expect(started.startTimer).toMatchObject({ __typename: 'StartTimerSuccess', timeEntry: { start: '2026-11-30T07:00:00.000Z', running: true } });
    expect([...world.timetrack!.state.timers.values()].find((t) => t.userId === 1)?.startedAt).toBe(Date.UTC(2026, 10, 30, 8, 0));
  });
});

describe('TimeTrack entries that began before the window (item 12)', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['timetrack']);
    gw = await startTestGateway('memory', { sources: world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 })) });
    // Vienna wall clock: Sat 21st 08:00 → Mon 23rd 18:00 (a 58-hour entry, e.g. a trade fair).
    entryRecord(world, { from: Date.UTC(2026, 10, 21, 8, 0), to: Date.UTC(2026, 10, 23, 18, 0), breakMinutes: 0, details: 'long entry' });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('returns an entry that began two days before `from` and runs into the window', async () => {
    const { timeEntries } = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-23T00:00:00Z', to: '2026-11-24T00:00:00Z' } });
    expect(timeEntries.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ description: 'long entry', start: '2026-11-21T07:00:00.000Z', end: '2026-11-23T17:00:00.000Z' }),
    ]);
  });

  it('counts the part inside the window in a report', async () => {
    const { report } = await gw.data(op.Report, { input: { from: '2026-11-23T00:00:00Z', to: '2026-11-24T00:00:00Z', timeZone: 'UTC', sources: [TT], groupBy: ['SOURCE'] } });
    expect(report.totalSeconds).toBe(17 * 3600);
    expect(report.entryCount).toBe(1);
  });

  it('leaves out entries that ended before the window', async () => {
    const { timeEntries } = await gw.data(TimeTrackEntries, { filter: { sources: [TT], from: '2026-11-23T17:00:00Z', to: '2026-11-24T00:00:00Z' } });
    expect(timeEntries.edges).toEqual([]);
  });
});
