/**
 * Small pieces shared by the CRUD route modules: typed field patches with class-validator
 * sentences, relation id lists (`[{id}]` or plain ids), TypeORM delete results and the
 * `/count` endpoint.
 */
import type { SimRequest, SimResponse } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { json } from '../envelope.js';
import { isUuid } from '../ids.js';
import { checkOrganization } from '../listing.js';
import { parseQuery } from '../query.js';
import * as v from '../validate.js';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'uuid' | 'email' | readonly string[];

/** Validates the present keys of `body` against `spec` and returns the patch (nulls allowed). */
export function fieldPatch(errors: v.Errors, body: Record<string, unknown>, spec: Record<string, FieldKind>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) {
    if (!(name in body)) continue;
    const value = body[name];
    if (value === null) {
      patch[name] = null;
      continue;
    }
    if (kind === 'string') v.string(errors, name, value);
    else if (kind === 'number') v.number(errors, name, value);
    else if (kind === 'boolean') v.boolean(errors, name, value);
    else if (kind === 'date') v.dateString(errors, name, value);
    else if (kind === 'uuid') v.uuid(errors, name, value);
    else if (kind === 'email') v.email(errors, name, value);
    else v.oneOf(errors, name, value, kind);
    patch[name] = kind === 'date' && v.isIsoDate(value) ? new Date(value).toISOString() : value;
  }
  return patch;
}

/** Relation lists arrive as entity objects (`[{id}]`, Gauzy's UI) or as id strings. */
export function idList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => (typeof item === 'string' ? item : v.plainObject(item) ? item['id'] : undefined))
    .filter((id): id is string => typeof id === 'string');
}

export function checkIdList(errors: v.Errors, name: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push(`${name} must be an array`);
    return [];
  }
  const ids = idList(value);
  if (ids.length !== value.length || ids.some((id) => !isUuid(id))) errors.push(`each value in ${name} must be a UUID`);
  return ids;
}

/** TypeORM DeleteResult as Nest serialises it. */
export function deleteResult(affected: number): SimResponse {
  return json({ raw: [], affected });
}

/** `GET /{res}/count`: CountQueryDTO is TenantOrganizationBaseDTO in the query; answers a bare number. */
export function countRoute<T extends { organizationId: string | null; deletedAt: string | null }>(
  ctx: SimContext,
  rows: () => Iterable<T>,
): (req: SimRequest, caller: Caller) => SimResponse {
  return (req, caller) => {
    const q = parseQuery(req.query) as Record<string, unknown>;
    const errors: v.Errors = [];
    checkOrganization(errors, ctx, caller, q);
    v.throwIfAny(errors);
    let n = 0;
    for (const row of rows()) if (row.deletedAt === null && row.organizationId === ctx.state.organization.id) n++;
    return json(n);
  };
}

export function bodyOf(req: SimRequest): Record<string, unknown> {
  return v.plainObject(req.body) ? req.body : {};
}
