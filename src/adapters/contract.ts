/**
 * The adapter contract (ARCHITECTURE.md §5). One object per configured source; the gateway
 * only ever talks to sources through this interface. Which operations a source supports is
 * read off which handlers it provides, so `capabilities` can never drift from the code.
 *
 * Every ID crossing this interface is the vendor's own (remote) ID: global IDs are decoded
 * by the gateway before a call and encoded after it.
 */
import type { AttendanceRecord, EntityKind, EntityMap, TimeEntry, Timesheet } from '../domain/entities.js';
import type { Priority, ProjectStatus, TaskStatus, TimeEntryType, TimesheetStatus, UserRole, UserStatus } from '../domain/enums.js';
import type { Vendor } from '../domain/ids.js';

export const OPERATIONS = ['list', 'get', 'create', 'update', 'delete'] as const;
export type EntityOperation = (typeof OPERATIONS)[number];
export type SourceOperation = 'startTimer' | 'stopTimer' | 'report' | 'teamMembership' | 'projectMembership' | 'attendance' | 'timesheets';

/** A page request: an opaque token from the previous page (null for the first) and a size. */
export interface PageRequest {
  token: string | null;
  size: number;
}

export interface Page<T> {
  items: T[];
  /** Opaque token for the next page; null when this was the last one. */
  nextPage: string | null;
  /**
   * Optional, one per item: a token that resumes right after that item. With it the gateway
   * continues a source mid-page from the exact vendor position instead of re-reading the page
   * and skipping what it already handed out.
   */
  cursors?: string[];
  /** Optional: records of this page that could not be read, each reported on its own (the rest are listed). */
  errors?: Error[];
}

export interface NameFilter {
  /** Case-insensitive substring of the name. */
  search?: string | null;
}

export interface UserFilter extends NameFilter {
  email?: string | null;
  status?: UserStatus | null;
}
export type TeamFilter = NameFilter;
export interface ClientFilter extends NameFilter {
  archived?: boolean | null;
}
export interface ProjectFilter extends NameFilter {
  clientIds?: string[] | null;
  status?: ProjectStatus | null;
}
export interface TaskFilter extends NameFilter {
  projectIds?: string[] | null;
  assigneeIds?: string[] | null;
  status?: TaskStatus | null;
}
export type TagFilter = NameFilter;
export interface TimeEntryFilter {
  /** Entries that overlap [from, to). */
  from?: Date | null;
  to?: Date | null;
  userIds?: string[] | null;
  projectIds?: string[] | null;
  taskIds?: string[] | null;
  running?: boolean | null;
  billable?: boolean | null;
}

export interface FilterMap {
  user: UserFilter;
  team: TeamFilter;
  client: ClientFilter;
  project: ProjectFilter;
  task: TaskFilter;
  tag: TagFilter;
  timeEntry: TimeEntryFilter;
}

export interface CreateInputMap {
  user: { name: string; email: string; role?: UserRole | null; status?: UserStatus | null; timeZone?: string | null };
  team: { name: string; memberIds?: string[] | null };
  client: { name: string; email?: string | null };
  project: {
    name: string;
    clientId?: string | null;
    billable?: boolean | null;
    status?: ProjectStatus | null;
    color?: string | null;
    memberIds?: string[] | null;
    estimateSeconds?: number | null;
  };
  task: {
    name: string;
    projectId: string;
    description?: string | null;
    status?: TaskStatus | null;
    priority?: Priority | null;
    assigneeIds?: string[] | null;
    estimateSeconds?: number | null;
  };
  tag: { name: string };
  timeEntry: {
    userId?: string | null;
    projectId?: string | null;
    taskId?: string | null;
    description?: string | null;
    start: Date;
    end?: Date | null;
    billable?: boolean | null;
    tagIds?: string[] | null;
    type?: TimeEntryType | null;
  };
}

/** Updates are partial: an absent (undefined) field is left alone, null clears it. */
export type UpdateInputMap = {
  [K in EntityKind]: Partial<CreateInputMap[K]> & (K extends 'client' ? { archived?: boolean | null } : unknown);
};

export interface EntityHandlers<K extends EntityKind> {
  list?(filter: FilterMap[K], page: PageRequest): Promise<Page<EntityMap[K]>>;
  /** Results in key order; an Error (usually NotFoundError) in the slot of a missing key. */
  getMany?(remoteIds: readonly string[]): Promise<Array<EntityMap[K] | Error>>;
  create?(input: CreateInputMap[K]): Promise<EntityMap[K]>;
  update?(remoteId: string, patch: UpdateInputMap[K]): Promise<EntityMap[K]>;
  delete?(remoteId: string): Promise<void>;
}

