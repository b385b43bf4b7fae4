/**
 * Bulk time-entry creates, for targets whose adapter offers one (Dyzo's
 * `POST /tasklogs/bulk/create/{user}/`). The contract has no bulk create, so it is found by
 * duck typing: `bulkCreateTimeEntries(userId, entries)` on the adapter or on its time-entry
 * handlers.
 *
 * A bulk answer may not name what it created, and a failed bulk call may have created part of
 * the batch; either way the target is then asked which entries of the batch it holds (by
 * natural key), those are mapped, and only the rest is sent again.
 */
import type { Adapter, CreateInputMap } from '../adapters/contract.js';
import type { TimeEntry } from '../domain/entities.js';
import type { RunContext, Resolution } from './context.js';
import type { FieldDrops } from './field-drops.js';
import { unkept } from './kept.js';
import { naturalKey } from './natural-keys.js';
import type { Pending } from './record.js';
import { readAll } from './read.js';
import { isRateLimited, mayHaveHappened } from './write.js';

export type BulkCreate = (userId: string, entries: Array<CreateInputMap['timeEntry']>) => Promise<unknown>;

/** Entries sent per bulk call. */
export const BULK_BATCH = 100;

export function findBulkCreate(target: Adapter): BulkCreate | null {
  for (const holder of [target, target.entities.timeEntry] as Array<Record<string, unknown> | undefined>) {
    const fn = holder?.bulkCreateTimeEntries;
    if (typeof fn === 'function') return (userId, entries) => (fn as BulkCreate).call(holder, userId, entries);
  }
  return null;
}

/** Values by key, each handed out once: two entries of a batch may share a natural key. */
class ByKey<T> {
  private readonly lists = new Map<string, T[]>();
  push(key: string, value: T) {
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
  }
  take(key: string | null): T | undefined {
    return key === null ? undefined : this.lists.get(key)?.shift();
  }
}

/**
 * Entries the answer names, by natural key: an answer may be a list of created entries or
 * `{ created: [...] }` (Dyzo, which leaves out the ones it skipped as already held).
 */
function namedInAnswer(answer: unknown): ByKey<TimeEntry> {
  const list = Array.isArray(answer) ? answer : answer && typeof answer === 'object' ? (answer as { created?: unknown }).created : null;
  const byKey = new ByKey<TimeEntry>();
  if (!Array.isArray(list)) return byKey;
  for (const item of list) {
    const entry = item as Partial<TimeEntry> | null;
    if (!entry || typeof entry.remoteId !== 'string' || !(entry.start instanceof Date)) continue;
    const key = naturalKey('timeEntry', entry as TimeEntry);
    if (key) byKey.push(key, entry as TimeEntry);
  }
  return byKey;
}

/** Which of these entries the target holds now, by natural key, leaving out entries already taken. */
async function findHeld(ctx: RunContext, userId: string, batch: Array<Pending<'timeEntry'>>, taken: (id: string) => boolean): Promise<ByKey<string>> {
  const starts = batch.map((p) => p.draft.start.getTime());
  const records = await readAll(ctx.target, 'timeEntry', { userIds: [userId], from: new Date(Math.min(...starts) - 1000), to: new Date(Math.max(...starts) + 1000) });
  const byKey = new ByKey<string>();
  for (const r of records) {
    const key = naturalKey('timeEntry', r);
    if (key && !taken(r.remoteId)) byKey.push(key, r.remoteId);
  }
  return byKey;
}

export interface BatchOutcome {
  /** Resolutions of the entries settled here, by source ID; every created one is in the ID map. */
  settled: Map<string, Resolution>;
  /**
   * Entries the bulk call refused outright (one bad entry fails the whole call): the caller
   * creates these one by one, so each gets its own outcome.
   */
  refused: Array<Pending<'timeEntry'>>;
}

/** Creates one user's batch; what the target holds afterwards is mapped before this returns. */
export async function createBatch(
  ctx: RunContext,
  bulk: BulkCreate,
  userId: string,
  batch: Array<Pending<'timeEntry'>>,
  drops: FieldDrops<'timeEntry'>,
  /** Target entries that already stand for some source entry (TargetIndex.isTaken). */
  taken: (id: string) => boolean = () => false,
): Promise<BatchOutcome> {
  const settled = new Map<string, Resolution>();
  const created = async (p: Pending<'timeEntry'>, toId: string, record: TimeEntry | null) => {
    await ctx.idMap.put('timeEntry', p.sourceId, toId, ctx.run.id, 'created');
    settled.set(p.sourceId, { outcome: 'created', toId, reason: null });
    for (const [field, reason] of p.detached) drops.lost(field, reason);
    if (record) for (const field of unkept('timeEntry', p.draft, record)) drops.lost(field, `target "${ctx.target.key}" answered without it`);
  };
  /** Target entries mapped by this batch so far: each stands for one source entry. */
  const mappedHere = new Set<string>();
  /** Maps what is held, returns the rest. */
  const mapHeld = async (pending: Array<Pending<'timeEntry'>>, named: ByKey<TimeEntry>) => {
    const records = new Map<Pending<'timeEntry'>, TimeEntry | undefined>(pending.map((p) => [p, named.take(p.key)]));
    const unnamed = pending.filter((p) => !records.get(p));
    const namedIds = new Set([...records.values()].map((r) => r?.remoteId));
    const held = unnamed.length ? await findHeld(ctx, userId, unnamed, (id) => taken(id) || mappedHere.has(id) || namedIds.has(id)) : new ByKey<string>();
    const missing: Array<Pending<'timeEntry'>> = [];
    for (const p of pending) {
      const record = records.get(p);
      const toId = record?.remoteId ?? held.take(p.key);
      if (toId) {
        mappedHere.add(toId);
        await created(p, toId, record ?? null);
      } else missing.push(p);
    }
    return missing;
  };

  let remaining = batch;
  let lastError: unknown = null;
  for (let attempt = 1; attempt <= ctx.retry.attempts && remaining.length; attempt++) {
    let answer: unknown;
    try {
      answer = await bulk(userId, remaining.map((p) => p.draft));
    } catch (error) {
      if (!mayHaveHappened(error) && !isRateLimited(error)) return { settled, refused: remaining };
      lastError = error;
      await ctx.sleep(Math.min(ctx.retry.maxDelayMs, ctx.retry.baseDelayMs * 2 ** (attempt - 1)));
      // Part of the batch may be in: map that part, send only the rest again.
      remaining = await mapHeld(remaining, new ByKey());
      continue;
    }
    remaining = await mapHeld(remaining, namedInAnswer(answer));
    if (remaining.length) lastError = new Error(`target "${ctx.target.key}" answered the bulk create but does not hold the entry`);
    break;
  }
  const reason = lastError instanceof Error ? lastError.message : 'bulk create failed';
  for (const p of remaining) settled.set(p.sourceId, { outcome: 'failed', toId: null, reason });
  return { settled, refused: [] };
}
