/**
 * The stores the suites run on: SQLite always, PostgreSQL too when DATABASE_URL is set. Each
 * PostgreSQL run gets a schema of its own (through search_path), so suites never see each
 * other's rows and need no cleanup between runs.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hasPostgres } from './requirements.js';

export interface TestStore {
  name: string;
  url: () => Promise<string>;
}

async function freshPostgresSchema(base: string): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export const TEST_STORES: TestStore[] = [
  { name: 'sqlite', url: async () => 'memory' },
  ...(hasPostgres('the PostgreSQL runs of this file (SQLite runs only)') ? [{ name: 'postgres', url: () => freshPostgresSchema(process.env.DATABASE_URL!) }] : []),
];
