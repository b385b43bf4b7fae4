/**
 * The migration engine (ARCHITECTURE.md §8): the one implementation behind `timegate migrate`
 * and the `startMigration` mutation.
 *
 * Entities run in MIGRATE_ORDER so every reference points at something already settled. Per
 * entity: read the whole source collection, read what the target holds (natural keys), then
 * settle records one at a time; each create is mapped in the store before the next begins.
 * A kind that was not asked for but is referred to (time entries need their users) is read in
 * "reference" mode: matched through the ID map and natural keys, never created, not counted.
 */
import type { Adapter, FilterMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError, type FieldIssue } from '../domain/errors.js';
import type { Store } from '../store/connect.js';
import { createBatch, findBulkCreate, BULK_BATCH, type BulkCreate } from './bulk.js';
import type { Resolution, RunContext } from './context.js';
import { FieldDrops } from './field-drops.js';
import { IdMap } from './id-map.js';
import { emptyCounts, finalState, MAX_KEPT_PROBLEMS, MIGRATE_ORDER, type EntityCounts, type MigrateKind, type MigrationOptions, type MigrationSnapshot } from './model.js';
import { canList, readAll } from './read.js';
import { create, isPending, prepare, type Mode, type Pending } from './record.js';
import { HEARTBEAT_MS, newSnapshot, RunStore } from './runs.js';
import { TargetIndex } from './target-index.js';
import { DEFAULT_RETRY, realSleep, type RetryPolicy, type Sleep } from './write.js';

/** Which kinds a kind's records refer to. */
const REFERS_TO: Record<MigrateKind, MigrateKind[]> = {
  user: [],
  client: [],
  tag: [],
  project: ['client', 'user'],
  task: ['project', 'user'],
  timeEntry: ['user', 'project', 'task', 'tag'],
};

export interface EngineDeps {
  source: Adapter;
  target: Adapter;
  store: Store;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  /** After every record and at every phase change; `entity` is the one being worked on. */
  onProgress?: (run: MigrationSnapshot, entity: MigrateKind | null) => void;
  signal?: AbortSignal;
  /** How often progress is written to migration_runs while running (default 1 s). */
  saveEveryMs?: number;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Everything wrong with a request, by field, before anything is read or written. */
export function checkOptions(options: MigrationOptions, sourceKeys: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of ['from', 'to'] as const) {
    if (!sourceKeys.includes(options[field])) issues.push({ path: [field], message: `"${options[field]}" is not a configured source (known: ${sourceKeys.join(', ')})` });
  }
  if (options.from === options.to) issues.push({ path: ['to'], message: 'must differ from the source migrated from' });
  if (!options.entities.length) issues.push({ path: ['entities'], message: 'must name at least one entity' });
  if (options.since && options.until && options.since.getTime() >= options.until.getTime()) issues.push({ path: ['until'], message: 'must be after since' });
  return issues;
}

/** A new run, saved as running; or a saved run made ready to go again (`--resume`). */
export async function openRun(store: Store, request: { options: MigrationOptions } | { resumeId: string }): Promise<MigrationSnapshot> {
  const runs = new RunStore(store.db);
  if ('options' in request) {
    const run = newSnapshot(request.options);
    await runs.insert(run);
    return run;
  }
  const run = await runs.load(request.resumeId);
  if (!run) throw ValidationError.field('resume', `no migration run "${request.resumeId}" in the store`);
  return { ...run, state: 'running', error: null, finishedAt: null };
}

