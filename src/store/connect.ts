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
import type { Logger } from '../log.js';
import { StartupError, reasonOf } from '../startup-error.js';

export type StoreDialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Human-readable location without credentials, for logs. */
  describe: string;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Where connection faults of a running store are reported (they never end the process). */
  logger?: Pick<Logger, 'warn'>;
}

/** Longest /readyz waits for the store before calling it unavailable. */
const PING_TIMEOUT_MS = 3_000;

export async function openStore(location: string, options: StoreOptions = {}): Promise<Store> {
  const postgres = location.startsWith('postgres://') || location.startsWith('postgresql://');
  let store: Store | undefined;
  try {
    store = postgres ? await openPostgres(location, options) : await openSqlite(location);
    await migrate(store);
    return store;
  } catch (error) {
    await store?.close().catch(() => undefined);
    const where = store?.describe ?? (postgres ? describePostgres(location) : location);
    const hint = postgres
      ? 'start PostgreSQL there, or correct "store"'
      : 'make the file\'s folder writable, or correct "store"';
    throw new StartupError(`cannot open the store ${where}: ${reasonOf(error)}`, hint, { setting: 'store', cause: error });
  }
}

function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** A ping that answers within PING_TIMEOUT_MS, so /readyz never hangs on a store gone silent. */
async function boundedPing(db: Kysely<Database>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store did not answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
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

async function openPostgres(url: string, options: StoreOptions): Promise<Store> {
  const { default: pg } = await import('pg');
  const describe = describePostgres(url);
  // A bounded connect: a store host that drops packets fails the start or /readyz, not hangs it.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // When PostgreSQL restarts or fails over, every open connection errors. Without a listener
  // that error is thrown from an EventEmitter and ends the process. The pool drops a broken
  // idle connection by itself, and a checked-out one is dropped when it is released (its
  // query fails), so reporting the fault is all there is to do: the next query reconnects.
  let reported = false;
  const onConnectionError = (error: Error) => {
    if (reported) return;
    reported = true;
    options.logger?.warn({ store: describe, err: error.message }, `lost a connection to the store ${describe}; reconnecting on the next query`);
    setTimeout(() => (reported = false), 10_000).unref();
  };
  pool.on('error', onConnectionError);
  // The pool listens only to idle connections; one checked out (e.g. between a transaction's
  // statements) would otherwise have no listener at all.
  pool.on('connect', (client) => client.on('error', onConnectionError));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    describe,
    ping: () => boundedPing(db),
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
