/**
 * Readers for query strings and bodies. POST/PATCH parameters come as JSON or as form data
 * (Overview: "Request parameters can either be formatted in JSON or submitted as form data");
 * both end up as one plain object here. A wrong type is a 422 with `{"message"}` (Overview:
 * 422 "there were errors processing your request").
 */
import type { SimRequest } from '../kit.js';
import { unprocessable } from './envelope.js';
import { parseDateTime } from './time.js';

export type Body = Record<string, unknown>;

export function readBody(req: SimRequest): Body {
  if (req.body === undefined) return {};
  if (typeof req.body === 'string') {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.includes('application/x-www-form-urlencoded')) throw unprocessable('Request body must be JSON or form data');
    return Object.fromEntries(new URLSearchParams(req.body));
  }
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw unprocessable('Request body must be an object');
  return req.body as Body;
}

/** Integers arrive as JSON numbers or, from forms, as digit strings. */
export function optInt(body: Body, field: string): number | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw unprocessable(`${field} must be an integer`);
  return n;
}

export function optNumber(body: Body, field: string): number | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const n = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw unprocessable(`${field} must be a non-negative number`);
  return n;
}

export function optString(body: Body, field: string): string | null | undefined {
  const raw = body[field];
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  if (typeof raw !== 'string') throw unprocessable(`${field} must be a string`);
  return raw;
}

export function optBool(body: Body, field: string): boolean | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null) return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw unprocessable(`${field} must be true or false`);
}

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw unprocessable(`${name} must be true or false`);
}

export function queryInt(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw unprocessable(`${name} must be an integer`);
  return Number(raw);
}

/** `updated_since`: "Use the ISO 8601 Format" (every list page). */
export function queryDateTime(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = parseDateTime(raw);
  if (ms === null) throw unprocessable(`${name} must be an ISO 8601 date and time`);
  return ms;
}

/** A path id: Harvest ids are integers, so anything else is simply not found. */
export function pathId(req: SimRequest, name = 'id'): number | null {
  const raw = req.params[name] ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : null;
}
