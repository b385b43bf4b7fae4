/**
 * Strict readers for request bodies and paging parameters. Types follow the docs exactly
 * (a `number` field must be a JSON integer, not a numeric string) so an adapter that sends the
 * wrong type fails here rather than against the real service. `null` counts as absent for
 * optional fields, as the register sample sends `"employee_id": null`.
 * Messages mimic the Laravel-style wording of a PHP backend; Desklog documents none.
 */
import type { SimRequest } from '../kit.js';
import { DesklogError } from './envelope.js';
import { isIsoDate } from './time.js';

export type Body = Record<string, unknown>;

function label(key: string): string {
  return key.replace(/_/g, ' ');
}

/** The JSON object body; an absent body reads as `{}`. */
export function objectBody(req: SimRequest): Body {
  if (req.body === undefined) return {};
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    throw new DesklogError('The request body must be a JSON object.');
  }
  return req.body as Body;
}

function present(body: Body, key: string, required: boolean): unknown {
  const value = body[key];
  if (value === undefined || value === null) {
    if (required) throw new DesklogError(`The ${label(key)} field is required.`);
    return undefined;
  }
  return value;
}

export function readInt(body: Body, key: string, required: true): number;
export function readInt(body: Body, key: string, required?: false): number | undefined;
export function readInt(body: Body, key: string, required = false): number | undefined {
  const value = present(body, key, required);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new DesklogError(`The ${label(key)} must be an integer.`);
  }
  return value;
}

/** A non-negative number (hours, amounts, seconds). */
export function readAmount(body: Body, key: string): number | undefined {
  const value = present(body, key, false);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new DesklogError(`The ${label(key)} must be a non-negative number.`);
  }
  return value;
}

export function readString(body: Body, key: string, required: true): string;
export function readString(body: Body, key: string, required?: false): string | undefined;
export function readString(body: Body, key: string, required = false): string | undefined {
  const value = present(body, key, required);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new DesklogError(`The ${label(key)} must be a string.`);
  if (required && value.trim() === '') throw new DesklogError(`The ${label(key)} field is required.`);
  return value;
}

export function readIntArray(body: Body, key: string, required: true): number[];
export function readIntArray(body: Body, key: string, required?: false): number[] | undefined;
export function readIntArray(body: Body, key: string, required = false): number[] | undefined {
  const value = present(body, key, required);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new DesklogError(`The ${label(key)} must be an array.`);
  if (required && value.length === 0) throw new DesklogError(`The ${label(key)} field is required.`);
  for (const item of value) {
    if (typeof item !== 'number' || !Number.isInteger(item)) {
      throw new DesklogError(`The ${label(key)} must contain integer user ids.`);
    }
  }
  return value as number[];
}

export function readDate(body: Body, key: string, required: true): string;
export function readDate(body: Body, key: string, required?: false): string | undefined;
export function readDate(body: Body, key: string, required = false): string | undefined {
  const value = required ? readString(body, key, true) : readString(body, key);
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new DesklogError(`The ${label(key)} does not match the format Y-m-d.`);
  return value;
}

export function readFlag(body: Body, key: string): 0 | 1 | undefined {
  const value = readInt(body, key);
  if (value === undefined) return undefined;
  if (value !== 0 && value !== 1) throw new DesklogError(`The selected ${label(key)} is invalid.`);
  return value;
}

/** A path id; anything but digits is simply an unknown record. */
export function pathId(req: SimRequest, what: string): number {
  const raw = req.params.id ?? '';
  if (!/^\d+$/.test(raw)) throw new DesklogError(`${what} not found`);
  return Number(raw);
}

/** Default page size where the docs state none (only task_tag documents 10). */
export const DEFAULT_LIMIT = 10;

/**
 * `limit` + `offset` query paging. Both are documented as strings; an empty value (the project
 * list is printed as `project/?limit=&offset=`) means the default. `offset` counts rows.
 */
export function page<T>(rows: T[], req: SimRequest): T[] {
  const read = (key: 'limit' | 'offset', fallback: number, min: number): number => {
    const raw = req.query.get(key);
    if (raw === null || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) {
      throw new DesklogError(`The ${key} must be an integer of at least ${min}.`);
    }
    return Number(raw);
  };
  const limit = read('limit', DEFAULT_LIMIT, 1);
  const offset = read('offset', 0, 0);
  return rows.slice(offset, offset + limit);
}
