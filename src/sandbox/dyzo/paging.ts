/**
 * The paging the notes document: lists return everything in `data`, `X-Total-Count` carries the
 * total, and `page` (1-based) with optional `page_size` cuts one page out. Without `page` or
 * `page_size` a list is complete, which is what most Dyzo lists do.
 */
import type { SimResponse } from '../kit.js';
import { domainError } from './envelope.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type Paged<T> = { ok: true; items: T[]; headers: Record<string, string> } | { ok: false; response: SimResponse };

function positiveInt(raw: string | null): number | undefined | null {
  if (raw === null) return undefined;
  return /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

export function paginate<T>(items: T[], query: URLSearchParams): Paged<T> {
  const headers = { 'x-total-count': String(items.length) };
  const page = positiveInt(query.get('page'));
  const size = positiveInt(query.get('page_size'));
  if (page === null) return { ok: false, response: domainError('Invalid page.') };
  if (size === null) return { ok: false, response: domainError('Invalid page_size.') };
  if (page === undefined && size === undefined) return { ok: true, items, headers };
  const pageSize = Math.min(size ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const start = ((page ?? 1) - 1) * pageSize;
  return { ok: true, items: items.slice(start, start + pageSize), headers };
}
