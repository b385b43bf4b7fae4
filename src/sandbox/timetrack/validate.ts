/**
 * Body validation with zod, turned into TimeTrack-style `{"message"}` 400s. Only the first
 * problem is reported, phrased so a developer can fix the request from the message alone.
 * Unknown keys are ignored (typical of the vendor's PHP-style API); keys the docs say cannot be
 * updated are rejected separately by `rejectImmutable`, because silently ignoring them would
 * hide adapter bugs.
 */
import { z } from 'zod';
import { badRequest, fail, pass, type Outcome } from './envelope.js';
import { parseTimestamp, TIMESTAMP_HINT } from './time.js';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): Outcome<z.output<S>> {
  // A bodiless POST is validated as `{}` so the answer names the first missing field.
  const input = body === undefined ? {} : body;
  if (!isJsonObject(input)) return fail(badRequest('Request body must be a JSON object'));
  const result = schema.safeParse(input);
  if (result.success) return pass(result.data);
  const issue = result.error.issues[0];
  if (!issue) return fail(badRequest('Invalid request body'));
  const key = issue.path.map(String).join('.');
  const first = issue.path[0];
  const missing = issue.path.length === 1 && typeof first === 'string' && input[first] === undefined;
  return fail(badRequest(missing ? `${key} is required` : `${key || 'body'}: ${issue.message}`));
}

/** The docs list fields that "cannot be updated"; sending them at all is refused. */
export function rejectImmutable(body: unknown, fields: readonly string[], resource: string): Outcome<void> {
  if (!isJsonObject(body)) return pass(undefined);
  const sent = fields.find((field) => body[field] !== undefined);
  return sent ? fail(badRequest(`${sent} of a ${resource} cannot be updated`)) : pass(undefined);
}

/** Free text that may be cleared with null. */
export const text = z.string().nullable();

/** A name used as a reference elsewhere: non-empty and without surrounding blanks. */
export const name = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value.trim() === value, 'must not start or end with whitespace');

export const money = z.number().min(0).nullable();

/** Wire timestamp → epoch ms. */
export const timestamp = z.string().transform((value, ctx) => {
  const ms = parseTimestamp(value);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: TIMESTAMP_HINT });
    return z.NEVER;
  }
  return ms;
});

/** GPS fields are documented as Text; a number is accepted and stored as its text. */
export const coordinate = z
  .union([z.string(), z.number()])
  .nullable()
  .transform((value) => (value === null ? null : String(value)));

/** Drops keys whose value is undefined so `Object.assign` only touches what was sent. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
