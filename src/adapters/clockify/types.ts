/**
 * Raw Clockify shapes (regular API v1), validated at the boundary. Objects are loose: unknown
 * fields are kept, because the vendor's record travels on as `raw`, and Clockify adds fields
 * often. Only what the mappers read is checked, and nullable wherever real responses send null
 * (e.g. `tagIds`, `taskId`, `timeInterval.end`, `clientId`).
 */
import { z } from 'zod';

const id = z.string().min(1);
const text = z.string().nullish();
const flag = z.boolean().nullish();

/** Instants come as `2020-01-01T00:00:00Z`, sometimes with millis or a `+00:00` offset. */
const instant = z.string().refine((s) => s.includes('T') && !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date-time');

export const ClockifyMembership = z.looseObject({
  userId: id,
  targetId: text,
  membershipType: text,
  membershipStatus: text,
});
export type ClockifyMembership = z.infer<typeof ClockifyMembership>;

/**
 * A user record, read tolerantly: only `id` is required. Every other field the mapper reads
 * falls back to absent when the vendor shapes it otherwise, so one odd field never fails the
 * record, let alone the list; the untouched record travels on as `raw`.
 *  - `roles` comes only with `include-roles=true` (seed, "Find all users on workspace"), as
 *    `[{role, entities: [{id, name}]}]` (lucassabreu/clockify-cli api/dto/dto.go `User.Roles`,
 *    `Role`, `RoleEntity`); absent otherwise. Items are read as unknown and searched for a role
 *    name (`"X"`, `{role: "X"}` or `{role: {name: "X"}}`).
 */
export const ClockifyUser = z.looseObject({
  id,
  name: text.catch(null),
  email: text.catch(null),
  /** Account status: ACTIVE, PENDING_EMAIL_VERIFICATION, NOT_REGISTERED, DELETED, … */
  status: text.catch(null),
  memberships: z.array(ClockifyMembership).nullish().catch(null),
  roles: z.array(z.unknown()).nullish().catch(null),
  settings: z.looseObject({ timeZone: text.catch(null) }).nullish().catch(null),
});
export type ClockifyUser = z.infer<typeof ClockifyUser>;

export const ClockifyUserGroup = z.looseObject({
  id,
  name: z.string(),
  userIds: z.array(id).nullish(),
});
export type ClockifyUserGroup = z.infer<typeof ClockifyUserGroup>;

export const ClockifyClient = z.looseObject({
  id,
  name: z.string(),
  email: text,
  archived: flag,
});
export type ClockifyClient = z.infer<typeof ClockifyClient>;

export const ClockifyTag = z.looseObject({
  id,
  name: z.string(),
  archived: flag,
});
export type ClockifyTag = z.infer<typeof ClockifyTag>;

/** Durations are ISO 8601 (`PT1H30M`); the docs' samples also show bare numbers as strings. */
const duration = z.union([z.string(), z.number()]).nullish();

export const ClockifyTask = z.looseObject({
  id,
  name: z.string(),
  projectId: id,
  assigneeIds: z.array(id).nullish(),
  /** Deprecated single assignee, still sent. */
  assigneeId: text,
  status: text,
  estimate: duration,
  duration,
  billable: flag,
});
export type ClockifyTask = z.infer<typeof ClockifyTask>;

export const ClockifyProject = z.looseObject({
  id,
  name: z.string(),
  /** `""` when the project has no client. */
  clientId: text,
  billable: flag,
  archived: flag,
  color: text,
  memberships: z.array(ClockifyMembership).nullish(),
  estimate: z.looseObject({ estimate: duration, type: text }).nullish(),
  timeEstimate: z.looseObject({ estimate: duration, active: flag }).nullish(),
  /** Only with `hydrated=true`. */
  tasks: z.array(ClockifyTask).nullish(),
});
export type ClockifyProject = z.infer<typeof ClockifyProject>;

export const ClockifyTimeInterval = z.looseObject({
  start: instant,
  /** null while the timer runs. */
  end: instant.nullish(),
  /** null while the timer runs. */
  duration,
});

export const ClockifyTimeEntry = z.looseObject({
  id,
  userId: id,
  projectId: text,
  taskId: text,
  tagIds: z.array(id).nullish(),
  description: text,
  billable: flag,
  /** REGULAR or BREAK. */
  type: text,
  timeInterval: ClockifyTimeInterval,
  kioskId: text,
  /** Values of the workspace's custom fields; a full-replace PUT must send them back. */
  customFieldValues: z.array(z.looseObject({ customFieldId: z.string(), value: z.unknown() })).nullish(),
});
export type ClockifyTimeEntry = z.infer<typeof ClockifyTimeEntry>;

/**
 * A row of the Reports API's detailed report (docs §5, "Detailed report response"): ids are
 * `_id`, tags come as objects, and `timeInterval.duration` is integer seconds.
 */
export const ClockifyReportEntry = z.looseObject({
  _id: id,
  userId: id,
  projectId: text,
  taskId: text,
  description: text,
  billable: flag,
  type: text,
  tags: z.array(z.looseObject({ _id: z.string().nullish(), id: z.string().nullish() })).nullish(),
  timeInterval: ClockifyTimeInterval,
});
export type ClockifyReportEntry = z.infer<typeof ClockifyReportEntry>;

/** `totals` is `[null]` when nothing matched. */
export const ClockifyDetailedReport = z.looseObject({
  totals: z.array(z.looseObject({ entriesCount: z.number().nullish() }).nullable().catch(null)).nullish().catch(null),
  /** Rows are read one by one (`ClockifyReportEntry`): one odd row must not fail the page. */
  timeentries: z.array(z.unknown()),
});
export type ClockifyDetailedReport = z.infer<typeof ClockifyDetailedReport>;

export const ClockifyWorkspace = z.looseObject({ id, name: z.string().nullish() });
export type ClockifyWorkspace = z.infer<typeof ClockifyWorkspace>;

/** The `{message, code}` error envelope. */
export const ClockifyError = z.looseObject({ message: z.string().nullish(), code: z.number().nullish() });

// ---- write bodies (what the adapter sends) ----

export interface ClockifyTimeEntryBody {
  start: string;
  end?: string;
  /** Omitted on create, Clockify takes the task's or project's default. */
  billable?: boolean;
  description: string;
  projectId?: string;
  taskId?: string;
  tagIds: string[];
  type: 'REGULAR' | 'BREAK';
  /** `{customFieldId, value}` (docs §3: up to 50); omitted on a PUT, Clockify clears them. */
  customFields?: Array<{ customFieldId: string; value: unknown }>;
}

export interface ClockifyProjectBody {
  name?: string;
  clientId?: string;
  billable?: boolean;
  color?: string;
  archived?: boolean;
  memberships?: Array<{ userId: string }>;
  estimate?: { estimate: string; type: 'MANUAL' };
}

export interface ClockifyTaskBody {
  name: string;
  assigneeIds?: string[];
  estimate?: string;
  status?: 'ACTIVE' | 'DONE';
  billable?: boolean;
}

export interface ClockifyClientBody {
  name?: string;
  email?: string;
  archived?: boolean;
}
