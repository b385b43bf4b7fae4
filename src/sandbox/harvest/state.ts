/**
 * The simulator's live in-memory account. Records keep Harvest's own model (integer ids, global
 * tasks linked to projects by task assignments, users linked to projects by user assignments)
 * but store instants as epoch ms so timers can be computed; `views.ts` writes the wire shapes.
 * Tests read `simulator.state` to assert what a call changed.
 */

/** `access_roles` of a user (docs: Users, "The user object"). */
export type AccessRole = 'administrator' | 'manager' | 'member';

export interface StoredCompany {
  name: string;
  /**
   * true: entries carry `started_time`/`ended_time` and a restart creates a new entry; false:
   * entries are tracked by duration (docs: Company, `wants_timestamp_timers`; Time Entries,
   * "Create a time entry via duration" / "via start and end time").
   */
  wantsTimestampTimers: boolean;
}

export interface StoredUser {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  /** Harvest (Rails) zone name, e.g. `London`; see `time.ts` for the IANA mapping. */
  timezone: string;
  isActive: boolean;
  isContractor: boolean;
  accessRole: AccessRole;
  defaultHourlyRate: number | null;
  costRate: number | null;
  weeklyCapacity: number;
  createdAt: number;
  updatedAt: number;
}

export interface StoredClient {
  id: number;
  name: string;
  isActive: boolean;
  address: string | null;
  currency: string;
  createdAt: number;
  updatedAt: number;
}

export interface StoredProject {
  id: number;
  clientId: number;
  name: string;
  code: string | null;
  isActive: boolean;
  isBillable: boolean;
  billBy: 'Project' | 'Tasks' | 'People' | 'none';
  budgetBy: 'project' | 'project_cost' | 'task' | 'task_fees' | 'person' | 'none';
  hourlyRate: number | null;
  budget: number | null;
  notes: string | null;
  createdAt: number;
  updatedAt: number;
}

/** Tasks are account-wide in Harvest; a project uses a task through a task assignment. */
export interface StoredTask {
  id: number;
  name: string;
  billableByDefault: boolean;
  defaultHourlyRate: number | null;
  isDefault: boolean;
  isActive: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface StoredTaskAssignment {
  id: number;
  projectId: number;
  taskId: number;
  isActive: boolean;
  billable: boolean;
  hourlyRate: number | null;
  budget: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface StoredUserAssignment {
  id: number;
  projectId: number;
  userId: number;
  isActive: boolean;
  isProjectManager: boolean;
  useDefaultRates: boolean;
  hourlyRate: number | null;
  budget: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface StoredTimeEntry {
  id: number;
  userId: number;
  projectId: number;
  taskId: number;
  /** `YYYY-MM-DD`: the day the time counts for, a calendar date, not an instant. */
  spentDate: string;
  notes: string | null;
  /** Hours tracked before the timer was last started (the doc's `hours_without_timer`). */
  hoursWithoutTimer: number;
  /** Epoch ms while a timer runs, else null (the doc's `timer_started_at`). */
  timerStartedAt: number | null;
  /** Start/end instants when the entry is tracked by start and end time; null otherwise. */
  startedAt: number | null;
  endedAt: number | null;
  isLocked: boolean;
  isBilled: boolean;
  isClosed: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface HarvestState {
  accountId: string;
  company: StoredCompany;
  users: StoredUser[];
  clients: StoredClient[];
  projects: StoredProject[];
  tasks: StoredTask[];
  taskAssignments: StoredTaskAssignment[];
  userAssignments: StoredUserAssignment[];
  timeEntries: StoredTimeEntry[];
  /** Next integer id; one counter for every record so ids never collide. */
  nextId: () => number;
  /** The simulator's clock (epoch ms); tests may replace it to make timers deterministic. */
  now: () => number;
}

export function findById<T extends { id: number }>(items: readonly T[], id: number): T | undefined {
  return items.find((item) => item.id === id);
}

export const fullName = (user: StoredUser): string => `${user.firstName} ${user.lastName}`;