/** Runs (or resumes) a migration to the end and returns its final snapshot. */
export async function executeRun(run: MigrationSnapshot, deps: EngineDeps): Promise<MigrationSnapshot> {
  const runs = new RunStore(deps.store.db);
  const { options } = run;
  run.counts = MIGRATE_ORDER.filter((k) => options.entities.includes(k)).map(emptyCounts);
  run.problems = [];
  run.problemsDropped = 0;
  const ctx: RunContext = {
    run,
    source: deps.source,
    target: deps.target,
    idMap: await IdMap.load(deps.store.db, options.from, options.to),
    retry: { ...DEFAULT_RETRY, ...(deps.retry ?? {}) },
    sleep: deps.sleep ?? realSleep,
    resolved: new Map(),
    unreadable: new Set(),
  };
  let lastSave = Date.now();
  const progress = async (entity: MigrateKind | null, force = false) => {
    deps.onProgress?.(run, entity);
    if (force || Date.now() - lastSave >= (deps.saveEveryMs ?? 1000)) {
      lastSave = Date.now();
      await runs.save(run);
    }
  };
  await progress(null, true);
  // Saves while nothing moves, so other processes can tell a live run from a killed one.
  const heartbeat = setInterval(() => void runs.save(run).catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref();

  const needed = new Set<MigrateKind>(options.entities);
  for (const kind of [...MIGRATE_ORDER].reverse()) if (needed.has(kind)) REFERS_TO[kind].forEach((k) => needed.add(k));
  try {
    for (const kind of MIGRATE_ORDER) {
      if (!needed.has(kind)) continue;
      const counts = run.counts.find((c) => c.entity === kind) ?? null;
      await runPhase(ctx, kind, counts ? 'migrate' : 'reference', counts, deps, progress);
    }
    run.state = finalState(run);
  } catch (error) {
    run.state = error instanceof CancelledError ? 'cancelled' : 'failed';
    run.error = error instanceof CancelledError ? 'cancelled before it finished; resume to continue' : error instanceof Error ? error.message : String(error);
  }
  clearInterval(heartbeat);
  run.finishedAt = new Date();
  await progress(null, true);
  return run;
}

async function runPhase<K extends MigrateKind>(
  ctx: RunContext,
  kind: K,
  mode: Mode,
  counts: EntityCounts | null,
  deps: EngineDeps,
  progress: (entity: MigrateKind | null, force?: boolean) => Promise<void>,
): Promise<void> {
  const { run, source, target } = ctx;
  const resolved = new Map<string, Resolution>();
  ctx.resolved.set(kind, resolved);
  if (!canList(source, kind)) {
    ctx.unreadable.add(kind);
    if (counts) counts.note = `source "${source.key}" (${source.vendor}) cannot list ${kind} records`;
    return progress(kind, true);
  }
  const records = await readScope(source, kind, run.options);
  if (counts) counts.total = records.length;
  await progress(kind, true);

  const index = await buildIndex(target, kind, run.options, ctx.idMap.targetIds(kind));
  if (counts && !index.searchable) counts.note = `target "${target.key}" cannot list ${kind} records, so only the ID map keeps them from being created twice`;

  const settle = async (sourceId: string, resolution: Resolution) => {
    resolved.set(sourceId, resolution);
    if (counts && resolution.outcome !== 'missing') {
      counts.done += 1;
      counts[resolution.outcome] += 1;
      if (resolution.outcome === 'unsupported' || resolution.outcome === 'invalid' || resolution.outcome === 'failed') {
        if (run.problems.length < MAX_KEPT_PROBLEMS) run.problems.push({ entity: kind, sourceId, outcome: resolution.outcome, reason: resolution.reason ?? resolution.outcome });
        else run.problemsDropped += 1;
      }
    }
    await progress(kind);
  };

  const drops = new FieldDrops(kind);
  const bulk: BulkCreate | null = kind === 'timeEntry' && mode === 'migrate' && !run.options.dryRun ? findBulkCreate(target) : null;
  const queued = new Map<string, Array<Pending<'timeEntry'>>>();
  const flush = async (userId: string) => {
    const batch = queued.get(userId) ?? [];
    queued.delete(userId);
    if (!batch.length || !bulk) return;
    const { settled, refused } = await createBatch(ctx, bulk, userId, batch, drops as unknown as FieldDrops<'timeEntry'>, (id) => index.isTaken(id));
    for (const p of batch) {
      const result = settled.get(p.sourceId);
      if (!result) continue;
      if (result.toId) index.add(p.key, result.toId);
      if (counts) counts.dropped = drops.report();
      await settle(p.sourceId, result);
    }
    for (const p of refused) await createOne(p as unknown as Pending<K>);
  };
  const createOne = async (pending: Pending<K>) => {
    const resolution = await create(ctx, pending, index, drops);
    if (counts) counts.dropped = drops.report();
    await settle(pending.sourceId, resolution);
  };

  for (const record of records) {
    if (deps.signal?.aborted) throw new CancelledError();
    const prepared = await prepare(ctx, kind, record, index, mode, drops);
    if (!isPending(prepared)) {
      if (counts) counts.dropped = drops.report();
      await settle(record.remoteId, prepared);
      continue;
    }
    const userId = (prepared.draft as { userId?: string | null }).userId;
    if (bulk && userId) {
      // Bulk endpoints take one person's entries at a time (Dyzo: /tasklogs/bulk/create/{user}/).
      const batch = queued.get(userId) ?? [];
      batch.push(prepared as unknown as Pending<'timeEntry'>);
      queued.set(userId, batch);
      if (batch.length >= BULK_BATCH) await flush(userId);
      continue;
    }
    await createOne(prepared);
  }
  for (const userId of [...queued.keys()]) await flush(userId);
  await progress(kind, true);
}

/** The source records a run covers: time entries that start inside [since, until). */
async function readScope<K extends MigrateKind>(source: Adapter, kind: K, options: MigrationOptions): Promise<Array<EntityMap[K]>> {
  if (kind !== 'timeEntry') return readAll(source, kind, {} as FilterMap[K]);
  const entries = await readAll(source, 'timeEntry', { from: options.since, to: options.until });
  const since = options.since?.getTime() ?? -Infinity;
  const until = options.until?.getTime() ?? Infinity;
  // The adapters filter by overlap; an entry belongs to the window its start is in.
  return entries.filter((e) => e.start.getTime() >= since && e.start.getTime() < until) as Array<EntityMap[K]>;
}

async function buildIndex<K extends MigrateKind>(target: Adapter, kind: K, options: MigrationOptions, mapped: string[]): Promise<TargetIndex<K>> {
  try {
    return await TargetIndex.build(target, kind, options, mapped);
  } catch (error) {
    // A target that turns out not to list this kind is treated like one that says so.
    if (error instanceof UnsupportedOperationError) return TargetIndex.build({ ...target, entities: {} }, kind, options, mapped);
    throw error;
  }
}
