/**
 * The vocabulary of a migration run (ARCHITECTURE.md §8), shared by the engine, the CLI, the
 * run store and the GraphQL `Migration` type. Plain data only, so a run can be saved as JSON
 * and shown the same way wherever it is looked at.
 */
import type { EntityKind } from '../domain/entities.js';
import type { DroppedField } from './field-drops.js';

/** What a migration copies, in the order it copies it: references always point backwards. */
export const MIGRATE_ORDER = ['user', 'client', 'tag', 'project', 'task', 'timeEntry'] as const satisfies readonly EntityKind[];
export type MigrateKind = (typeof MIGRATE_ORDER)[number];

export const isMigrateKind = (kind: string): kind is MigrateKind => (MIGRATE_ORDER as readonly string[]).includes(kind);

/**
 * What became of one source record:
 * - created: written to the target by this run;
 * - matched: the target already held it (natural key), now recorded in the ID map;
 * - mapped: the ID map already named its target record (an earlier run did the work);
 * - unsupported: the target cannot hold it (or something it needs);
 * - invalid: the record cannot be written anywhere as it is (no email, still running, …);
 * - failed: the target refused it or kept failing; the reason is listed.
 */
export const OUTCOMES = ['created', 'matched', 'mapped', 'unsupported', 'invalid', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type ProblemOutcome = Extract<Outcome, 'unsupported' | 'invalid' | 'failed'>;

export interface EntityCounts {
  entity: MigrateKind;
  /** Source records in scope. */
  total: number;
  /** Records handled so far (every outcome). */
  done: number;
  created: number;
  matched: number;
  mapped: number;
  unsupported: number;
  invalid: number;
  failed: number;
  /** A note about the whole entity (e.g. "the source cannot list tags"). */
  note: string | null;
  /** Optional fields the target refused, written without (see field-drops.ts). */
  dropped: DroppedField[];
}

/** One record that did not reach the target, and why. */
export interface RecordProblem {
  entity: MigrateKind;
  /** The record's remote ID in the source. */
  sourceId: string;
  outcome: ProblemOutcome;
  reason: string;
}

/**
 * `interrupted` is never saved: it is how a run saved as running looks once its process has
 * stopped saving (killed, crashed). Resume it to finish.
 */
export type MigrationState = 'running' | 'succeeded' | 'partial' | 'failed' | 'cancelled' | 'interrupted';

export interface MigrationOptions {
  from: string;
  to: string;
  /** Entities to copy, in any order (they always run in MIGRATE_ORDER). */
  entities: MigrateKind[];
  /** Time entries that start at or after this instant. */
  since: Date | null;
  /** Time entries that start before this instant. */
  until: Date | null;
  dryRun: boolean;
}

/** A run as saved in migration_runs and shown by the CLI and GraphQL. */
export interface MigrationSnapshot {
  id: string;
  options: MigrationOptions;
  state: MigrationState;
  counts: EntityCounts[];
  problems: RecordProblem[];
  /** Problems beyond the saved list are counted, not kept. */
  problemsDropped: number;
  /** Why the whole run stopped, when it did (source unreachable, cancelled, …). */
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** Problems kept per run; counts stay exact beyond it. */
export const MAX_KEPT_PROBLEMS = 5_000;

export function emptyCounts(entity: MigrateKind): EntityCounts {
  return { entity, total: 0, done: 0, created: 0, matched: 0, mapped: 0, unsupported: 0, invalid: 0, failed: 0, note: null, dropped: [] };
}

export function totalsOf(counts: readonly EntityCounts[]): Omit<EntityCounts, 'entity' | 'note' | 'dropped'> {
  const sum = { total: 0, done: 0, created: 0, matched: 0, mapped: 0, unsupported: 0, invalid: 0, failed: 0 };
  for (const c of counts) for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += c[key];
  return sum;
}

/** The state a finished run ends in: anything failed makes it partial. */
export function finalState(snapshot: Pick<MigrationSnapshot, 'counts'>): MigrationState {
  return snapshot.counts.some((c) => c.failed > 0) ? 'partial' : 'succeeded';
}
