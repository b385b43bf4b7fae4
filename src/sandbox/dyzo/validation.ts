/**
 * Request-body validation with zod, reported the way Dyzo's views report it: HTTP 200 with
 * `{"status": 0, "message": "<field> is required"}`. Only the first problem is reported, as a
 * hand-written Django view would.
 */
import { z } from 'zod';
import type { SimRequest, SimResponse } from '../kit.js';
import { domainError } from './envelope.js';
import { parseDate, parseInstant } from './time.js';

/** Integer ids; JSON strings such as "250" are refused so adapters send real numbers. */
export const id = z.number().int().positive();

export const instant = z
  .string()
  .refine((v) => parseInstant(v) !== undefined, 'must be an ISO-8601 UTC datetime such as 2024-10-29T09:00:00Z');

export const date = z.string().refine((v) => parseDate(v) !== undefined, 'must be a date such as 2024-11-01');

export const priority = z.enum(['low', 'medium', 'high']);

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: SimResponse };

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request body';
  const field = issue.path.map(String).join('.');
  if (!field) return `Invalid request body: ${issue.message}`;
  if (valueAt(input, issue.path) === undefined) return `${field} is required`;
  return `${field}: ${issue.message}`;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: domainError(describeIssue(result.error, input)) };
}

/** A JSON body (the kit already parsed it); non-JSON text or no body is a domain error. */
export function jsonBody<S extends z.ZodType>(req: SimRequest, schema: S): Parsed<z.output<S>> {
  if (req.body === undefined) return { ok: false, response: domainError('Request body is required') };
  if (typeof req.body === 'string') return { ok: false, response: domainError('Request body must be JSON') };
  return parseWith(schema, req.body);
}
