/** The engine's small pure parts: natural keys, CLI option parsing, dropped fields, the summary. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { parseDateOption, parseEntities } from '../../src/migrate/cli.js';
import { FieldDrops } from '../../src/migrate/field-drops.js';
import { emptyCounts, type MigrationSnapshot } from '../../src/migrate/model.js';
import { naturalKey } from '../../src/migrate/natural-keys.js';
import { createReporter, jsonSummary, summaryTable } from '../../src/migrate/progress.js';

describe('natural keys', () => {
  it('match users by email whatever the case, and never without one', () => {
    expect(naturalKey('user', { name: 'Ada', email: ' ADA@Example.com' })).toBe(naturalKey('user', { name: 'A. L.', email: 'ada@example.com' }));
    expect(naturalKey('user', { name: 'Nobody', email: '' })).toBeNull();
  });

  it('match projects by name within a client and tasks by name within a project', () => {
    expect(naturalKey('project', { name: 'Apollo ', clientId: 'c1' })).toBe(naturalKey('project', { name: 'apollo', clientId: 'c1' }));
    expect(naturalKey('project', { name: 'Apollo', clientId: 'c1' })).not.toBe(naturalKey('project', { name: 'Apollo', clientId: null }));
    expect(naturalKey('task', { name: 'Design', projectId: 'p1' })).not.toBe(naturalKey('task', { name: 'Design', projectId: 'p2' }));
  });

  it('match time entries by user, start and end to the second, project, task and description', () => {
    const entry = { userId: 'u', projectId: 'p', taskId: null, start: new Date('2026-11-02T09:00:00.250Z'), end: new Date('2026-11-02T10:00:00Z'), description: 'Review' };
    expect(naturalKey('timeEntry', entry)).toBe(naturalKey('timeEntry', { ...entry, start: new Date('2026-11-02T09:00:00Z'), end: new Date('2026-11-02T10:00:00.900Z') }));
    expect(naturalKey('timeEntry', entry)).toBe(naturalKey('timeEntry', { ...entry, description: ' Review ' }));
    expect(naturalKey('timeEntry', entry)).not.toBe(naturalKey('timeEntry', { ...entry, taskId: 't' }));
    expect(naturalKey('timeEntry', entry)).not.toBe(naturalKey('timeEntry', { ...entry, userId: 'v' }));
    expect(naturalKey('timeEntry', entry)).not.toBe(naturalKey('timeEntry', { ...entry, end: new Date('2026-11-02T10:30:00Z') }));
    expect(naturalKey('timeEntry', entry)).not.toBe(naturalKey('timeEntry', { ...entry, description: 'Review, part two' }));
    expect(naturalKey('timeEntry', { ...entry, description: null })).toBe(naturalKey('timeEntry', { ...entry, description: '' }));
  });
});

describe('migrate options', () => {
  it('reads entity lists in any spelling and always runs them in dependency order', () => {
    expect(parseEntities('time-entries,Users,projects')).toEqual(['user', 'project', 'timeEntry']);
    expect(parseEntities(undefined)).toEqual(['user', 'client', 'tag', 'project', 'task', 'timeEntry']);
    expect(() => parseEntities('users,teams')).toThrow(ValidationError);
  });

  it('reads a plain date as UTC midnight, and as an upper bound includes that day', () => {
    expect(parseDateOption('2026-11-02', '--since', false)?.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(parseDateOption('2026-11-02', '--until', true)?.toISOString()).toBe('2026-11-03T00:00:00.000Z');
    expect(parseDateOption('2026-11-02T10:00:00+02:00', '--since', false)?.toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(() => parseDateOption('2026-02-30', '--since', false)).toThrow(/not a calendar date/);
    expect(() => parseDateOption('yesterday', '--since', false)).toThrow(/neither/);
  });
});

describe('dropped fields', () => {
  it('drops only optional fields a target refused, and counts the values lost', () => {
    const drops = new FieldDrops('timeEntry');
    expect(drops.learn([{ path: ['input', 'description'], message: 'too long' }])).toBe(false);
    expect(drops.learn([{ path: ['input', 'tagIds'], message: 'no tags here' }])).toBe(true);
    expect(drops.learn([{ path: ['input', 'tagIds'], message: 'no tags here' }])).toBe(false);
    const draft = { start: new Date(), tagIds: ['t1'], description: 'kept' };
    const { draft: sent, lost } = drops.apply(draft);
    expect(sent).toEqual({ start: draft.start, description: 'kept' });
    drops.count(lost);
    drops.count(drops.apply({ start: new Date(), tagIds: [] }).lost);
    expect(drops.report()).toEqual([{ field: 'tagIds', reason: 'no tags here', records: 1 }]);
  });
});

describe('progress and summary', () => {
  const run = (): MigrationSnapshot => ({
    id: 'run-1',
    options: { from: 'a', to: 'b', entities: ['user', 'timeEntry'], since: null, until: null, dryRun: true },
    state: 'succeeded',
    counts: [
      { ...emptyCounts('user'), total: 3, done: 3, created: 2, matched: 1 },
      { ...emptyCounts('timeEntry'), total: 10, done: 10, created: 9, invalid: 1, dropped: [{ field: 'tagIds', reason: 'no tags', records: 4 }] },
    ],
    problems: [{ entity: 'timeEntry', sourceId: 'e9', outcome: 'invalid', reason: 'time entry is still running' }],
    problemsDropped: 0,
    error: null,
    startedAt: new Date('2026-11-02T09:00:00Z'),
    finishedAt: new Date('2026-11-02T09:00:05Z'),
  });

  it('prints a table with totals, notes and the records not migrated', () => {
    const table = summaryTable(run());
    expect(table).toContain('(dry run: nothing written)');
    expect(table).toMatch(/entity\s+total\s+to create\s+matched/);
    expect(table).toMatch(/time entries\s+10\s+9\s+0\s+0\s+0\s+1\s+0/);
    expect(table).toMatch(/total\s+13\s+11\s+1/);
    expect(table).toContain('4 written without tagIds');
    expect(table).toContain('invalid     time entries e9: time entry is still running');
  });

  it('summarises as JSON for scripts', () => {
    expect(jsonSummary(run())).toMatchObject({ id: 'run-1', dryRun: true, totals: { total: 13, created: 11, invalid: 1 }, problems: [{ sourceId: 'e9' }] });
  });

  it('draws a bar on a terminal and plain lines elsewhere', () => {
    const snapshot = run();
    snapshot.counts[1]!.done = 5;
    const tty = new PassThrough();
    let drawn = '';
    tty.on('data', (c: Buffer) => (drawn += c.toString()));
    const bar = createReporter(tty, { tty: true });
    bar.onProgress(snapshot, 'timeEntry');
    bar.stop();
    expect(drawn).toMatch(/^\rtime entries {0,2}\[#{12}\.{12}\] 5\/10 {2}[\d.]+\/s {2}ETA \S+/);

    const plain = new PassThrough();
    let lines = '';
    plain.on('data', (c: Buffer) => (lines += c.toString()));
    const log = createReporter(plain, { tty: false });
    log.onProgress(snapshot, 'timeEntry');
    // A log is not flooded: lines come at intervals, and each entity ends with its last line.
    expect(lines).toBe('');
    log.onProgress(snapshot, null);
    expect(lines).toMatch(/^time entries +5\/10 .*ETA/);
    expect(lines).not.toContain('\r');
  });
});

describe('saved runs', () => {
  it('show a run whose process stopped saving as interrupted', async () => {
    const { openStore } = await import('../../src/store/connect.js');
    const { RunStore, newSnapshot } = await import('../../src/migrate/runs.js');
    const store = await openStore('memory');
    const runs = new RunStore(store.db);
    const live = newSnapshot({ from: 'a', to: 'b', entities: ['user'], since: null, until: null, dryRun: false });
    const dead = newSnapshot({ from: 'a', to: 'b', entities: ['user'], since: null, until: null, dryRun: false });
    await runs.insert(live);
    await runs.insert(dead);
    const row = await store.db.selectFrom('migration_runs').select('progress').where('id', '=', dead.id).executeTakeFirstOrThrow();
    const progress = { ...JSON.parse(row.progress), savedAt: new Date(Date.now() - 5 * 60_000).toISOString() };
    await store.db.updateTable('migration_runs').set({ progress: JSON.stringify(progress) }).where('id', '=', dead.id).execute();
    expect((await runs.load(live.id))!.state).toBe('running');
    expect((await runs.load(dead.id))!.state).toBe('interrupted');
    await store.close();
  });
});
