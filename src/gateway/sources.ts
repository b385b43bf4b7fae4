/**
 * The configured sources by key, and the one place that turns "this source cannot do that"
 * into an UnsupportedOperationError instead of a silent empty answer.
 */
import type { Adapter, EntityHandlers, EntityOperation } from '../adapters/contract.js';
import type { EntityKind } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import type { Vendor } from '../domain/ids.js';
import type { SourceFailure } from './fanout.js';

const HANDLER_OF = {
  list: 'list',
  get: 'getMany',
  create: 'create',
  update: 'update',
  delete: 'delete',
} as const satisfies Record<EntityOperation, keyof EntityHandlers<EntityKind>>;

type HandlerOf<K extends EntityKind, O extends EntityOperation> = NonNullable<EntityHandlers<K>[(typeof HANDLER_OF)[O]]>;

export class SourceRegistry {
  private readonly byKey: Map<string, Adapter>;

  constructor(adapters: Adapter[]) {
    this.byKey = new Map(adapters.map((a) => [a.key, a]));
  }

  /** The same sources narrowed to `keys`, for a credential scoped to some of them. */
  restrict(keys: readonly string[]): SourceRegistry {
    const allowed = new Set(keys);
    return new SourceRegistry(this.all().filter((a) => allowed.has(a.key)));
  }

  all(): Adapter[] {
    return [...this.byKey.values()];
  }

  vendorOf = (key: string): Vendor | undefined => this.byKey.get(key)?.vendor;

  /** The adapter for a key given by a client; an unknown key is a ValidationError on `path`. */
  get(key: string, path = 'input.source'): Adapter {
    const adapter = this.byKey.get(key);
    if (!adapter) throw ValidationError.field(path, `"${key}" is not a configured source (known: ${[...this.byKey.keys()].join(', ')})`);
    return adapter;
  }

  /** Validates a list of keys from a filter; null/undefined means every source. */
  select(keys: readonly string[] | null | undefined, path = 'filter.sources'): Adapter[] {
    if (!keys) return this.all();
    return [...new Set(keys)].map((k) => this.get(k, path));
  }

  /**
   * The sources a list or read asks, from a filter's keys. Unsupported is never a silent empty
   * answer: a source the filter names that lacks the operation is refused with an
   * UnsupportedOperationError (reported next to the others' data), while without a filter such
   * sources are simply not asked.
   */
  selectFor(keys: readonly string[] | null | undefined, kind: EntityKind, operation: EntityOperation, path = 'filter.sources'): { adapters: Adapter[]; refused: SourceFailure[] } {
    const adapters: Adapter[] = [];
    const refused: SourceFailure[] = [];
    for (const adapter of this.select(keys, path)) {
      if (this.supports(adapter, kind, operation)) adapters.push(adapter);
      else if (keys) refused.push({ source: adapter.key, vendor: adapter.vendor, error: new UnsupportedOperationError(adapter.vendor, adapter.key, `${operation} ${kind}`) });
    }
    return { adapters, refused };
  }

  /** The handler for an operation, or UnsupportedOperationError naming vendor and operation. */
  handler<K extends EntityKind, O extends EntityOperation>(adapter: Adapter, kind: K, operation: O): HandlerOf<K, O> {
    const handlers = adapter.entities[kind] as EntityHandlers<K> | undefined;
    const fn = handlers?.[HANDLER_OF[operation]] as ((...args: unknown[]) => unknown) | undefined;
    if (!fn) throw new UnsupportedOperationError(adapter.vendor, adapter.key, `${operation} ${kind}`);
    return fn.bind(handlers) as HandlerOf<K, O>;
  }

  supports(adapter: Adapter, kind: EntityKind, operation: EntityOperation): boolean {
    return Boolean((adapter.entities[kind] as EntityHandlers<EntityKind> | undefined)?.[HANDLER_OF[operation]]);
  }
}
