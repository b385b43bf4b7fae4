/**
 * Tests that need a service the machine may lack (PostgreSQL, Redis, Chromium) say so when
 * they are skipped: one line on stderr at collection time, which vitest prints by default,
 * so a run without them is never mistaken for a run that covered them.
 */
import { existsSync } from 'node:fs';

function available(ok: boolean, what: string, why: string): boolean {
  if (!ok) console.warn(`SKIPPED ${what}: ${why}`);
  return ok;
}

export const hasPostgres = (what: string) => available(Boolean(process.env.DATABASE_URL), what, 'DATABASE_URL is not set (PostgreSQL)');
export const hasRedis = (what: string) => available(Boolean(process.env.REDIS_URL), what, 'REDIS_URL is not set (Redis)');
export const hasExecutable = (path: string, what: string) => available(existsSync(path), what, `${path} is not installed`);
