/**
 * Fan-out listing (ARCHITECTURE.md §6): ask every selected source concurrently, merge in one
 * order, hand out `first` items, and remember each source's own position in the cursor.
 *
 * Correctness rule: before merging, every source holds at least `first` buffered items or is
 * exhausted, so the first `first` items of the merge are exactly right; nothing is emitted
 * that an unseen item of some source could precede. A source that fails keeps its old
 * position (it is retried on the next page) and is reported, while the others answer.
 */
import type { Adapter, Page, PageRequest } from '../adapters/contract.js';
import type { AnyEntity } from '../domain/entities.js';
import { decodeCursor, encodeCursor, type FanoutCursor, type SourcePosition } from './cursor.js';
import type { Comparator } from './order.js';

export interface SourceFailure {
  source: string;
  vendor: string;
  error: unknown;
}

export interface FanoutEdge<T> {
  node: T;
  cursor: string;
}

export interface FanoutPage<T> {
  edges: FanoutEdge<T>[];
  hasNextPage: boolean;
  endCursor: string | null;
  failures: SourceFailure[];
}

export interface FanoutTarget<T> {
  adapter: Adapter;
  list: (page: PageRequest) => Promise<Page<T>>;
}

/** One fetched page of a source, remembered so the cursor can point back into it. */
interface Segment<T> {
  token: string | null;
  skip: number;
  items: T[];
  nextPage: string | null;
  /** Per item, the source's token resuming right after it (when the source offers them). */
  cursors?: string[];
}

interface Buffer<T> {
  source: string;
  segments: Segment<T>[];
  consumed: number;
  /** Records the source could not read, reported next to the answer. */
  errors: Error[];
}

async function fill<T>(target: FanoutTarget<T>, start: SourcePosition, want: number): Promise<Buffer<T>> {
  const segments: Segment<T>[] = [];
  const errors: Error[] = [];
  let token = start.token;
  let skip = start.skip;
  let buffered = 0;
  // Keep reading pages until `want` items are buffered or the source has no more.
  for (;;) {
    const page = await target.list({ token, size: Math.min(want + skip, target.adapter.maxPageSize ?? 100) });
    const items = page.items.slice(skip);
    const cursors = page.cursors?.length === page.items.length ? page.cursors.slice(skip) : undefined;
    segments.push({ token, skip, items, nextPage: page.nextPage, cursors });
    if (page.errors) errors.push(...page.errors);
    buffered += items.length;
    if (buffered >= want || !page.nextPage) break;
    token = page.nextPage;
    skip = 0;
  }
  return { source: target.adapter.key, segments, consumed: 0, errors };
}

/**
 * Where a source stands after `consumed` of its buffered items were handed out: the exact
 * resume token after the last one when the source gives per-item cursors, else the page's
 * token plus how many of its items to skip (a re-read).
 */
function positionOf<T>(buffer: Buffer<T>): SourcePosition {
  let left = buffer.consumed;
  for (const segment of buffer.segments) {
    if (left < segment.items.length) {
      // Resume exactly after the last item handed out when the source says how: no re-read.
      if (left > 0 && segment.cursors) return { token: segment.cursors[left - 1]!, skip: 0, done: false };
      return { token: segment.token, skip: segment.skip + left, done: false };
    }
    left -= segment.items.length;
  }
  const last = buffer.segments[buffer.segments.length - 1]!;
  return { token: last.nextPage, skip: 0, done: last.nextPage === null };
}

function itemAt<T>(buffer: Buffer<T>, index: number): T | undefined {
  let left = index;
  for (const segment of buffer.segments) {
    if (left < segment.items.length) return segment.items[left];
    left -= segment.items.length;
  }
  return undefined;
}

export async function fanout<T extends AnyEntity>(
  targets: FanoutTarget<T>[],
  first: number,
  after: string | null | undefined,
  compare: Comparator,
): Promise<FanoutPage<T>> {
  const previous = decodeCursor(after);
  const positions: FanoutCursor = {};
  for (const t of targets) {
    // On later pages a source the cursor does not know was not part of the query: skip it,
    // rather than restart it and repeat its items.
    positions[t.adapter.key] = previous ? (previous[t.adapter.key] ?? { token: null, skip: 0, done: true }) : { token: null, skip: 0, done: false };
  }
  const failures: SourceFailure[] = [];
  const active = targets.filter((t) => !positions[t.adapter.key]!.done);
  const settled = await Promise.allSettled(active.map((t) => fill(t, positions[t.adapter.key]!, first)));
  const buffers: Buffer<T>[] = [];
  settled.forEach((result, i) => {
    const target = active[i]!;
    if (result.status === 'fulfilled') {
      buffers.push(result.value);
      for (const error of result.value.errors) failures.push({ source: target.adapter.key, vendor: target.adapter.vendor, error });
    } else failures.push({ source: target.adapter.key, vendor: target.adapter.vendor, error: result.reason });
  });

  const edges: FanoutEdge<T>[] = [];
  while (edges.length < first) {
    let best: Buffer<T> | undefined;
    let bestItem: T | undefined;
    for (const b of buffers) {
      const item = itemAt(b, b.consumed);
      if (item !== undefined && (bestItem === undefined || compare(item, bestItem) < 0)) {
        best = b;
        bestItem = item;
      }
    }
    if (!best || bestItem === undefined) break;
    best.consumed += 1;
    positions[best.source] = positionOf(best);
    edges.push({ node: bestItem, cursor: encodeCursor(positions) });
  }
  for (const b of buffers) positions[b.source] = positionOf(b);

  const hasNextPage = buffers.some((b) => !positions[b.source]!.done);
  return { edges, hasNextPage, endCursor: edges.length ? encodeCursor(positions) : (after ?? null), failures };
}
