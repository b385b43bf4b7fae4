/**
 * Strict readers for query strings and JSON bodies. Clockify is a Spring service: a malformed
 * boolean, an unknown enum value or a wrongly typed body field is a 400, never silently ignored.
 * Being strict here is the point: the adapter must not pass only because the fake was lenient.
 */
import type { SimRequest } from '../kit.js';
import { badRequest } from './envelope.js';
import type { Rate } from './state.js';

export type Body = Record<string, unknown>;

// ---------- query ----------

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`Invalid value for '${name}': ${raw} (expected true or false)`);
}

export function queryEnum<T extends string>(query: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    throw badRequest(`Invalid value for '${name}': ${raw} (expected one of ${values.join(', ')})`);
  }
  return raw as T;
}

/**
 * Array parameters are repeated keys (`clients=a&clients=b`), as the docs show. Spring also
 * splits a single comma-separated value into a list, so `clients=a,b` works too.
 */
export function queryList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export type SortOrder = 'ASCENDING' | 'DESCENDING';

/**
 * Sorts by the `sort-column`/`sort-order` query pair. Ties fall back to the id so paging stays
 * stable between calls (otherwise an item could show up on two pages).
 */
export function sortByQuery<T extends { id: string }>(
  items: readonly T[],
  query: URLSearchParams,
  columns: Record<string, (item: T) => string | number>,
  defaults: { column: string; order?: SortOrder },
): T[] {
  const column = queryEnum(query, 'sort-column', Object.keys(columns)) ?? defaults.column;
  const order = queryEnum(query, 'sort-order', ['ASCENDING', 'DESCENDING'] as const) ?? defaults.order ?? 'ASCENDING';
  const key = columns[column];
  if (!key) throw new Error(`sort column ${column} has no key function`);
  const sign = order === 'ASCENDING' ? 1 : -1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * (primary !== 0 ? primary : a.id.localeCompare(b.id));
  });
}

/** The `name` + `strict-name-search` pair shared by projects, tasks and tags. */
export function nameFilter(query: URLSearchParams): ((name: string) => boolean) | undefined {
  const wanted = query.get('name');
  const strict = queryBool(query, 'strict-name-search') ?? false;
  if (wanted === null || wanted === '') return undefined;
  const needle = wanted.toLowerCase();
  return strict ? (name) => name === wanted : (name) => name.toLowerCase().includes(needle);
}

// ---------- body ----------

/** The parsed JSON body as an object; Spring answers 400 for a missing or non-object body. */
export function requireObject(req: SimRequest): Body {
  if (req.body === undefined) throw badRequest('Required request body is missing');
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    throw badRequest('Request body must be a JSON object');
  }
  return req.body as Body;
}

function typeError(field: string, expected: string): never {
  throw badRequest(`Field '${field}' must be ${expected}`);
}

/** An optional string; `null` counts as absent (Jackson maps both to null). */
export function optString(body: Body, field: string, opts: { max?: number; min?: number } = {}): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') typeError(field, 'a string');
  if (opts.max !== undefined && value.length > opts.max) {
    throw badRequest(`Field '${field}' must be at most ${opts.max} characters`);
  }
  if (opts.min !== undefined && value.length < opts.min) {
    throw badRequest(`Field '${field}' must be at least ${opts.min} characters`);
  }
  return value;
}

/** A required non-blank name with length bounds, as Clockify validates names. */
export function requireName(body: Body, field: string, label: string, opts: { min?: number; max: number }): string {
  const value = optString(body, field);
  if (value === undefined || value.trim() === '') throw badRequest(`${label} name is required`);
  const name = value.trim();
  if (name.length < (opts.min ?? 1) || name.length > opts.max) {
    throw badRequest(`${label} name must be between ${opts.min ?? 1} and ${opts.max} characters`);
  }
  return name;
}

export function optBool(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') typeError(field, 'a boolean');
  return value;
}

export function optInt(body: Body, field: string, opts: { min?: number } = {}): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) typeError(field, 'an integer');
  if (opts.min !== undefined && value < opts.min) throw badRequest(`Field '${field}' must be >= ${opts.min}`);
  return value;
}

export function optStringArray(body: Body, field: string, opts: { max?: number } = {}): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) typeError(field, 'an array of strings');
  const list = value as string[];
  if (opts.max !== undefined && list.length > opts.max) throw badRequest(`Field '${field}' must have at most ${opts.max} items`);
  return [...new Set(list)];
}

export function optEnum<T extends string>(body: Body, field: string, values: readonly T[]): T | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw badRequest(`Field '${field}' must be one of ${values.join(', ')}`);
  }
  return value as T;
}

const COLOR = /^#(?:[0-9a-fA-F]{6}){1}$/;

/** The documented color pattern `^#(?:[0-9a-fA-F]{6}){1}$`. */
export function optColor(body: Body, field: string): string | undefined {
  const value = optString(body, field);
  if (value === undefined) return undefined;
  if (!COLOR.test(value)) throw badRequest(`Field '${field}' must be a color in #RRGGBB format`);
  return value;
}

/**
 * Rate requests are `{amount, since?}` (plus an optional `currency`); amounts are integer minor
 * units. The response always carries the workspace currency unless one was given.
 */
export function optRate(body: Body, field: string, currency: string): Rate | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) typeError(field, 'an object');
  const rate = value as Body;
  const amount = optInt(rate, 'amount', { min: 0 });
  if (amount === undefined) throw badRequest(`Field '${field}.amount' is required`);
  const given = optString(rate, 'currency');
  return { amount, currency: given ?? currency };
}