export type EntityHandlerSet = { [K in EntityKind]?: EntityHandlers<K> };

export interface TimerStartInput {
  userId?: string | null;
  projectId?: string | null;
  taskId?: string | null;
  description?: string | null;
  billable?: boolean | null;
  tagIds?: string[] | null;
  /** Defaults to now; set by tests and imports. */
  start?: Date | null;
}

export interface AttendanceFilter {
  from: Date;
  to: Date;
  userIds?: string[] | null;
}

export interface TimesheetHandlers {
  /** Timesheets starting in [from, to), optionally for some users only. */
  list(filter: { from: Date; to: Date; userIds?: string[] | null }): Promise<Timesheet[]>;
  /** Moves timesheets to a status (submit, approve, deny, back to draft); returns them. */
  setStatus(remoteIds: string[], status: TimesheetStatus): Promise<Timesheet[]>;
}

export interface TimerHandlers {
  start(input: TimerStartInput): Promise<TimeEntry>;
  /** Stops the user's running entry; returns it, or null when nothing was running. */
  stop(input: { userId?: string | null; end?: Date | null }): Promise<TimeEntry | null>;
}

export interface MembershipHandlers {
  add(groupId: string, userIds: string[]): Promise<void>;
  remove(groupId: string, userIds: string[]): Promise<void>;
}

/**
 * A report's sums asked of the backend: entries matching `filter`, clipped to each period and
 * cut at its bounds, running ones counted up to `now`. Periods are disjoint; their labels need
 * not be: pieces in periods of one label add up in one row (days of a week).
 */
export interface EntryAggregateRequest {
  filter: TimeEntryFilter;
  periods: Array<{ label: string | null; start: Date; end: Date }>;
  groupBy: { user: boolean; project: boolean; task: boolean; client: boolean; tag: boolean };
  now: Date;
}

/** One group's sums; dimensions not grouped by are null. Seconds are rounded per (entry, period) piece. */
export interface EntryAggregateRow {
  userId: string | null;
  projectId: string | null;
  taskId: string | null;
  clientId: string | null;
  tagId: string | null;
  label: string | null;
  totalSeconds: number;
  billableSeconds: number;
  /** Distinct entries with time in the group. */
  entryCount: number;
}

export interface EntryAggregate {
  rows: EntryAggregateRow[];
  /** Over all entries, each piece once (not once per tag). */
  totalSeconds: number;
  billableSeconds: number;
  entryCount: number;
}

export interface Adapter {
  readonly key: string;
  readonly vendor: Vendor;
  readonly entities: EntityHandlerSet;
  readonly timer?: TimerHandlers;
  readonly teamMembers?: MembershipHandlers;
  readonly projectMembers?: MembershipHandlers;
  /** Timesheets and their approval status, for sources that keep them. */
  readonly timesheets?: TimesheetHandlers;
  /** Per-user, per-day attendance, for sources that record it. */
  readonly attendance?: (filter: AttendanceFilter) => Promise<AttendanceRecord[]>;
  /** Maximum page size the vendor accepts; the gateway never asks for more. */
  readonly maxPageSize?: number;
  /** Report sums computed by the backend itself (the native store's SQL); without it the gateway sums listed entries. */
  readonly aggregateTimeEntries?: (request: EntryAggregateRequest) => Promise<EntryAggregate>;
  /** Liveness of the backend behind the source, for /readyz. */
  ping?(): Promise<void>;
  close?(): Promise<void>;
}

export interface Capability {
  entity: EntityKind;
  operations: EntityOperation[];
}

/** What a source can do, derived from the handlers it actually has. */
export function capabilitiesOf(adapter: Adapter): { entities: Capability[]; operations: SourceOperation[] } {
  const entities: Capability[] = [];
  for (const [entity, handlers] of Object.entries(adapter.entities) as Array<[EntityKind, EntityHandlers<EntityKind>]>) {
    const operations: EntityOperation[] = [];
    if (handlers.list) operations.push('list');
    if (handlers.getMany) operations.push('get');
    if (handlers.create) operations.push('create');
    if (handlers.update) operations.push('update');
    if (handlers.delete) operations.push('delete');
    if (operations.length) entities.push({ entity, operations });
  }
  const operations: SourceOperation[] = [];
  if (adapter.timer) operations.push('startTimer', 'stopTimer');
  if (adapter.teamMembers) operations.push('teamMembership');
  if (adapter.projectMembers) operations.push('projectMembership');
  if (adapter.attendance) operations.push('attendance');
  if (adapter.timesheets) operations.push('timesheets');
  return { entities, operations };
}

