/**
 * The ID map (store table `id_map`): which target record a source record became. It is what
 * makes every run idempotent, so each row is written the moment its target record exists,
 * before the next record is started: a crash loses at most the one write in flight, and the
 * natural-key match finds that one on the next run.
 *
 * One source/target pair is read into memory once per run; lookups after that cost nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { MigrateKind } from './model.js';

export interface MappedRecord {
  toId: string;
  /** The run that wrote the row, and whether it created or matched the target record. */
  runId: string | null;
  outcome: 'created' | 'matched' | null;
}

export class IdMap {
  private readonly rows = new Map<string, MappedRecord>();

  private constructor(
    private readonly db: Kysely<Database>,
    readonly fromSource: string,
    readonly toSource: string,
  ) {}

  static async load(db: Kysely<Database>, fromSource: string, toSource: string): Promise<IdMap> {
    const map = new IdMap(db, fromSource, toSource);
    const rows = await db
      .selectFrom('id_map')
      .select(['entity', 'from_id', 'to_id', 'run_id', 'outcome'])
      .where('from_source', '=', fromSource)
      .where('to_source', '=', toSource)
      .execute();
    for (const row of rows) {
      const outcome = row.outcome === 'created' || row.outcome === 'matched' ? row.outcome : null;
      map.rows.set(IdMap.key(row.entity, row.from_id), { toId: row.to_id, runId: row.run_id, outcome });
    }
    return map;
  }

  private static key(entity: string, fromId: string) {
    return `${entity}\u0000${fromId}`;
  }

  get(entity: MigrateKind, fromId: string): MappedRecord | undefined {
    return this.rows.get(IdMap.key(entity, fromId));
  }

  /** Records the pair in the store, then in memory; an existing row is replaced (last writer wins). */
  async put(entity: MigrateKind, fromId: string, toId: string, runId: string, outcome: 'created' | 'matched'): Promise<void> {
    const row = { from_source: this.fromSource, entity, from_id: fromId, to_source: this.toSource, to_id: toId, run_id: runId, outcome, created_at: new Date().toISOString() };
    await this.db
      .insertInto('id_map')
      .values(row)
      .onConflict((oc) => oc.columns(['from_source', 'entity', 'from_id', 'to_source']).doUpdateSet({ to_id: toId, run_id: runId, outcome }))
      .execute();
    this.rows.set(IdMap.key(entity, fromId), { toId, runId, outcome });
  }

  /** Every target ID mapped for this entity. */
  targetIds(entity: MigrateKind): string[] {
    const prefix = IdMap.key(entity, '');
    return [...this.rows].filter(([key]) => key.startsWith(prefix)).map(([, row]) => row.toId);
  }

  get size(): number {
    return this.rows.size;
  }
}
