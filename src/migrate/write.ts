/**
 * One create in the target, repeated through transient failures without ever creating twice.
 *
 * The shared HTTP client already retries 429s (the vendor did not process the call) and reads,
 * but never a plain POST that failed with a 5xx, a reset or a timeout: such a write may have
 * happened. Here, such a failure puts the record "in doubt": before the write is repeated the
 * target is asked by natural key whether it holds the record, and a record found is taken as
 * created. A target that cannot be searched gets no second write: the record is listed as
 * failed, with the reason, rather than risk a duplicate.
 */
import type { Adapter, CreateInputMap, EntityHandlers } from '../adapters/contract.js';
import { DomainError, UnsupportedOperationError, UpstreamError, ValidationError } from '../domain/errors.js';
import type { EntityMap } from '../domain/entities.js';
import type { FieldDrops } from './field-drops.js';
import type { MigrateKind } from './model.js';
import type { TargetIndex } from './target-index.js';

export interface RetryPolicy {
  /** Tries per record, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 500, maxDelayMs: 15_000 };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The vendor may have done it: no answer, a timeout, or a success we could not read. */
export function mayHaveHappened(error: unknown): boolean {
  if (error instanceof UpstreamError) return error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT' || error.code === 'RESPONSE_VALIDATION_FAILED';
  // Anything that is not a typed answer (a network error that escaped the client) is in doubt too.
  return !(error instanceof DomainError);
}

/** The vendor said "not now" and did nothing. */
export function isRateLimited(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_RATE_LIMITED';
}

/** The new record's ID, and the record as the target answered (null when found by lookup). */
export interface Created<K extends MigrateKind> {
  id: string;
  record: EntityMap[K] | null;
}

export class GaveUpError extends Error {
  constructor(message: string, readonly last: unknown) {
    super(message);
    this.name = 'GaveUpError';
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function createOnce<K extends MigrateKind>(
  target: Adapter,
  kind: K,
  draft: CreateInputMap[K],
  index: TargetIndex<K>,
  policy: RetryPolicy,
  sleep: Sleep,
  drops: FieldDrops<K>,
): Promise<Created<K>> {
  const create = (target.entities[kind] as EntityHandlers<K> | undefined)?.create;
  if (!create) throw new UnsupportedOperationError(target.vendor, target.key, `create ${kind}`);
  const delay = (attempt: number) => Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  let inDoubt = false;
  let last: unknown = null;

  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (inDoubt) {
      if (!index.searchable) {
        throw new GaveUpError(`may have been created (${describe(last)}); not repeated because target "${target.key}" cannot be searched for it`, last);
      }
      try {
        const found = await index.lookup(draft);
        if (found) return { id: found, record: null };
        inDoubt = false;
      } catch (error) {
        // Still cannot tell; wait and look again rather than write blind.
        if (!mayHaveHappened(error) && !isRateLimited(error)) throw error;
        last = error;
        await sleep(delay(attempt));
        continue;
      }
    }
    const { draft: sent, lost } = drops.apply(draft);
    try {
      const record = await create.call(target.entities[kind], sent);
      drops.count(lost);
      return { id: record.remoteId, record };
    } catch (error) {
      if (error instanceof UnsupportedOperationError) throw error;
      if (error instanceof ValidationError) {
        // A refused optional field: write the record without it (a free try, not a retry).
        if (drops.learn(error.issues)) {
          attempt -= 1;
          continue;
        }
        if (kind === 'timeEntry' && error.issues.every((i) => i.path.join('.') === 'input.type')) {
          throw new UnsupportedOperationError(target.vendor, target.key, `${String((draft as { type?: unknown }).type)} time entries (${error.message})`);
        }
      }
      if (!isRateLimited(error) && !mayHaveHappened(error)) throw error;
      last = error;
      inDoubt = mayHaveHappened(error);
      await sleep(delay(attempt));
    }
  }
  if (inDoubt && index.searchable) {
    const found = await index.lookup(draft).catch(() => null);
    if (found) return { id: found, record: null };
  }
  throw new GaveUpError(`gave up after ${policy.attempts} tries: ${describe(last)}`, last);
}
