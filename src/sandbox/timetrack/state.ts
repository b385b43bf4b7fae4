/**
 * The live in-memory dataset. Records point at each other by id, as a real database would,
 * while the API only ever shows names (`clientName`, `projectName`, `task`, `user`). Storing ids
 * means a project rename shows up at once on every time entry, and the serialisers in
 * `serialize.ts` are the single place where ids become names.
 */

export interface ClientRecord {
  id: number;
  name: string;
  enabled: boolean;
  color: string | null;
  notes: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  address2: string | null;
  addressZipCode: string | null;
  addressCity: string | null;
  /** ISO-3166 alpha-2, e.g. `DE`. */
  addressCountry: string | null;
  contactPerson: string | null;
  field1: string | null;
  field2: string | null;
  field3: string | null;
}

export interface ProjectRecord {
  id: number;
  projectName: string;
  clientId: number;
  projectEnabled: boolean;
  notes: string | null;
  hourRate: number | null;
  /** Planned duration in minutes. */
  timeEstimated: number | null;
  budgetEstimated: number | null;
}

/** Tasks are global, not per project; entries name them in their `task` field. */
export interface TaskRecord {
  id: number;
  name: string;
  notes: string | null;
  hourRate: number | null;
}

export interface UserRecord {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Write-only on the wire; kept so tests can check an update reached it. */
  password: string;
  admin: boolean;
  teamLead: boolean;
  language: string;
  personalNumber: number | string | null;
  enabled: boolean;
}

export interface EntryRecord {
  id: number;
  userId: number;
  projectId: number;
  taskId: number | null;
  hourRate: number | null;
  latitude: string | null;
  longitude: string | null;
  latitude1: string | null;
  longitude1: string | null;
  billable: boolean;
  flatRate: boolean;
  details: string | null;
  /** Hashtags in one string, e.g. `#backend #api`. */
  tags: string | null;
  /** Epoch ms; `workedMinutes` is derived from these and `breakMinutes`, never stored. */
  from: number;
  to: number;
  breakMinutes: number;
}

export type TimerStatus = 'playing' | 'paused' | 'stopped';

/** One project timer per user. Times are client-supplied (`date`), never the server clock. */
export interface TimerRecord {
  userId: number;
  status: TimerStatus;
  startedAt: number | null;
  /** Last saved values, updated on pause/resume/stop only (p:timer). */
  workedSeconds: number;
  breakSeconds: number;
  projectId: number | null;
  taskId: number | null;
  note: string | null;
  /** `date` of the latest start/pause/resume/stop, to reject time travel and compute spans. */
  lastEventAt: number | null;
  /** The project time entry written by the latest stop. */
  lastEntryId: number | null;
}

export type IdKind = 'user' | 'client' | 'project' | 'task' | 'entry';

export interface TimeTrackState {
  users: UserRecord[];
  clients: ClientRecord[];
  projects: ProjectRecord[];
  tasks: TaskRecord[];
  entries: EntryRecord[];
  /** Keyed by user id; a user without a key has never started a timer. */
  timers: Map<number, TimerRecord>;
  /** Next id per resource. Each resource has its own range so a mixed-up id is a 404, not a wrong hit. */
  nextIds: Record<IdKind, number>;
}

export const FIRST_IDS: Readonly<Record<IdKind, number>> = { user: 1, client: 101, project: 201, task: 301, entry: 5001 };

export function allocateId(state: TimeTrackState, kind: IdKind): number {
  const id = state.nextIds[kind];
  state.nextIds[kind] = id + 1;
  return id;
}

/** Worked time excludes breaks; whole minutes, like the vendor's Integer field. */
export function workedMinutes(entry: Pick<EntryRecord, 'from' | 'to' | 'breakMinutes'>): number {
  return Math.floor((entry.to - entry.from) / 60_000) - entry.breakMinutes;
}
