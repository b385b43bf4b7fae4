/**
 * UUID helpers. Gauzy ids are UUID v4 strings everywhere; the demo dataset needs them to be
 * stable across runs (tests and fixtures refer to them), so they are derived from a seed string
 * instead of being random. Runtime-created rows use `crypto.randomUUID()` like the real server.
 */
import { createHash, randomUUID } from 'node:crypto';

/** A UUID v4-shaped id derived from `seed` (same seed, same id). */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(`gauzy-sim:${seed}`).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

export function newId(): string {
  return randomUUID();
}

/** class-validator's `isUUID()` without a version: any 8-4-4-4-12 hex string. */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}
