/**
 * Route plumbing shared by the resource files: trailing-slash twins, id parsing, the outcome
 * unwrapping and the substring filters the docs describe.
 */
import type { HttpMethod, SimHandler, SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { notFound, type Outcome } from '../envelope.js';

/**
 * The docs' list examples end in a slash (`/tasks/`) while create does not (`/tasks`); both
 * spellings are served. Patterns here are relative to the base path, which index.ts prepends.
 */
export function route(method: HttpMethod, pattern: string, handler: SimHandler): SimRoute[] {
  return [
    { method, pattern, handler },
    { method, pattern: `${pattern}/`, handler },
  ];
}

/** Ids are positive integers; anything else cannot name a record, so it is a 404 like a missing one. */
export function parseId(raw: string | undefined): number | undefined {
  return raw !== undefined && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
}

/** Finds `:id` in a collection or answers the resource's 404. */
export function findById<T extends { id: number }>(req: SimRequest, items: readonly T[], label: string): Outcome<T> {
  const id = parseId(req.params.id);
  const item = id === undefined ? undefined : items.find((i) => i.id === id);
  return item ? { ok: true, value: item } : { ok: false, response: notFound(`${label} not found`) };
}

/**
 * Runs a handler body that threads Outcomes: `unwrap` throws the failure response, which is
 * caught here and returned, so routes read top to bottom without nested ifs.
 */
class Bail {
  constructor(readonly response: SimResponse) {}
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Bail(outcome.response);
  return outcome.value;
}

export function bail(response: SimResponse): never {
  throw new Bail(response);
}

export function handler(body: (req: SimRequest) => SimResponse): SimHandler {
  return (req) => {
    try {
      return body(req);
    } catch (error) {
      if (error instanceof Bail) return error.response;
      throw error;
    }
  };
}

/**
 * Search filters on names are substrings (seed: "will be used as substring"); case is ignored,
 * as a SQL LIKE on the vendor's side most likely does. An absent or empty filter matches all.
 */
export function containsFilter(query: URLSearchParams, key: string): (value: string) => boolean {
  const needle = query.get(key);
  if (needle === null || needle === '') return () => true;
  const lower = needle.toLowerCase();
  return (value) => value.toLowerCase().includes(lower);
}
