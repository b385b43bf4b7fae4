/**
 * The one set of migrations for both dialects, run at start. Only portable column types are
 * used (text, integer) so SQLite and PostgreSQL hold identical data.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const created = (t: any) => t.addColumn('created_at', 'text', (c: any) => c.notNull());

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text')
      .$call(created)
      .execute();
    // Emails identify people across vendors (migration matches on them), so one per user.
    await sql`create unique index users_email_unique on users (lower(email))`.execute(db);

    await db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .$call(created)
      .execute();
    await db.schema
      .createTable('team_members')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('clients')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .$call(created)
      .execute();

    await db.schema
      .createTable('projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('client_id', 'text', (c) => c.references('clients.id'))
      .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('color', 'text')
      .addColumn('estimate_seconds', 'integer')
      .$call(created)
      .execute();
    await db.schema
      .createTable('project_members')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('priority', 'text')
      .addColumn('estimate_seconds', 'integer')
      .$call(created)
      .execute();
    await db.schema
      .createTable('task_assignees')
      .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('task_assignees_pk', ['task_id', 'user_id'])
      .execute();

    await db.schema
      .createTable('tags')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .$call(created)
      .execute();

    await db.schema
      .createTable('time_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.references('users.id'))
      .addColumn('project_id', 'text', (c) => c.references('projects.id'))
      .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
      .addColumn('description', 'text')
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text')
      .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .$call(created)
      .execute();
    await db.schema.createIndex('time_entries_start').on('time_entries').columns(['start_at', 'id']).execute();
    // The store itself guarantees at most one running entry per user, whatever the code path.
    await sql`create unique index time_entries_one_running on time_entries (user_id) where end_at is null`.execute(db);
    await db.schema
      .createTable('time_entry_tags')
      .addColumn('time_entry_id', 'text', (c) => c.notNull().references('time_entries.id').onDelete('cascade'))
      .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('time_entry_tags_pk', ['time_entry_id', 'tag_id'])
      .execute();

    await db.schema
      .createTable('id_map')
      .addColumn('from_source', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('from_id', 'text', (c) => c.notNull())
      .addColumn('to_source', 'text', (c) => c.notNull())
      .addColumn('to_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('id_map_pk', ['from_source', 'entity', 'from_id', 'to_source'])
      .execute();

    await db.schema
      .createTable('migration_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('from_source', 'text', (c) => c.notNull())
      .addColumn('to_source', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('options', 'text', (c) => c.notNull())
      .addColumn('progress', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
  },
};

/**
 * Which run wrote an ID-map row, and whether it created the target record or matched one
 * that was already there: a resumed run counts what it did before the crash from these.
 */
const idMapRunColumns: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('id_map').addColumn('run_id', 'text').execute();
    await db.schema.alterTable('id_map').addColumn('outcome', 'text').execute();
  },
};

/**
 * Per-user and per-project reads in start order (a user's entries page, a report filtered by
 * user or project) range-scan these instead of walking every entry's start. Reports and pages
 * over everyone use time_entries_start (0001); running entries the partial index of 0001.
 */
const entryLookupIndexes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('time_entries_user_start').on('time_entries').columns(['user_id', 'start_at', 'id']).execute();
    await db.schema.createIndex('time_entries_project_start').on('time_entries').columns(['project_id', 'start_at', 'id']).execute();
    // Covering index of report sums (adapters/native/report.ts): the start_at range scan reads
    // every column it needs from the index, instead of one table lookup per entry.
    await db.schema
      .createIndex('time_entries_report')
      .on('time_entries')
      .columns(['start_at', 'end_at', 'user_id', 'project_id', 'task_id', 'billable', 'id'])
      .execute();
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { '0001_initial': initial, '0002_id_map_runs': idMapRunColumns, '0003_entry_lookup_indexes': entryLookupIndexes };
  },
};
