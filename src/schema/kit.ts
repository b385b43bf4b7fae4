/**
 * The pieces every entity file shares, so each of them only states what is particular to it:
 * loadable node types batched per source, fan-out list fields with Relay connections, and
 * mutations returning a success-or-error union.
 */
import type { FilterMap, PageRequest } from '../adapters/contract.js';
import type { AnyEntity, EntityKind, EntityMap } from '../domain/entities.js';
import { NODE_TYPE_OF } from '../domain/entities.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { nulIssues } from '../domain/text.js';
import { fanout, type FanoutPage } from '../gateway/fanout.js';
import { comparatorFor } from '../gateway/order.js';
import { nodeKey, splitNodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { MUTATION_ERRORS } from './errors.js';
import { SourceRef } from './source.js';

/** Loads entities by node key, one getMany per source, errors in the slots they belong to. */
export async function loadByKeys<K extends EntityKind>(ctx: Context, kind: K, keys: readonly string[]): Promise<Array<EntityMap[K] | Error>> {
  const results: Array<EntityMap[K] | Error> = new Array(keys.length);
  const bySource = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const { source } = splitNodeKey(key);
    bySource.set(source, [...(bySource.get(source) ?? []), i]);
  });
  await Promise.all(
    [...bySource].map(async ([source, slots]) => {
      try {
        const adapter = ctx.registry.get(source, 'id');
        const found = await ctx.registry.handler(adapter, kind, 'get')(slots.map((i) => splitNodeKey(keys[i]!).remoteId));
        slots.forEach((slot, j) => (results[slot] = found[j] ?? new NotFoundError(NODE_TYPE_OF[kind], keys[slot]!)));
      } catch (error) {
        slots.forEach((slot) => (results[slot] = error as Error));
      }
    }),
  );
  return results;
}

/**
 * A Node type loaded through a per-request dataloader keyed by "<source>:<remoteId>"; the
 * entity file implements its fields and spreads `commonFields` into them.
 */
export function entityNode<K extends EntityKind>(kind: K) {
  return builder.loadableNodeRef<EntityMap[K] | Error, string>(NODE_TYPE_OF[kind], {
    id: { resolve: (e) => nodeKey(e.source, e.remoteId) },
    load: (keys: string[], ctx: Context) => loadByKeys(ctx, kind, keys),
  });
}

/** Fields every entity carries: its vendor ID, its source and the vendor's record. */
export function commonFields(t: any) {
  return {
    remoteId: t.string({ description: "The vendor's own ID.", resolve: (e: AnyEntity) => e.remoteId }),
    source: t.field({ type: SourceRef, resolve: (e: AnyEntity, _: unknown, ctx: Context) => ctx.registry.get(e.source) }),
    raw: t.field({ type: 'JSON', nullable: true, description: "The vendor's original record.", resolve: (e: AnyEntity) => e.raw ?? null }),
  };
}

/** Reference to another entity of the same source, resolved through that type's dataloader. */
export const refKey = (e: AnyEntity, remoteId: string | null | undefined) => (remoteId ? nodeKey(e.source, remoteId) : null);
export const refKeys = (e: AnyEntity, remoteIds: readonly string[]) => remoteIds.map((id) => nodeKey(e.source, id));

/** The one text rule (domain/text.ts) for an argument: a NUL anywhere is a ValidationError naming the field. */
export function refuseNul(value: unknown, path: string): void {
  const issues = nulIssues(value, [path]);
  if (issues.length) throw new ValidationError(issues);
}

/** Validates `first` against the configured maximum; too large is a typed error, not a silent cap. */
export function pageSize(ctx: Context, first: number | null | undefined): number {
  if (first === null || first === undefined) return ctx.limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 1) throw ValidationError.field('first', 'must be a positive integer');
  if (first > ctx.limits.maxPageSize) throw ValidationError.field('first', `must be at most ${ctx.limits.maxPageSize}`);
  return first;
}

