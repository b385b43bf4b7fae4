/**
 * class-validator look-alikes. Gauzy validates DTOs with Nest's ValidationPipe, whose 400 body
 * lists one English sentence per failed constraint (`"organizationId must be a UUID"`); adapters
 * may show or match these, so the simulator produces the same sentences. Each helper appends to
 * an `errors` array; `throwIfAny` raises the 400 once a DTO is fully checked, as the pipe does.
 */
import { badRequest } from './envelope.js';
import { isUuid } from './ids.js';

export type Errors = string[];

export const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

export function throwIfAny(errors: Errors): void {
  if (errors.length > 0) throw badRequest(errors);
}

/** `@IsNotEmpty()` */
export function notEmpty(errors: Errors, name: string, value: unknown, message?: string): boolean {
  if (isEmpty(value)) {
    errors.push(message ?? `${name} should not be empty`);
    return false;
  }
  return true;
}

/** `@IsOptional() @IsUUID()` (pass `required` for a bare `@IsUUID()`). */
export function uuid(errors: Errors, name: string, value: unknown, required = false): void {
  if (!required && isEmpty(value)) return;
  if (!isUuid(value)) errors.push(`${name} must be a UUID`);
}

/** `@IsUUID('all', { each: true })` on an optional list. */
export function uuidEach(errors: Errors, name: string, values: unknown[]): void {
  if (values.some((v) => !isUuid(v))) errors.push(`each value in ${name} must be a UUID`);
}

export function string(errors: Errors, name: string, value: unknown, required = false): void {
  if (!required && (value === undefined || value === null)) return;
  if (typeof value !== 'string') errors.push(`${name} must be a string`);
}

export function boolean(errors: Errors, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'boolean') errors.push(`${name} must be a boolean value`);
}

export function number(errors: Errors, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${name} must be a number conforming to the specified constraints`);
  }
}

export function email(errors: Errors, name: string, value: unknown, required = false): void {
  if (!required && isEmpty(value)) return;
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) errors.push(`${name} must be an email`);
}

/** `@IsEnum(E)`; class-validator lists the enum's values in declaration order. */
export function oneOf(errors: Errors, name: string, value: unknown, values: readonly string[], required = false): void {
  if (!required && (value === undefined || value === null)) return;
  if (typeof value !== 'string' || !values.includes(value)) {
    errors.push(`${name} must be one of the following values: ${values.join(', ')}`);
  }
}

export function oneOfEach(errors: Errors, name: string, list: unknown[], values: readonly string[]): void {
  if (list.some((v) => typeof v !== 'string' || !values.includes(v))) {
    errors.push(`each value in ${name} must be one of the following values: ${values.join(', ')}`);
  }
}

/** validator.js `isISO8601` (non-strict): calendar date, optional time and zone. */
const ISO_8601 =
  /^\d{4}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?:[T\s](?:[01]\d|2[0-3])(?::?[0-5]\d(?::?[0-5]\d(?:[.,]\d+)?)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/i;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(toTime(value));
}

export function dateString(errors: Errors, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!isIsoDate(value)) errors.push(`${name} must be a valid ISO 8601 date string`);
}

/** Parses anything JS `Date` accepts (moment.utc is about as lenient); NaN when not a date. */
export function toTime(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return new Date(value).getTime();
  if (typeof value !== 'string') return Number.NaN;
  // moment.utc() reads a zone-less date-time as UTC; JS Date would read it as local time.
  const zoneless = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value);
  return new Date(zoneless ? `${value.replace(' ', 'T')}Z` : value).getTime();
}

/** `@Min(0) @Max(max)` on a query number that went through `parseInt`. */
export function intRange(errors: Errors, name: string, raw: unknown, min: number, max?: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' ? Number.parseInt(raw, 10) : Number.NaN;
  // class-validator's min/max both fail on NaN, so a non-number gets both sentences.
  if (!(n >= min)) errors.push(`${name} must not be less than ${min}`);
  if (max !== undefined && !(n <= max)) errors.push(`${name} must not be greater than ${max}`);
  return Number.isNaN(n) ? undefined : n;
}

export function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
