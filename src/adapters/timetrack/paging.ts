/**
 * Opaque page tokens over lists the adapter sorts itself (ARCHITECTURE.md §6).
 *
 * TimeTrack pages (`limit` + `page`) in its own order, which is not the gateway's merge order
 * (lower-cased name ascending; start descending), and it reports no totals. So a list call
 * reads the whole matching collection (memoised briefly, see memo.ts), sorts it and cuts a
 * keyset page: the token holds the sort key and id of the last item handed out. The same
 * token therefore gives the same page again, and a larger size only extends it.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';

type Order = 'name' | 'start';

interface Position {
  /** Which order the token belongs to, so a token of one list is refused by another. */
  o: Order;
  v: string;
  id: string;
}

function encode(position: Position): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function decode(token: string | null, order: Order): Position | null {
  if (!token) return null;
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Position>;
    if (p.o === order && typeof p.v === 'string' && typeof p.id === 'string') return { o: order, v: p.v, id: p.id };
  } catch {
    // refused below
  }
  throw ValidationError.field('after', 'is not a valid cursor');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** TimeTrack ids are integers; compared as numbers without leaving strings. */
const cmpId = (a: string, b: string) => a.length - b.length || cmp(a, b);
/** Fixed width and shifted past the earliest Date, so start keys compare as text in time order. */
const startKey = (entry: TimeEntry) => String(entry.start.getTime() + 8.64e15).padStart(17, '0');

/**
 * One page, with a resume token after every item (`Page.cursors`): the gateway continues this
 * source exactly after the last item it handed out, instead of asking for this page again and
 * skipping what it already used.
 */
function cut<T>(sorted: T[], isAfter: (item: T) => boolean, size: number, position: (item: T) => Position): Page<T> {
  const rest = sorted.filter(isAfter);
  const items = rest.slice(0, Math.max(0, size));
  const cursors = items.map((item) => encode(position(item)));
  const last = cursors[cursors.length - 1];
  return { items, nextPage: rest.length > items.length && last ? last : null, cursors };
}

export function pageByName<T extends { name: string; remoteId: string }>(items: readonly T[], page: PageRequest): Page<T> {
  const from = decode(page.token, 'name');
  const key = (item: T) => item.name.toLowerCase();
  const order = (a: T, b: T) => cmp(key(a), key(b)) || cmpId(a.remoteId, b.remoteId);
  const sorted = [...items].sort(order);
  const isAfter = (item: T) => !from || cmp(key(item), from.v) > 0 || (key(item) === from.v && cmpId(item.remoteId, from.id) > 0);
  return cut(sorted, isAfter, page.size, (item) => ({ o: 'name', v: key(item), id: item.remoteId }));
}

export function pageByStart(entries: readonly TimeEntry[], page: PageRequest): Page<TimeEntry> {
  const from = decode(page.token, 'start');
  const order = (a: TimeEntry, b: TimeEntry) => cmp(startKey(b), startKey(a)) || cmpId(b.remoteId, a.remoteId);
  const sorted = [...entries].sort(order);
  const isAfter = (e: TimeEntry) => !from || cmp(startKey(e), from.v) < 0 || (startKey(e) === from.v && cmpId(e.remoteId, from.id) < 0);
  return cut(sorted, isAfter, page.size, (e) => ({ o: 'start', v: startKey(e), id: e.remoteId }));
}
