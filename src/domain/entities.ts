/**
 * The unified model (ARCHITECTURE.md §3). Adapters produce these; the GraphQL layer shows them.
 * References to other entities are the *remote* IDs within the same source: the schema layer
 * turns them into global IDs, so adapters never deal with global IDs.
 */
import type {
  Priority,
  ProjectStatus,
  TaskStatus,
  TimeEntryOrigin,
  TimeEntryType,
  TimesheetStatus,
  UserRole,
  UserStatus,
} from './enums.js';
import type { NodeType } from './ids.js';

export interface EntityBase {
  /** Source key the record came from. */
  source: string;
  /** The vendor's own ID, as a string. */
  remoteId: string;
  /** The vendor's original record, for what the unified shape does not carry. */
  raw: unknown;
}

export interface User extends EntityBase {
  name: string;
  email: string | null;
  role: UserRole;
  roleLabel: string | null;
  status: UserStatus;
  statusLabel: string | null;
  timeZone: string | null;
}

export interface Team extends EntityBase {
  name: string;
  memberIds: string[];
}

export interface Client extends EntityBase {
  name: string;
  email: string | null;
  archived: boolean;
}

export interface Project extends EntityBase {
  name: string;
  clientId: string | null;
  billable: boolean;
  status: ProjectStatus;
  statusLabel: string | null;
  color: string | null;
  memberIds: string[];
  estimateSeconds: number | null;
}

export interface Task extends EntityBase {
  name: string;
  description: string | null;
  projectId: string | null;
  status: TaskStatus;
  statusLabel: string | null;
  priority: Priority | null;
  priorityLabel: string | null;
  assigneeIds: string[];
  estimateSeconds: number | null;
  trackedSeconds: number | null;
}

export interface Tag extends EntityBase {
  name: string;
}

export interface TimeEntry extends EntityBase {
  userId: string | null;
  projectId: string | null;
  taskId: string | null;
  description: string | null;
  start: Date;
  /** null while the entry is running. */
  end: Date | null;
  /**
   * Break inside [start, end] that is not worked time (TimeTrack's `breakMinutes`). Absent or 0
   * where a vendor records no breaks inside an entry (its breaks, if any, are entries of their
   * own): Clockify, Gauzy, Dyzo, the native store.
   */
  breakSeconds?: number;
  billable: boolean;
  tagIds: string[];
  type: TimeEntryType;
  origin: TimeEntryOrigin;
  originLabel: string | null;
  timesheetStatus: TimesheetStatus | null;
}

export interface EntityMap {
  user: User;
  team: Team;
  client: Client;
  project: Project;
  task: Task;
  tag: Tag;
  timeEntry: TimeEntry;
}

export type EntityKind = keyof EntityMap;
export type AnyEntity = EntityMap[EntityKind];

export const ENTITY_KINDS: readonly EntityKind[] = ['user', 'team', 'client', 'project', 'task', 'tag', 'timeEntry'];

export const NODE_TYPE_OF: Record<EntityKind, NodeType> = {
  user: 'User',
  team: 'Team',
  client: 'Client',
  project: 'Project',
  task: 'Task',
  tag: 'Tag',
  timeEntry: 'TimeEntry',
};

export const KIND_OF_NODE_TYPE: Partial<Record<NodeType, EntityKind>> = Object.fromEntries(
  Object.entries(NODE_TYPE_OF).map(([kind, type]) => [type, kind]),
) as Partial<Record<NodeType, EntityKind>>;

/** Seconds an entry counts for at `now`: worked time, its break left out; running entries count up to now. */
export function entrySeconds(entry: Pick<TimeEntry, 'start' | 'end' | 'breakSeconds'>, now: Date = new Date()): number {
  const end = entry.end ?? now;
  return Math.max(0, Math.round((end.getTime() - entry.start.getTime()) / 1000) - breakSecondsOf(entry));
}

/** An entry's break in whole seconds; 0 where the vendor records none. */
export function breakSecondsOf(entry: Pick<TimeEntry, 'breakSeconds'>): number {
  return Math.max(0, Math.round(entry.breakSeconds ?? 0));
}

/** One user's day at work, as trackers with attendance data report it (Desklog). */
export interface AttendanceRecord {
  source: string;
  userId: string | null;
  /** Local calendar date of the record, YYYY-MM-DD. */
  date: string;
  clockIn: Date | null;
  clockOut: Date | null;
  atWorkSeconds: number | null;
  productiveSeconds: number | null;
  focusSeconds: number | null;
  idleSeconds: number | null;
  neutralSeconds: number | null;
  nonProductiveSeconds: number | null;
  overtimeSeconds: number | null;
  activityPercent: number | null;
  raw: unknown;
}

/** A period of one user's logged time submitted for approval (Gauzy timesheets). */
export interface Timesheet {
  source: string;
  remoteId: string;
  userId: string | null;
  start: Date;
  end: Date | null;
  status: TimesheetStatus | null;
  statusLabel: string | null;
  /** Logged seconds the vendor counts in the timesheet. */
  durationSeconds: number | null;
  raw: unknown;
}
