/** What the engine's parts share while one run executes. */
import type { Adapter } from '../adapters/contract.js';
import type { IdMap } from './id-map.js';
import type { MigrateKind, MigrationSnapshot, Outcome } from './model.js';
import type { Sleep, RetryPolicy } from './write.js';

/**
 * What became of a source record, as later records see it when they refer to it. `missing`
 * is a record read only to resolve references (its kind was not asked for) that the target
 * does not hold.
 */
export interface Resolution {
  outcome: Outcome | 'missing';
  /** The target record, or a `planned:` placeholder in a dry run. */
  toId: string | null;
  reason: string | null;
}

export interface RunContext {
  run: MigrationSnapshot;
  source: Adapter;
  target: Adapter;
  idMap: IdMap;
  retry: RetryPolicy;
  sleep: Sleep;
  /** Resolutions of every record handled so far, per kind, by source ID. */
  resolved: Map<MigrateKind, Map<string, Resolution>>;
  /** Kinds the source could not be read for (their references cannot be rewritten). */
  unreadable: Set<MigrateKind>;
}

export const PLANNED_PREFIX = 'planned:';
