/**
 * One rule for text input on every store: no NUL characters. PostgreSQL cannot store U+0000 in
 * text (it failed with a 500) while SQLite stored it silently; refusing it at the edge, with the
 * field named, makes both stores answer the same.
 */
import type { FieldIssue } from './errors.js';

/** Every string under `value` (objects and lists walked) that holds a NUL, by field path. */
export function nulIssues(value: unknown, path: string[]): FieldIssue[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [{ path, message: 'must not contain NUL characters (U+0000)' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulIssues(item, [...path, String(i)]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => nulIssues(item, [...path, key]));
  }
  return [];
}
