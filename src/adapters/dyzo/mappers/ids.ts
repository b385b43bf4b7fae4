/**
 * Id and number helpers shared by the Dyzo mappers. Records name their key differently per
 * entity and, where the docs leave the shape open, possibly per deployment (`_id` / `id`, …).
 */
import { ValidationError } from '../../../domain/errors.js';

/**
 * How each record type names its own key. A record may also carry other records' ids (a task
 * log its `taskId`, a task its `projectId`, an employee its `companyId`), so one generic
 * "first id-like field" rule would key a log by its task and collapse a task's logs into one.
 * Each record type is keyed by the fields of its own type only, by the mappers (remoteId) and
 * by the client's de-duplication of pages alike.
 */
export const DYZO_OWN_KEYS = {
  employee: ['_id', 'id'],
  project: ['_id', 'id'],
  task: ['taskId', '_id', 'id'],
  taskLog: ['taskLogId', 'id', '_id'],
} as const satisfies Record<string, readonly string[]>;

/** The first id present among `keys`, as the remote id string. */
export function pickId(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value);
  }
  return null;
}

/** A remote id (validated by the gateway as a positive integer) as the number Dyzo bodies expect. */
export function toDyzoInt(remoteId: string, field: string): number {
  const n = Number(remoteId);
  if (!/^\d+$/.test(remoteId) || !Number.isSafeInteger(n) || n <= 0) throw ValidationError.field(field, 'is not a Dyzo id');
  return n;
}

/** Decimal hours (Dyzo's `allocated_time`, `allocated_hours`) → whole seconds. */
export function hoursToSeconds(hours: number | null | undefined): number | null {
  return hours === null || hours === undefined || !Number.isFinite(hours) ? null : Math.round(hours * 3600);
}

/**
 * Seconds → decimal hours for Dyzo. Four decimals keep the value exact for whole minutes
 * (8.5 h, 0.25 h) and close for odd seconds, and never fall into exponent notation, which a
 * form field parser would refuse.
 */
export function secondsToHours(seconds: number): number {
  return Number((seconds / 3600).toFixed(4));
}
