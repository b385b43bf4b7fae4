/**
 * Opaque page tokens over lists the adapter orders itself (ARCHITECTURE.md §6).
 *
 * Gauzy cannot order the way the gateway merges (lower-cased name; start descending), so the
 * adapter reads the matching rows, sorts them, and cuts pages by keyset: the token holds the
 * sort key and id of the last item handed out. Re-requesting a token therefore yields the same
 * page (the gateway relies on that to skip consumed items), and a larger size only extends it.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';

interface Position {
  /** Which ordering the token belongs to, so a token of one list is refused by another. */
  k: 'name' | 'start';
  v: string;
  id: string;
}

function encode(position: Position): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function decode(token: string | null, kind: Position['k']): Position | null {
  if (!token) return null;
  try {
    const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Position>;
    if (p.k === kind && typeof p.v === 'string' && typeof p.id === 'string') return { k: kind, v: p.v, id: p.id };
  } catch {
    // reported below
  }
  throw ValidationError.field('after', 'is not a valid cursor');
}

/** The gateway's name order: lower-cased name, compared by code unit, then id. */
function nameKey(item: { name: string }): string {
  return item.name.toLowerCase();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortByName<T extends { name: string; remoteId: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => cmp(nameKey(a), nameKey(b)) || cmp(a.remoteId, b.remoteId));
}

/**
 * One page, with a resume token after every item (`Page.cursors`): the gateway continues a
 * source exactly after the last item it handed out, so a later page never re-reads this one.
 */
function cut<T>(sorted: T[], after: (item: T) => boolean, size: number, position: (item: T) => Position): Page<T> {
  const rest = sorted.filter(after);
  const items = rest.slice(0, Math.max(0, size));
  const cursors = items.map((item) => encode(position(item)));
  const last = cursors[cursors.length - 1];
  return { items, nextPage: rest.length > items.length && last ? last : null, cursors };
}

export function pageByName<T extends { name: string; remoteId: string }>(items: T[], page: PageRequest): Page<T> {
  const from = decode(page.token, 'name');
  const after = (item: T) => !from || cmp(nameKey(item), from.v) > 0 || (nameKey(item) === from.v && item.remoteId > from.id);
  return cut(sortByName(items), after, page.size, (item) => ({ k: 'name', v: nameKey(item), id: item.remoteId }));
}

export function sortByStart(entries: TimeEntry[]): TimeEntry[] {
  return [...entries].sort((a, b) => b.start.getTime() - a.start.getTime() || cmp(b.remoteId, a.remoteId));
}

/** Where a time-entry token points: entries strictly before (start, id) in start-descending order. */
export function startPosition(token: string | null): { start: Date; id: string } | null {
  const p = decode(token, 'start');
  if (!p) return null;
  const start = new Date(p.v);
  if (Number.isNaN(start.getTime())) throw ValidationError.field('after', 'is not a valid cursor');
  return { start, id: p.id };
}

export function pageByStart(entries: TimeEntry[], page: PageRequest): Page<TimeEntry> {
  const from = startPosition(page.token);
  const after = (e: TimeEntry) => {
    if (!from) return true;
    const d = e.start.getTime() - from.start.getTime();
    return d < 0 || (d === 0 && e.remoteId < from.id);
  };
  return cut(sortByStart(entries), after, page.size, (e) => ({ k: 'start', v: e.start.toISOString(), id: e.remoteId }));
}
