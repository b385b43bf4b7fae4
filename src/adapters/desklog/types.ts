/**
 * Raw Desklog API v2 shapes (vendor-docs/desklog.md §3), validated with zod at the boundary.
 *
 * The schemas are loose on purpose where the docs contradict themselves: ids arrive as numbers
 * or numeric strings (`user_profile` sends `"id": "1"`), flags as booleans or 0/1, and most
 * fields may be missing or null. Objects are `looseObject` so `raw` keeps every vendor key.
 */
import { z } from 'zod';

/** An integer id, sent as a number or a numeric string. */
export const DesklogId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]);
export type DesklogId = z.infer<typeof DesklogId>;

/**
 * A number, or the same number as a string: Desklog's PHP backend sends numbers as strings in
 * places (vendor-docs/desklog.md §1 "ID type", §3.13, §3.15), and a deployment may do so
 * everywhere. A value that is neither becomes null (kept as sent in `raw`) rather than failing
 * the record: such fields are details, the record is still readable.
 */
const DesklogNumber = z
  .union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)])
  .nullish()
  .catch(null);
/** A 0/1 or boolean flag, in any of the forms above. */
const DesklogFlag = z
  .union([z.boolean(), z.number(), z.string().trim().regex(/^(0|1|true|false)$/).transform((v) => v === '1' || v === 'true')])
  .nullish()
  .catch(null);

/** Pretty durations (`"02h 30m"`) or `"--"`; numbers are tolerated for robustness. */
const DesklogPretty = z.union([z.string(), z.number()]).nullish();

/**
 * The envelope `{status, message, data}`. Success is decided before this schema runs (the
 * `inspect` hook in client.ts), so here `status` is only typed loosely.
 */
export function desklogEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({
    status: z.union([z.boolean(), z.number(), z.string()]).optional(),
    message: z.string().nullish(),
    data,
  });
}

/** Mutations answer `data: null`, `{}`, or no `data` at all. */
export const DesklogAck = desklogEnvelope(z.unknown().optional());

export const DesklogUser = z.looseObject({
  id: DesklogId,
  name: z.string().nullish(),
  email: z.string().nullish(),
  /** "archive status of user": true = active. */
  active: z.union([z.boolean(), z.number(), z.string()]).nullish(),
  phone: z.union([z.string(), z.number()]).nullish(),
  team_id: DesklogId.nullish(),
  team_name: z.string().nullish(),
  /** admin | manager | team_leader | user */
  user_type: z.string().nullish(),
  /** Free text ("System Admin"), not the enum. */
  role: z.string().nullish(),
  time_zone: z.string().nullish(),
  app_and_os: z.string().nullish(),
});
export type DesklogUser = z.infer<typeof DesklogUser>;

export const DesklogTeamRow = z.looseObject({
  team_id: DesklogId,
  team_name: z.string().nullish(),
  lead_by: DesklogId.nullish(),
  added_by: z.union([DesklogId, z.boolean()]).nullish(),
});
export type DesklogTeamRow = z.infer<typeof DesklogTeamRow>;

export const DesklogTeamDetails = z.looseObject({
  id: DesklogId,
  team_name: z.string().nullish(),
  lead_by: DesklogId.nullish(),
  added_by: z.union([DesklogId, z.boolean()]).nullish(),
  members: z.array(z.looseObject({ user_id: DesklogId, email: z.string().nullish() })).nullish(),
});
export type DesklogTeamDetails = z.infer<typeof DesklogTeamDetails>;

export const DesklogClient = z.looseObject({
  id: DesklogId,
  /** Listed as `first_name`; written as `name`. */
  first_name: z.string().nullish(),
  email: z.string().nullish(),
});
export type DesklogClient = z.infer<typeof DesklogClient>;

export const DesklogProjectRow = z.looseObject({
  id: DesklogId,
  project_name: z.string().nullish(),
  access: DesklogNumber,
  integrated_from: z.string().nullish(),
  project_status: z.string().nullish(),
  project_priority: z.string().nullish(),
  /** Not documented on reads; accepted in case the service sends it. */
  client_id: DesklogId.nullish(),
});
export type DesklogProjectRow = z.infer<typeof DesklogProjectRow>;

export const DesklogProjectDetails = DesklogProjectRow.extend({
  board_members: z.array(DesklogId).nullish(),
  /** The allocation in hours. */
  project_working_hour: DesklogNumber,
  /** A decimal string such as "650.00". */
  estimated_amount: z.union([z.string(), z.number()]).nullish(),
});
export type DesklogProjectDetails = z.infer<typeof DesklogProjectDetails>;

export const DesklogTaskRow = z.looseObject({
  id: DesklogId,
  task_title: z.string().nullish(),
  basic_status_id: DesklogNumber,
  current_status: z.string().nullish(),
});
export type DesklogTaskRow = z.infer<typeof DesklogTaskRow>;

/** Task details carry no `id`: the caller keeps the one from the path. */
export const DesklogTaskDetails = z.looseObject({
  id: DesklogId.optional(),
  task_title: z.string().nullish(),
  /** HTML (`<p>…</p>`). */
  description: z.string().nullish(),
  project_id: DesklogId.nullish(),
  assigned_to: DesklogId.nullish(),
  reporter_id: DesklogId.nullish(),
  task_type_id: DesklogNumber,
  priority_id: DesklogNumber,
  priority: z.string().nullish(),
  current_status: z.string().nullish(),
  time_spend_in_sec: DesklogNumber,
  time_allocated_sec: DesklogNumber,
  time_allocated_pretty: z.string().nullish(),
  task_exceeded: DesklogFlag,
  is_billable: DesklogFlag,
});
export type DesklogTaskDetails = z.infer<typeof DesklogTaskDetails>;

export const DesklogTag = z.looseObject({ id: DesklogId, tag: z.string().nullish() });
export type DesklogTag = z.infer<typeof DesklogTag>;

export const DesklogAttendanceRow = z.looseObject({
  user_id: DesklogId.nullish(),
  /** The attribute table names the user id `team_id`; accepted as an alias. */
  team_id: DesklogId.nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  clock_in: z.string().nullish(),
  clock_out: z.string().nullish(),
  time_at_work: DesklogPretty,
  productive_time: DesklogPretty,
  focus_time: DesklogPretty,
  idle_time: DesklogPretty,
  private_time: DesklogPretty,
  neutral_time: DesklogPretty,
  non_productive_time: DesklogPretty,
  over_time: DesklogPretty,
  activity_percentage: z.union([z.number(), z.string()]).nullish(),
  time_zone: z.string().nullish(),
});
export type DesklogAttendanceRow = z.infer<typeof DesklogAttendanceRow>;

export const DesklogProjectCreated = desklogEnvelope(z.looseObject({ project_id: DesklogId }));
export const DesklogTaskCreated = desklogEnvelope(z.looseObject({ task_id: DesklogId }));
export const DesklogClientCreated = desklogEnvelope(z.looseObject({ client_id: DesklogId }));
export const DesklogTagCreated = desklogEnvelope(z.looseObject({ tag_id: DesklogId }));

/** `task_status_change` answers without `status` or `data`. */
export const DesklogStatusChanged = z.looseObject({ basic_status: z.number().nullish(), message: z.string().nullish() });
