/**
 * Local paging. Dyzo cannot order the way the gateway merges (lower-cased name; start
 * descending): its lists come in id or "recent activity" order, and time entries have no list
 * of their own. So the adapter reads the matching records, sorts them, and cuts pages by
 * keyset. The token names the last item handed out (its sort key and id), which makes it:
 * - deterministic: re-requesting a token yields the same page while the data is unchanged;
 * - stable under change: a record added or removed elsewhere does not shift later pages;
 * - bound to its ordering: a name token handed to the entry list is refused.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';

type Order = 'name' | 'start';

interface Mark {
  o: Order;
  /** Sort key of the last item handed out. */
  k: string;
  id: string;
}

const badToken = () => ValidationError.field('after', 'is not a valid cursor for this Dyzo list');

function encode(mark: Mark): string {
  return Buffer.from(JSON.stringify(mark), 'utf8').toString('base64url');
}

function decode(token: string | null, order: Order): Mark | null {
  if (!token) return null;
  let mark: Partial<Mark>;
  try {
    mark = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Mark>;
  } catch {
    throw badToken();
  }
  if (mark?.o !== order || typeof mark.k !== 'string' || typeof mark.id !== 'string') throw badToken();
  return { o: order, k: mark.k, id: mark.id };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dyzo ids are integers: compare them as numbers (shorter digit string first), not as text. */
export const compareIds = (a: string, b: string) => a.length - b.length || byCodeUnit(a, b);

/**
 * Takes `size` items after the mark from an already sorted list, with a resume token after
 * every item (`Page.cursors`): the gateway continues this source exactly after the last item it
 * handed out, instead of asking for this page again and skipping what it already used.
 */
function cut<T>(sorted: T[], isAfterMark: (item: T) => boolean, size: number, markOf: (item: T) => Mark): Page<T> {
  const start = sorted.findIndex(isAfterMark);
  const rest = start < 0 ? [] : sorted.slice(start);
  // A page of zero items could not carry a position forward; one item is the least we hand out.
  const items = rest.slice(0, Math.max(1, size));
  const cursors = items.map((item) => encode(markOf(item)));
  const last = cursors[cursors.length - 1];
  return { items, nextPage: last && rest.length > items.length ? last : null, cursors };
}

const nameKey = (item: { name: string }) => item.name.toLowerCase();

/** The gateway's name order: lower-cased name by code unit, then id. */
export function compareByName(a: { name: string; remoteId: string }, b: { name: string; remoteId: string }): number {
  return byCodeUnit(nameKey(a), nameKey(b)) || compareIds(a.remoteId, b.remoteId);
}

export function pageByName<T extends { name: string; remoteId: string }>(items: readonly T[], page: PageRequest): Page<T> {
  const mark = decode(page.token, 'name');
  const sorted = [...items].sort(compareByName);
  const after = (item: T) => !mark || compareByName(item, { name: mark.k, remoteId: mark.id }) > 0;
  return cut(sorted, after, page.size, (item) => ({ o: 'name', k: nameKey(item), id: item.remoteId }));
}

/** Entries newest first; equal starts by id descending, so the order is total. */
export function compareByStartDesc(a: Pick<TimeEntry, 'start' | 'remoteId'>, b: Pick<TimeEntry, 'start' | 'remoteId'>): number {
  return b.start.getTime() - a.start.getTime() || compareIds(b.remoteId, a.remoteId);
}

export function pageByStart(entries: readonly TimeEntry[], page: PageRequest): Page<TimeEntry> {
  const mark = decode(page.token, 'start');
  const markStart = mark ? new Date(mark.k) : null;
  if (markStart && Number.isNaN(markStart.getTime())) throw badToken();
  const sorted = [...entries].sort(compareByStartDesc);
  const after = (e: TimeEntry) => !mark || !markStart || compareByStartDesc(e, { start: markStart, remoteId: mark.id }) > 0;
  return cut(sorted, after, page.size, (e) => ({ o: 'start', k: e.start.toISOString(), id: e.remoteId }));
}
