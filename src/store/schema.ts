/**
 * Tables of the native store, as Kysely sees them. Column types are chosen to mean the same on
 * SQLite and PostgreSQL: ids are text (UUIDs), instants are ISO 8601 UTC text with milliseconds
 * (so they sort as text), booleans are integers 0/1.
 */
import type { ColumnType } from 'kysely';

type Bool = number;

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  time_zone: string | null;
  created_at: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface ClientsTable {
  id: string;
  name: string;
  email: string | null;
  archived: Bool;
  created_at: string;
}

export interface ProjectsTable {
  id: string;
  name: string;
  client_id: string | null;
  billable: Bool;
  status: string;
  color: string | null;
  estimate_seconds: number | null;
  created_at: string;
}

export interface ProjectMembersTable {
  project_id: string;
  user_id: string;
}

export interface TasksTable {
  id: string;
  name: string;
  description: string | null;
  project_id: string;
  status: string;
  priority: string | null;
  estimate_seconds: number | null;
  created_at: string;
}

export interface TaskAssigneesTable {
  task_id: string;
  user_id: string;
}

export interface TagsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TimeEntriesTable {
  id: string;
  user_id: string | null;
  project_id: string | null;
  task_id: string | null;
  description: string | null;
  start_at: string;
  end_at: string | null;
  billable: Bool;
  type: string;
  origin: string;
  created_at: string;
}

export interface TimeEntryTagsTable {
  time_entry_id: string;
  tag_id: string;
}

/** Migration ID map (ARCHITECTURE.md §8): which target record a source record became. */
export interface IdMapTable {
  from_source: string;
  entity: string;
  from_id: string;
  to_source: string;
  to_id: string;
  created_at: ColumnType<string, string | undefined, never>;
  /** migration_runs.id of the run that wrote the row (0002). */
  run_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** 'created' or 'matched' (0002). */
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MigrationsTable {
  id: string;
  from_source: string;
  to_source: string;
  state: string;
  options: string;
  progress: string;
  started_at: string;
  finished_at: string | null;
}

export interface Database {
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  clients: ClientsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  tasks: TasksTable;
  task_assignees: TaskAssigneesTable;
  tags: TagsTable;
  time_entries: TimeEntriesTable;
  time_entry_tags: TimeEntryTagsTable;
  id_map: IdMapTable;
  migration_runs: MigrationsTable;
}
