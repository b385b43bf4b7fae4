/**
 * The adapter's opaque page tokens and list order. A token holds everything needed to resume
 * and always yields the same page: the gateway re-reads a token (with a different size) and
 * skips what it already handed out, so a page's start must not depend on the size asked.
 *
 * Two kinds:
 *  - vendor pages `{p, o}`: a Clockify page (of a fixed size) and an offset in it, for lists
 *    Clockify sorts by name itself.
 *  - keysets (`{n, i}` by name, `{t, i, d}` by start): the last record handed out, for lists the
 *    adapter assembles from several vendor lists and sorts itself.
 */
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import type { Page, PageRequest } from '../contract.js';

/** Largest page-size the adapter asks Clockify for; also the adapter's `maxPageSize`. */
export const MAX_PAGE_SIZE = 200;

export function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeToken<T>(token: string | null, schema: z.ZodType<T>): T | null {
  if (!token) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below as a typed error
  }
  throw ValidationError.field('after', 'is not a page token of this Clockify source');
}

export const pageSize = (size: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(size)));

/**
 * The gateway's merge order for named records (gateway/order.ts): lower-cased name by code
 * point, then the id so equal names still have one fixed order.
 */
export function byName(a: { name: string; remoteId: string }, b: { name: string; remoteId: string }): number {
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  if (an !== bn) return an < bn ? -1 : 1;
  return a.remoteId < b.remoteId ? -1 : a.remoteId > b.remoteId ? 1 : 0;
}

export const matchesSearch = (name: string, search: string | null | undefined) => !search || name.toLowerCase().includes(search.toLowerCase());

/** Every vendor page the adapter reads has this size, whatever size the caller asks for. */
export const VENDOR_PAGE_SIZE = MAX_PAGE_SIZE;

const VendorPageToken = z.object({ p: z.number().int().min(1).max(1_000_000), o: z.number().int().min(0).max(VENDOR_PAGE_SIZE) }).strict();

/**
 * Pages of a list Clockify sorts by name itself. Clockify collates names its own way
 * (locale-aware), so each vendor page is re-sorted into the gateway's order and the adapter's
 * pages are cut from it: a token is (vendor page, offset in it). Vendor pages always have the
 * same size, so a token names the same records whatever page size is asked; were the vendor
 * page sized by the request, re-reading a token with a larger size (as the gateway does) could
 * re-sort other records into the part it skips. Across vendor pages Clockify's order is
 * trusted, which differs from the gateway's only for names whose collation and code-point
 * order disagree (accents, punctuation). `keep` narrows what the vendor filters only
 * approximate, so a page may come back short, or empty with a next page.
 */
export async function vendorPage<R, T extends { name: string; remoteId: string }>(
  request: PageRequest,
  fetchPage: (page: number, size: number) => Promise<R[]>,
  map: (raw: R) => T | Error,
  keep: (item: T) => boolean = () => true,
): Promise<Page<T>> {
  const token = decodeToken(request.token, VendorPageToken) ?? { p: 1, o: 0 };
  const size = pageSize(request.size);
  const raw = await fetchPage(token.p, VENDOR_PAGE_SIZE);
  const mapped = raw.map(map);
  // A record that cannot be read is reported once, with the page that starts its vendor page.
  const errors = token.o === 0 ? mapped.filter((m): m is Error => m instanceof Error) : [];
  const window = mapped.filter((m): m is T => !(m instanceof Error)).filter(keep).sort(byName);
  const items = window.slice(token.o, token.o + size);
  const end = token.o + items.length;
  let nextPage: string | null = null;
  if (end < window.length) nextPage = encodeToken({ p: token.p, o: end });
  else if (raw.length >= VENDOR_PAGE_SIZE) nextPage = encodeToken({ p: token.p + 1, o: 0 });
  return errors.length ? { items, nextPage, errors } : { items, nextPage };
}

const NameKey = z.object({ n: z.string().max(2_000), i: z.string().max(100) }).strict();

/**
 * A page cut from a list the adapter holds whole (sorted with `byName`): everything after the
 * last record of the previous page. A keyset rather than an offset, so a record added or
 * removed between two pages shifts nothing.
 */
export function keysetByName<T extends { name: string; remoteId: string }>(sorted: T[], request: PageRequest): Page<T> {
  const key = decodeToken(request.token, NameKey);
  const size = pageSize(request.size);
  const rest = key ? sorted.filter((item) => byName(item, { name: key.n, remoteId: key.i }) > 0) : sorted;
  const items = rest.slice(0, size);
  const last = items[items.length - 1];
  return { items, nextPage: rest.length > size && last ? encodeToken({ n: last.name.toLowerCase(), i: last.remoteId }) : null };
}