/** Turns a list field's filter into each source's own filter; null means the source cannot match. */
export type FilterForSource<F, K extends EntityKind> = (filter: F, ctx: Context) => (source: string) => FilterMap[K] | null;

/**
 * Adds a top-level list field: every selected source that can list the entity is asked at
 * once, results merged in the one order, failures reported per source next to the data.
 */
export function listField<K extends EntityKind, F extends { sources?: string[] | null } = any>(
  name: string,
  kind: K,
  nodeRef: any,
  // Pothos input refs are typed by their fields; this helper only passes them through.
  filterRef: any,
  forSource: FilterForSource<any, K>,
  options: {
    /**
     * An error for an item the gateway cannot represent, or null. With it, the edges' `node` is
     * nullable and such an item answers as that error in its own slot, the others as usual.
     */
    slotError?: (item: EntityMap[K], ctx: Context) => Error | null;
  } = {},
) {
  const typeName = NODE_TYPE_OF[kind];
  const connection = builder.connectionObject(
    { type: nodeRef as any, name: `${typeName}Connection`, ...(options.slotError ? { nodeNullable: true } : {}) } as any,
    { name: `${typeName}Edge` },
  );
  builder.queryField(name, (t) =>
    t.field({
      type: connection,
      args: {
        filter: t.arg({ type: filterRef, required: false }),
        first: t.arg.int({ required: false, description: 'Page size; at most the configured maximum (200 by default).' }),
        after: t.arg.string({ required: false }),
      },
      resolve: async (_: unknown, args: any, ctx: Context) => {
        refuseNul(args.filter, 'filter');
        const filter = (args.filter ?? {}) as F;
        const first = pageSize(ctx, args.first);
        const { adapters, refused } = ctx.registry.selectFor(filter.sources, kind, 'list');
        ctx.failures.push(...refused);
        const perSource = forSource(filter, ctx);
        const targets = adapters.flatMap((adapter) => {
          const sourceFilter = perSource(adapter.key);
          if (sourceFilter === null) return [];
          const list = ctx.registry.handler(adapter, kind, 'list');
          return [{ adapter, list: (page: PageRequest) => list(sourceFilter, page) }];
        });
        const page: FanoutPage<AnyEntity> = await fanout(targets as any, first, args.after, comparatorFor(kind));
        ctx.failures.push(...page.failures);
        const slotError = options.slotError;
        // graphql-js answers a resolver's returned Error as that field's error: node null, path to it.
        const edges = slotError ? page.edges.map((edge) => ({ ...edge, node: slotError(edge.node as EntityMap[K], ctx) ?? edge.node })) : page.edges;
        return {
          edges,
          pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(args.after), startCursor: page.edges[0]?.cursor ?? null, endCursor: page.endCursor },
        } as never;
      },
    }),
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A mutation returning `<Name>Result = <Name>Success { <dataField> } | errors…`; the success
 * member holds the entity in a field named after it (contract).
 */
export function entityMutation<T>(
  name: string,
  options: {
    type: any;
    dataField: string;
    input: any;
    description?: string;
    resolve: (input: any, ctx: Context) => Promise<T>;
  },
) {
  builder.mutationField(name, (t) =>
    t.field({
      type: options.type,
      description: options.description,
      args: { input: t.arg({ type: options.input, required: true }) },
      errors: {
        types: MUTATION_ERRORS,
        dataField: { name: options.dataField },
        result: { name: `${capitalize(name)}Success` },
        union: { name: `${capitalize(name)}Result` },
      },
      resolve: async (_: unknown, args: any, ctx: Context) => {
        refuseNul(args.input, 'input');
        const result = await options.resolve(args.input, ctx);
        return result as never;
      },
    } as any),
  );
}

/** Runs a write and tells the caches about it; domain errors pass through to the union. */
export async function write<T>(ctx: Context, source: string, run: () => Promise<T>): Promise<T> {
  const result = await run();
  await ctx.onWrite?.(source);
  return result;
}

