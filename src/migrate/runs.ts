/**
 * Migration runs as saved in the store (`migration_runs`): the options a run was started with
 * (so `--resume ID` needs nothing else) and its progress, saved as it goes so that another
 * process (the GraphQL `migration` query, a later `--resume`) sees where it got to.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MigrationsTable } from '../store/schema.js';
import { emptyCounts, isMigrateKind, MIGRATE_ORDER, type EntityCounts, type MigrationOptions, type MigrationSnapshot, type MigrationState, type RecordProblem } from './model.js';

interface SavedOptions {
  entities: string[];
  since: string | null;
  until: string | null;
  dryRun: boolean;
}

interface SavedProgress {
  counts: EntityCounts[];
  problems: RecordProblem[];
  problemsDropped: number;
  error: string | null;
  /** When the run last saved; a running run saves at least every HEARTBEAT_MS. */
  savedAt?: string;
}

const STATES: readonly MigrationState[] = ['running', 'succeeded', 'partial', 'failed', 'cancelled'];

/** How often a running run saves even when no record moves (a long read of the target). */
export const HEARTBEAT_MS = 10_000;
/** A running run silent for this long has lost its process. */
const STALE_MS = 6 * HEARTBEAT_MS;

export function newSnapshot(options: MigrationOptions, id: string = randomUUID(), now = new Date()): MigrationSnapshot {
  return {
    id,
    options,
    state: 'running',
    counts: MIGRATE_ORDER.filter((k) => options.entities.includes(k)).map(emptyCounts),
    problems: [],
    problemsDropped: 0,
    error: null,
    startedAt: now,
    finishedAt: null,
  };
}

function toRow(s: MigrationSnapshot): MigrationsTable {
  const options: SavedOptions = {
    entities: s.options.entities,
    since: s.options.since?.toISOString() ?? null,
    until: s.options.until?.toISOString() ?? null,
    dryRun: s.options.dryRun,
  };
  const progress: SavedProgress = { counts: s.counts, problems: s.problems, problemsDropped: s.problemsDropped, error: s.error, savedAt: new Date().toISOString() };
  return {
    id: s.id,
    from_source: s.options.from,
    to_source: s.options.to,
    state: s.state,
    options: JSON.stringify(options),
    progress: JSON.stringify(progress),
    started_at: s.startedAt.toISOString(),
    finished_at: s.finishedAt?.toISOString() ?? null,
  };
}

function fromRow(row: MigrationsTable, now = Date.now()): MigrationSnapshot {
  const options = JSON.parse(row.options) as SavedOptions;
  const progress = JSON.parse(row.progress) as SavedProgress;
  const silent = !progress.savedAt || now - Date.parse(progress.savedAt) > STALE_MS;
  const state = (STATES as readonly string[]).includes(row.state) ? (row.state as MigrationState) : 'failed';
  return {
    id: row.id,
    options: {
      from: row.from_source,
      to: row.to_source,
      entities: options.entities.filter(isMigrateKind),
      since: options.since ? new Date(options.since) : null,
      until: options.until ? new Date(options.until) : null,
      dryRun: options.dryRun,
    },
    state: state === 'running' && silent ? 'interrupted' : state,
    counts: progress.counts.map((c) => ({ ...c, dropped: c.dropped ?? [] })),
    problems: progress.problems,
    problemsDropped: progress.problemsDropped ?? 0,
    error: progress.error,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}

export class RunStore {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(snapshot: MigrationSnapshot): Promise<void> {
    await this.db.insertInto('migration_runs').values(toRow(snapshot)).execute();
  }

  async save(snapshot: MigrationSnapshot): Promise<void> {
    const { id: _id, ...row } = toRow(snapshot);
    await this.db.updateTable('migration_runs').set(row).where('id', '=', snapshot.id).execute();
  }

  async load(id: string): Promise<MigrationSnapshot | null> {
    const row = await this.db.selectFrom('migration_runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** Newest first; with `sources`, only runs from one of them into one of them. */
  async list(limit: number, sources: readonly string[] | null = null): Promise<MigrationSnapshot[]> {
    if (sources && sources.length === 0) return [];
    let query = this.db.selectFrom('migration_runs').selectAll();
    // Filtered in SQL, so `limit` counts only the runs the caller may see.
    if (sources) query = query.where('from_source', 'in', [...sources]).where('to_source', 'in', [...sources]);
    const rows = await query.orderBy('started_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(fromRow);
  }
}
