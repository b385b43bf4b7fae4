/**
 * The generic CRUD list contract (CrudController + BaseQueryDTO/PaginationParams):
 * `where[...]` filters (validated as TenantOrganizationBaseDTO, so `where[organizationId]` is
 * required), `take` 0–100, `skip` ≥ 0, `relations`, `order[field]=ASC|DESC`, `withDeleted`.
 * Answer `{items, total}`; `total` counts every match, not just the page. Gauzy's docs give 10
 * as the default page size.
 */
import type { SimRequest } from '../kit.js';
import type { Caller } from './auth.js';
import type { SimContext } from './context.js';
import { isUuid } from './ids.js';
import { parseQuery, parseRelations, type QsObject } from './query.js';
import { intRange, isEmpty, plainObject, throwIfAny, type Errors } from './validate.js';

export const DEFAULT_TAKE = 10;
export const MAX_TAKE = 100;

/**
 * TenantOrganizationBaseDTO: `organization` (object) or `organizationId` (UUID), and the
 * organization must be one the caller belongs to. `prefix` names the nested property
 * (`where`), which Nest prepends to every message.
 */
export function checkOrganization(errors: Errors, ctx: SimContext, caller: Caller, input: Record<string, unknown>, prefix = ''): void {
  const p = prefix ? `${prefix}.` : '';
  const org = input['organization'];
  const orgId = input['organizationId'];
  const sentTo = input['sentTo'];
  // IsOrganizationBelongsToUser: any organization of the tenant the user is a member of (the
  // login user belongs to every organization the simulator holds).
  const belongs = (id: unknown) => isEmpty(id) || organizationIds(ctx.state).includes(String(id));
  const notMember = `${p}The user with ID ${caller.user.id} is not associated with the specified organization.`;
  if (isEmpty(orgId) && isEmpty(sentTo)) {
    if (!plainObject(org)) errors.push(`${p}organization must be an object`);
    else if (!belongs(org['id'])) errors.push(notMember);
  }
  if (isEmpty(org) && isEmpty(sentTo)) {
    if (!isUuid(orgId)) errors.push(`${p}organizationId must be a UUID`);
    if (!belongs(orgId)) errors.push(notMember);
  }
}

/** Every organization of the simulated tenant: the main one first, then any extra ones. */
export function organizationIds(state: SimContext['state']): string[] {
  return [state.organization.id, ...state.extraOrganizations.map((o) => o.id)];
}

/** The organization id a validated DTO refers to. */
export function organizationIdOf(input: Record<string, unknown>): string | undefined {
  const id = input['organizationId'];
  if (typeof id === 'string') return id;
  const org = input['organization'];
  return plainObject(org) && typeof org['id'] === 'string' ? org['id'] : undefined;
}

/** Gauzy's convertNativeParameters: every leaf string that parses as JSON becomes that value. */
function convertNative(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertNative);
  if (plainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertNative(v)]));
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

export interface ListQuery {
  query: QsObject;
  where: Record<string, unknown>;
  take: number | undefined;
  skip: number;
  relations: Set<string>;
  order: [string, 'ASC' | 'DESC'][];
  withDeleted: boolean;
}

export function parseListQuery(ctx: SimContext, caller: Caller, req: SimRequest): ListQuery {
  const query = parseQuery(req.query);
  const errors: Errors = [];
  const take = intRange(errors, 'take', query['take'], 0, MAX_TAKE);
  const skip = intRange(errors, 'skip', query['skip'], 0);
  const where = (plainObject(query['where']) ? convertNative(query['where']) : {}) as Record<string, unknown>;
  checkOrganization(errors, ctx, caller, where, 'where');
  throwIfAny(errors);
  const order: [string, 'ASC' | 'DESC'][] = [];
  if (plainObject(query['order'])) {
    for (const [field, dir] of Object.entries(query['order'])) {
      order.push([field, String(dir).toUpperCase() === 'DESC' ? 'DESC' : 'ASC']);
    }
  }
  return {
    query,
    where,
    take,
    skip: skip ?? 0,
    relations: parseRelations(query['relations']),
    order,
    withDeleted: query['withDeleted'] === 'true',
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined) return b === null;
  return String(a) === String(b);
}

/** TypeORM-style equality on top-level columns; `where[project][id]=x` matches the `projectId` column. */
export function matchesWhere(row: object, where: Record<string, unknown>): boolean {
  const r = row as Record<string, unknown>;
  for (const [key, expected] of Object.entries(where)) {
    if (key === 'organization') {
      if (plainObject(expected) && expected['id'] !== undefined && !same(r['organizationId'], expected['id'])) return false;
      continue;
    }
    if (plainObject(expected)) {
      if (expected['id'] !== undefined && `${key}Id` in r && !same(r[`${key}Id`], expected['id'])) return false;
      continue;
    }
    if (Array.isArray(expected)) {
      if (key in r && !expected.some((e) => same(r[key], e))) return false;
      continue;
    }
    // Unknown columns are ignored rather than failing the query.
    if (key in r && !same(r[key], expected)) return false;
  }
  return true;
}

/**
 * How an endpoint reads `take`/`skip`; Gauzy has two rules and each list follows one:
 * - `offset` (CrudService.findAll, core/crud/crud.service.ts: the options go straight to
 *   TypeORM `findAndCount`): `skip` rows are skipped and no `take` means every row;
 * - `page` (CrudService.paginate, core/crud/crud.service.ts L194-196, and the services that copy
 *   it: employee.service.ts `pagination` L583-584, organization-team.service.ts `findAll`
 *   L560-561): `skip` is a 1-based page number, offset = take × (skip − 1), and `take`
 *   defaults to 10 (`paginate`, employee `pagination`) or to everything (team `findAll`).
 */
export interface Paging {
  skip: 'offset' | 'page';
  defaultTake: number | null;
}

/** CrudService.findAll (GET /{res}): offset, every row unless `take` is sent. */
export const OFFSET_PAGING: Paging = { skip: 'offset', defaultTake: null };
/** CrudService.paginate (GET /{res}/pagination): page number, 10 rows unless `take` is sent. */
export const PAGE_PAGING: Paging = { skip: 'page', defaultTake: DEFAULT_TAKE };

export function findAll<T extends { deletedAt: string | null }>(rows: Iterable<T>, list: ListQuery, paging: Paging = OFFSET_PAGING): { items: T[]; total: number } {
  let matched = [...rows].filter((row) => (list.withDeleted || row.deletedAt === null) && matchesWhere(row, list.where));
  for (const [field, dir] of [...list.order].reverse()) {
    matched = [...matched].sort((a, b) => {
      const x = (a as Record<string, unknown>)[field];
      const y = (b as Record<string, unknown>)[field];
      const cmp =
        x === y ? 0
        : x === null || x === undefined ? -1
        : y === null || y === undefined ? 1
        : typeof x === 'number' && typeof y === 'number' ? x - y
        : String(x) < String(y) ? -1
        : 1;
      return dir === 'DESC' ? -cmp : cmp;
    });
  }
  // TypeORM ignores a falsy `take`, so take=0 falls back like an absent one.
  const take = list.take ? list.take : paging.defaultTake;
  // `options.skip ? options.take * (options.skip - 1) : 0`: with no take, NaN, which TypeORM ignores.
  const offset = paging.skip === 'offset' ? list.skip : list.skip && take ? take * (list.skip - 1) : 0;
  const items = take === null ? matched.slice(offset) : matched.slice(offset, offset + take);
  return { items, total: matched.length };
}
