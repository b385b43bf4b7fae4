/**
 * Opens the native store named by the config's `store` string and brings its schema up to
 * date: `sqlite:<path>` (default), `memory` (SQLite in memory, for tests and demos) or a
 * `postgres://` URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { migrationProvider } from './migrations.js';

export type StoreDialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Human-readable location without credentials, for logs. */
  describe: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openStore(location: string): Promise<Store> {
  const store = location.startsWith('postgres://') || location.startsWith('postgresql://')
    ? await openPostgres(location)
    : await openSqlite(location);
  await migrate(store);
  return store;
}

async function openSqlite(location: string): Promise<Store> {
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  const file = location === 'memory' ? ':memory:' : location.replace(/^sqlite:/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: 'sqlite',
    describe: file === ':memory:' ? 'sqlite (in memory)' : `sqlite:${file}`,
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string): Promise<Store> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const parsed = new URL(url);
  return {
    db,
    dialect: 'postgres',
    describe: `postgres://${parsed.host}${parsed.pathname}`,
    ping: async () => void (await sql`select 1`.execute(db)),
    close: () => db.destroy(),
  };
}

async function migrate({ db, dialect }: Store): Promise<void> {
  // On PostgreSQL the migration tables live in the connection's own schema; without naming it,
  // Kysely would take another schema's tables (same database, other search_path) for ours.
  const schema =
    dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Store migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown error'}`);
  }
}
