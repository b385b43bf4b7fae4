/**
 * The simulator's live in-memory data. Records are stored close to Clockify's own model
 * (ids, names, flags) but normalised for easy mutation; `views.ts` turns them into the exact
 * wire shapes. Tests read `simulator.state` to assert what a call changed.
 */

/** Money as Clockify sends it: an integer amount in minor units (cents) plus a currency code. */
export interface Rate {
  amount: number;
  currency: string;
}

/** Membership status of a user inside the workspace (the `status` filter of `GET /users`). */
export type MembershipStatus = 'PENDING' | 'ACTIVE' | 'DECLINED' | 'INACTIVE';
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ['PENDING', 'ACTIVE', 'DECLINED', 'INACTIVE'];

export type TimeEntryType = 'REGULAR' | 'BREAK';
export type TaskStatus = 'ACTIVE' | 'DONE';

export interface StoredWorkspace {
  id: string;
  name: string;
  currencyCode: string;
  currencyId: string;
  hourlyRate: Rate;
  costRate: Rate;
}

export interface StoredUser {
  id: string;
  email: string;
  name: string;
  /** Account status (`ACTIVE`, `PENDING_EMAIL_VERIFICATION`, …), shown as the user's `status`. */
  status: string;
  /** Status of the workspace membership, changed by `PUT /users/{id}`. */
  membershipStatus: MembershipStatus;
  /** Workspace-level role; the key's owner is `OWNER`. */
  role: 'OWNER' | 'WORKSPACE_ADMIN' | 'MEMBER';
  hourlyRate: Rate | null;
  costRate: Rate | null;
  timeZone: string;
  profilePicture: string;
}

export interface StoredUserGroup {
  id: string;
  name: string;
  userIds: string[];
}

export interface StoredClient {
  id: string;
  name: string;
  email: string | null;
  address: string | null;
  note: string | null;
  archived: boolean;
  ccEmails: string[];
}

export interface StoredProjectMembership {
  userId: string;
  hourlyRate: Rate | null;
  costRate: Rate | null;
}

export interface StoredProject {
  id: string;
  name: string;
  clientId: string | null;
  color: string;
  note: string;
  billable: boolean;
  archived: boolean;
  public: boolean;
  template: boolean;
  hourlyRate: Rate | null;
  costRate: Rate | null;
  /** Manual time estimate in seconds (0 = none), emitted as an ISO-8601 duration. */
  estimateSeconds: number;
  memberships: StoredProjectMembership[];
  userGroupIds: string[];
}

export interface StoredTask {
  id: string;
  projectId: string;
  name: string;
  assigneeIds: string[];
  userGroupIds: string[];
  billable: boolean;
  status: TaskStatus;
  /** Estimate in seconds (0 = none). */
  estimateSeconds: number;
  budgetEstimate: number;
  hourlyRate: Rate | null;
  costRate: Rate | null;
}

export interface StoredTag {
  id: string;
  name: string;
  archived: boolean;
}

export interface StoredTimeEntry {
  id: string;
  userId: string;
  projectId: string | null;
  taskId: string | null;
  tagIds: string[];
  description: string;
  billable: boolean;
  type: TimeEntryType;
  /** `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds, as Clockify answers). */
  start: string;
  /** `null` while the timer runs. */
  end: string | null;
  isLocked: boolean;
  invoiced: boolean;
  /** Values of the workspace's custom fields (`customFields` in a create/update body). */
  customFieldValues?: Array<{ customFieldId: string; value: unknown }>;
}

export interface ClockifyState {
  workspace: StoredWorkspace;
  /** The user that owns the API key: `GET /user`, and the author of `POST /time-entries`. */
  ownerId: string;
  users: StoredUser[];
  userGroups: StoredUserGroup[];
  clients: StoredClient[];
  projects: StoredProject[];
  tasks: StoredTask[];
  tags: StoredTag[];
  timeEntries: StoredTimeEntry[];
  /** Next 24-hex ObjectId; shared by the dataset and every create so ids never collide. */
  nextId: () => string;
}

/** Lookups used by every route; they return `undefined` rather than throwing. */
export function findById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

export function owner(state: ClockifyState): StoredUser {
  const user = findById(state.users, state.ownerId);
  if (!user) throw new Error('Clockify simulator state has no owner user');
  return user;
}
