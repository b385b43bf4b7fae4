/**
 * What the contract suite needs from each source: a fresh adapter backed by its simulator
 * (or store), and the written reason for every operation the vendor lacks. The suite fails
 * when an operation is missing without a reason, so "unsupported" is always a decision.
 */
import type { Adapter } from '../../src/adapters/contract.js';
import type { EntityKind } from '../../src/domain/entities.js';

export type SkipKey =
  | `${'user' | 'team' | 'client' | 'project' | 'task' | 'tag' | 'timeEntry'}.${'list' | 'get' | 'create' | 'update' | 'delete'}`
  | 'timer';

export interface ContractHarness {
  name: string;
  start(): Promise<{ adapter: Adapter; close(): Promise<void> }>;
  /** Why each missing operation is missing (the vendor's API has no such call, …). */
  unsupported: Partial<Record<SkipKey, string>>;
  /** A well-formed remote ID that names nothing, to test the missing-key slot. */
  missingId: string;
  /** Update patches for what the vendor can change, where the suite's default patch is refused. */
  patches?: Partial<Record<EntityKind, () => Record<string, unknown> & { expect: Record<string, unknown> }>>;
}
