/**
 * The live data behind the Toggl Track simulator, in Toggl's own terms: integer ids
 * (every v9 id is an `integer`: developers.track.toggl.com/docs/api/time_entries), workspace
 * ownership on every object, and instants kept as epoch milliseconds (formatted on the way out).
 */

export interface StoredWorkspace {
  id: number;
  name: string;
  organizationId: number;
  defaultCurrency: string;
}

export interface StoredUser {
  id: number;
  email: string;
  fullname: string;
  timezone: string;
  /** Workspaces this person belongs to; the API answers 403 for any other workspace. */
  workspaceIds: number[];
  /** Workspace ids where the user is an admin (`/workspaces/{id}/users` shows `admin`). */
  adminOf: number[];
}

export interface StoredClient {
  id: number;
  workspaceId: number;
  name: string;
  archived: boolean;
  notes: string | null;
  at: number;
}

export interface StoredProject {
  id: number;
  workspaceId: number;
  clientId: number | null;
  name: string;
  color: string;
  active: boolean;
  isPrivate: boolean;
  billable: boolean;
  template: boolean;
  estimatedHours: number | null;
  /** Hourly rate in the workspace currency, or null when the workspace rate applies. */
  rate: number | null;
  currency: string | null;
  createdAt: number;
  at: number;
}

export interface StoredTask {
  id: number;
  workspaceId: number;
  projectId: number;
  name: string;
  userId: number | null;
  active: boolean;
  estimatedSeconds: number;
  at: number;
}

export interface StoredTag {
  id: number;
  workspaceId: number;
  name: string;
  at: number;
}

export interface StoredTimeEntry {
  id: number;
  workspaceId: number;
  userId: number;
  projectId: number | null;
  taskId: number | null;
  tagIds: number[];
  description: string | null;
  billable: boolean;
  start: number;
  /** null while running. */
  stop: number | null;
  createdWith: string;
  at: number;
}

export interface TogglState {
  /** The workspace the token owner works in (the one the gateway is configured with). */
  workspace: StoredWorkspace;
  /** A second workspace the owner is NOT a member of, to prove workspace scoping (403/404). */
  foreignWorkspace: StoredWorkspace;
  ownerId: number;
  users: StoredUser[];
  clients: StoredClient[];
  projects: StoredProject[];
  tasks: StoredTask[];
  tags: StoredTag[];
  timeEntries: StoredTimeEntry[];
  nextId: () => number;
  /** The clock the simulator uses for `at`, running timers and `stop` (overridable in tests). */
  now: () => number;
}
