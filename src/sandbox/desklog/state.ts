/**
 * The simulator's live in-memory data. Field names follow the Desklog wire names wherever the
 * docs print one (`task_title`, `time_spend_in_sec`, `lead_by`, ...), so a reader can line the
 * state up with the API samples; fields the API never shows are named for what they mean.
 *
 * Relations are stored once: team membership lives only in `DesklogUser.team_id` (the API shows
 * one `team_id` per user), and `team_show.members` is derived from it.
 */

/** `user_type` values; also the `role` filter values of `user_list`. */
export type UserType = 'admin' | 'manager' | 'team_leader' | 'user';
/** 1 critical, 2 intermediate, 3 low, 4 trivial (project create). */
export type PriorityId = 1 | 2 | 3 | 4;
export type TrackingType = 'app' | 'web';

export interface DesklogUser {
  id: number;
  name: string;
  email: string;
  /** Documented as "archive status of user": true = active, false = archived. */
  active: boolean;
  /** Returned as a string although `user_profile_update` takes `new_phone` as a number. */
  phone: string | null;
  team_id: number | null;
  user_type: UserType;
  /** Free-text role name such as "System Admin", not the `user_type` enum. */
  role: string;
  /** IANA zone; clock in/out in the attendance report are shown in it. */
  time_zone: string;
  app_and_os: string | null;
  tracking_type: TrackingType;
  employee_id: number | null;
  punching_id: number | null;
  jira_account_id: string | null;
  clickup_id: number | null;
  /** Per-day minimum, reported as `minimum_working_hours`; overtime is time at work beyond it. */
  minimum_working_minutes: number;
  /** 1 when time at work includes idle time (attendance report `isWorkWithIdle`). */
  isWorkWithIdle: 0 | 1;
}

export interface DesklogTeam {
  id: number;
  team_name: string;
  lead_by: number | null;
  added_by: number;
}

export interface DesklogClient {
  id: number;
  /** Input field `name`; listed as `first_name`. */
  name: string;
  email: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  post_code: string | null;
  country: string | null;
  phone: string | null;
}

export interface DesklogProject {
  id: number;
  project_name: string;
  /** 1 private, 0 public; null when never set (the details sample shows null). */
  access: 0 | 1 | null;
  integrated_from: string;
  project_status: string;
  /** Numeric on input (`priority`), shown as a name (`project_priority`). */
  priority: PriorityId | null;
  client_id: number | null;
  end_date: string | null;
  /** The project's allocation; reported as `project_working_hour` and caps task `assigned_time`. */
  project_estimated_hours: number | null;
  /** Reported as the decimal string `estimated_amount`. */
  project_estimated_amount: number | null;
  board_members: number[];
}

export interface DesklogTask {
  id: number;
  task_title: string;
  /** HTML, as the docs show (`<p>…</p>`); stored exactly as sent. */
  description: string | null;
  project_id: number;
  assigned_to: number | null;
  reporter_id: number;
  /** 1 normal, 4 bug (2 and 3 exist but are undocumented). */
  task_type_id: number;
  priority_id: PriorityId | null;
  /** 1 Open, 2 In Progress, 3 Paused, 4 Completed (only 2 and 4 are documented). */
  basic_status_id: number;
  /** Display name; may be custom (e.g. "Fixed") while `basic_status_id` is 4. */
  current_status: string;
  /** Tracked time from completed start→pause/stop segments. */
  time_spend_in_sec: number;
  time_allocated_sec: number;
  is_billable: 0 | 1;
  start_date: string | null;
  end_date: string | null;
  /** Simulator-clock ms of the running segment's start; null when the timer is not running. */
  timer_started_at_ms: number | null;
}

export interface DesklogTag {
  id: number;
  tag: string;
}

/** One user's tracked day. Durations in minutes; clock times as UTC instants. */
export interface DesklogAttendanceDay {
  user_id: number;
  /** Local date in the user's time zone, `YYYY-MM-DD`. */
  date: string;
  clock_in_utc: string;
  clock_out_utc: string | null;
  productive_min: number;
  focus_min: number;
  idle_min: number;
  private_min: number;
  neutral_min: number;
  non_productive_min: number;
  task_assigned_min: number;
  task_spent_min: number;
}

export interface DesklogState {
  /** The user who owns the API token: creator of teams, reporter of created tasks. */
  ownerId: number;
  users: DesklogUser[];
  teams: DesklogTeam[];
  clients: DesklogClient[];
  projects: DesklogProject[];
  tasks: DesklogTask[];
  tags: DesklogTag[];
  attendance: DesklogAttendanceDay[];
  nextId: Record<'user' | 'team' | 'client' | 'project' | 'task' | 'tag', number>;
  /**
   * The timer clock is wall time plus `skewMs`, so tests can advance it (`advanceTime`) instead
   * of sleeping to see `time_spend_in_sec` grow.
   */
  clock: { skewMs: number };
}

export type DesklogData = Omit<DesklogState, 'nextId' | 'clock'>;

/** Builds live state from a dataset; new ids continue after the highest id of each kind. */
export function createState(data: DesklogData): DesklogState {
  const after = (rows: { id: number }[]) => rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
  return {
    ...data,
    nextId: {
      user: after(data.users),
      team: after(data.teams),
      client: after(data.clients),
      project: after(data.projects),
      task: after(data.tasks),
      tag: after(data.tags),
    },
    clock: { skewMs: 0 },
  };
}

export function nowMs(state: DesklogState): number {
  return Date.now() + state.clock.skewMs;
}

export function takeId(state: DesklogState, kind: keyof DesklogState['nextId']): number {
  const id = state.nextId[kind];
  state.nextId[kind] = id + 1;
  return id;
}

/** Tracked seconds including a running segment, so a running task's total grows live. */
export function trackedSeconds(state: DesklogState, task: DesklogTask): number {
  if (task.timer_started_at_ms === null) return task.time_spend_in_sec;
  return task.time_spend_in_sec + Math.max(0, Math.floor((nowMs(state) - task.timer_started_at_ms) / 1000));
}
