/**
 * Settling one source record: already in the ID map? invalid as it is? do the records it
 * refers to exist in the target? does the target already hold it? Only then is it created.
 * The steps are split in two so a bulk writer can take over the final create.
 */
import type { CreateInputMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { PLANNED_PREFIX, type Resolution, type RunContext } from './context.js';
import type { MigrateKind } from './model.js';
import { naturalKey } from './natural-keys.js';
import { planOf, type Reference } from './plan.js';
import { canCreate } from './read.js';
import type { FieldDrops } from './field-drops.js';
import type { TargetIndex } from './target-index.js';
import { unkept } from './kept.js';
import { createOnce, type Created } from './write.js';

export type Mode = 'migrate' | 'reference';

/** A record that has to be created: everything checked, references rewritten. */
export interface Pending<K extends MigrateKind> {
  kind: K;
  sourceId: string;
  draft: CreateInputMap[K];
  key: string | null;
  /** Links left out because the target cannot hold what they point at, by field. */
  detached: Map<string, string>;
}

const LABEL: Record<MigrateKind, string> = { user: 'user', client: 'client', tag: 'tag', project: 'project', task: 'task', timeEntry: 'time entry' };

const settled = (outcome: Resolution['outcome'], toId: string | null, reason: string | null = null): Resolution => ({ outcome, toId, reason });

/** Why a reference cannot be written, as the outcome the referring record inherits. */
function blocked(ctx: RunContext, ref: Reference, parent: Resolution | undefined): Resolution {
  const what = `its ${LABEL[ref.kind]} ${ref.id}`;
  if (!parent) {
    const why = ctx.unreadable.has(ref.kind) ? `could not be read from source "${ctx.source.key}"` : `was not found in source "${ctx.source.key}"`;
    return settled('failed', null, `${what} ${why}`);
  }
  if (parent.outcome === 'missing') return settled('failed', null, `${what} ${parent.reason}`);
  const outcome = parent.outcome === 'unsupported' || parent.outcome === 'invalid' ? parent.outcome : 'failed';
  return settled(outcome, null, `${what} did not migrate (${parent.reason ?? parent.outcome})`);
}

/**
 * Everything short of the create: the record's resolution when that settles it, or what to
 * create. Matched records are written to the ID map here.
 */
export async function prepare<K extends MigrateKind>(
  ctx: RunContext,
  kind: K,
  record: EntityMap[K],
  index: TargetIndex<K>,
  mode: Mode,
  drops: FieldDrops<K>,
): Promise<Resolution | Pending<K>> {
  const mapped = ctx.idMap.get(kind, record.remoteId);
  if (mapped) {
    // What this very run did before a crash counts as its own work when it is resumed.
    const outcome = mapped.runId === ctx.run.id && mapped.outcome ? mapped.outcome : 'mapped';
    return settled(outcome, mapped.toId);
  }
  const plan = planOf(kind);
  const invalid = plan.invalid(record);
  if (invalid) return settled('invalid', null, `${LABEL[kind]} ${invalid}`);

  const dropped = new Set<string>();
  const detached = new Map<string, string>();
  for (const ref of plan.references(record)) {
    const parent = ctx.resolved.get(ref.kind)?.get(ref.id);
    if (parent?.toId) continue;
    if (ref.link === 'detachable' && parent?.outcome === 'unsupported') {
      if (!detached.has(ref.field)) detached.set(ref.field, `the target cannot hold the ${LABEL[ref.kind]} it points at (${parent.reason ?? 'unsupported'})`);
    } else if (ref.link !== 'optional') {
      return blocked(ctx, ref, parent);
    }
    dropped.add(`${ref.kind}:${ref.id}`);
  }
  const draft = plan.draft(record, (refKind, id) => (dropped.has(`${refKind}:${id}`) ? null : (ctx.resolved.get(refKind)?.get(id)?.toId ?? null)));
  const key = naturalKey(kind, draft);
  const existing = index.match(key);
  if (existing) {
    if (!ctx.run.options.dryRun && !existing.startsWith(PLANNED_PREFIX)) await ctx.idMap.put(kind, record.remoteId, existing, ctx.run.id, 'matched');
    // A planned record counts as matched too: the real run will find the one it created.
    return settled('matched', existing);
  }
  if (mode === 'reference') {
    return settled('missing', null, `is not in target "${ctx.target.key}"; include ${kind} in the entities to migrate it`);
  }
  if (!canCreate(ctx.target, kind)) {
    return settled('unsupported', null, `target "${ctx.target.key}" (${ctx.target.vendor}) cannot create a ${LABEL[kind]}`);
  }
  if (ctx.run.options.dryRun) {
    for (const [field, reason] of detached) drops.lost(field, reason);
    const planned = `${PLANNED_PREFIX}${record.remoteId}`;
    // Later records of the same name then match the planned one, as they will for real
    // (a time entry stands for itself only: see TargetIndex).
    index.add(key, planned);
    return settled('created', planned);
  }
  return { kind, sourceId: record.remoteId, draft, key, detached };
}

export const isPending = <K extends MigrateKind>(value: Resolution | Pending<K>): value is Pending<K> => 'draft' in value;

/** Creates one prepared record and maps it before anything else happens. */
export async function create<K extends MigrateKind>(ctx: RunContext, pending: Pending<K>, index: TargetIndex<K>, drops: FieldDrops<K>): Promise<Resolution> {
  let created: Created<K>;
  try {
    created = await createOnce(ctx.target, pending.kind, pending.draft, index, ctx.retry, ctx.sleep, drops);
  } catch (error) {
    if (error instanceof UnsupportedOperationError) return settled('unsupported', null, error.message);
    // The target's own rules (Dyzo logs time on tasks only): it cannot hold the record as it
    // is. A reference it does not know, though, means our map is wrong: that is a failure.
    if (error instanceof ValidationError && !/does not exist|not found|not in the/i.test(error.message)) {
      return settled('unsupported', null, `target "${ctx.target.key}" cannot hold it: ${error.message}`);
    }
    return settled('failed', null, error instanceof Error ? error.message : String(error));
  }
  const toId = created.id;
  await ctx.idMap.put(pending.kind, pending.sourceId, toId, ctx.run.id, 'created');
  index.add(pending.key, toId);
  for (const [field, reason] of pending.detached) drops.lost(field, reason);
  if (created.record) for (const field of unkept(pending.kind, pending.draft, created.record)) drops.lost(field, `target "${ctx.target.key}" answered without it`);
  return settled('created', toId);
}
