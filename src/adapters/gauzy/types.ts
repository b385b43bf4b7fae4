/**
 * Raw Ever Gauzy shapes, validated with zod at the boundary (ARCHITECTURE.md §5).
 *
 * Every object is `loose`: Gauzy entities carry dozens of columns the gateway does not read,
 * and they stay in `raw`. Only the fields the mappers use are declared, and most are `nullish`
 * because Gauzy omits relations that were not loaded and nulls unset columns. Where the docs and
 * the code disagree (vendor-docs/gauzy.md) the schemas accept both spellings.
 */
import { z } from 'zod';

const id = z.string().min(1);
const text = z.string().nullish();
const flag = z.boolean().nullish();
const num = z.number().nullish();

/** `{items, total}` of every CrudController list (BaseQueryDTO). */
export function gauzyPagination<T extends z.ZodType>(item: T) {
  return z.looseObject({ items: z.array(item), total: z.number().int().nonnegative().nullish() });
}

export const GauzyRole = z.looseObject({ id: id.nullish(), name: z.string() });
export type GauzyRole = z.infer<typeof GauzyRole>;

export const GauzyUser = z.looseObject({
  id,
  firstName: text,
  lastName: text,
  name: text,
  email: text,
  timeZone: text,
  isActive: flag,
  isArchived: flag,
  roleId: text,
  role: GauzyRole.nullish(),
});
export type GauzyUser = z.infer<typeof GauzyUser>;

export const GauzyEmployee = z.looseObject({
  id,
  userId: text,
  fullName: text,
  isActive: flag,
  isArchived: flag,
  endWork: text,
  user: GauzyUser.nullish(),
});
export type GauzyEmployee = z.infer<typeof GauzyEmployee>;

/** `POST /auth/login`: the code answers `refresh_token`, the docs say `refreshToken`. */
export const GauzyLoginResponse = z.looseObject({
  token: z.string().min(1),
  refresh_token: z.string().nullish(),
  refreshToken: z.string().nullish(),
  user: z.looseObject({ id, tenantId: text, employee: z.looseObject({ id, organizationId: text }).nullish() }).nullish(),
});
export type GauzyLoginResponse = z.infer<typeof GauzyLoginResponse>;

/** `POST /auth/refresh-token`: ITokenPair, rotated on every use. */
export const GauzyTokenPair = z.looseObject({ token: z.string().min(1), refresh_token: z.string().nullish(), refreshToken: z.string().nullish() });

/** `GET /user/me?includeEmployee=true`: who the token acts as (the timer always runs for them). */
export const GauzyMe = z.looseObject({ id, tenantId: text, employee: z.looseObject({ id, organizationId: text }).nullish() });
export type GauzyMe = z.infer<typeof GauzyMe>;

/** organization_team_employee row; a manager carries the MANAGER role. */
export const GauzyTeamMember = z.looseObject({
  employeeId: id,
  roleId: text,
  role: GauzyRole.nullish(),
});
export type GauzyTeamMember = z.infer<typeof GauzyTeamMember>;

export const GauzyTeam = z.looseObject({
  id,
  name: z.string(),
  members: z.array(GauzyTeamMember).nullish(),
});
export type GauzyTeam = z.infer<typeof GauzyTeam>;

export const GauzyContact = z.looseObject({
  id,
  name: z.string(),
  primaryEmail: text,
  contactType: text,
  isArchived: flag,
});
export type GauzyContact = z.infer<typeof GauzyContact>;

/** organization_project_employee row. */
export const GauzyProjectMember = z.looseObject({ employeeId: id, isManager: flag });
export type GauzyProjectMember = z.infer<typeof GauzyProjectMember>;

export const GauzyProject = z.looseObject({
  id,
  name: z.string(),
  organizationContactId: text,
  billable: flag,
  status: text,
  color: text,
  budget: num,
  budgetType: text,
  isArchived: flag,
  members: z.array(GauzyProjectMember).nullish(),
});
export type GauzyProject = z.infer<typeof GauzyProject>;

export const GauzyTask = z.looseObject({
  id,
  title: z.string(),
  description: text,
  projectId: text,
  status: text,
  priority: text,
  /** Seconds, whatever the entity comment says (vendor-docs/gauzy.md §3.4). */
  estimate: num,
  /** Assigned employees. */
  members: z.array(z.looseObject({ id })).nullish(),
});
export type GauzyTask = z.infer<typeof GauzyTask>;

export const GauzyTag = z.looseObject({ id, name: z.string(), color: text, organizationId: text });
export type GauzyTag = z.infer<typeof GauzyTag>;

export const GauzyTimesheet = z.looseObject({ id, status: text });
export type GauzyTimesheet = z.infer<typeof GauzyTimesheet>;

/** A timesheet as `/timesheet` lists it: one employee's period with its approval status. */
export const GauzyTimesheetRecord = z.looseObject({
  id,
  status: text,
  employeeId: text,
  startedAt: z.string(),
  stoppedAt: text,
  duration: z.number().nullish(),
});
export type GauzyTimesheetRecord = z.infer<typeof GauzyTimesheetRecord>;

export const GauzyTimeLog = z.looseObject({
  id,
  employeeId: id,
  startedAt: z.string(),
  stoppedAt: text,
  logType: text,
  source: text,
  description: text,
  reason: text,
  isBillable: flag,
  isRunning: flag,
  /** Virtual, whole seconds; recomputed by Gauzy on every load and ignored on writes. */
  duration: num,
  projectId: text,
  taskId: text,
  organizationContactId: text,
  organizationTeamId: text,
  timesheetId: text,
  timesheet: GauzyTimesheet.nullish(),
  /** Present only where a server returns them; TimeLog has no tag relation in Gauzy's entity. */
  tags: z.array(z.union([z.string(), z.looseObject({ id })])).nullish(),
});
export type GauzyTimeLog = z.infer<typeof GauzyTimeLog>;

/**
 * `GET /timesheet/time-log`: the code answers a plain array, the docs show `{items, total}`;
 * both are accepted. Only the envelope is checked here: each record is parsed on its own with
 * GauzyTimeLog, so one unreadable record does not fail the list (#10 item 14).
 */
export const GauzyRawTimeLogList = z.union([z.array(z.unknown()), z.looseObject({ items: z.array(z.unknown()) })]);

/** `GET /timesheet/time-log/conflict`: a plain array. */
export const GauzyTimeLogs = z.array(GauzyTimeLog);

/** `ITimerStatus`. */
export const GauzyTimerStatus = z.looseObject({
  running: flag,
  duration: num,
  lastLog: GauzyTimeLog.nullish(),
});
export type GauzyTimerStatus = z.infer<typeof GauzyTimerStatus>;

/** `GET /timesheet/timer/status/worked`: one status per employee with a last log. */
export const GauzyTimerStatuses = z.array(GauzyTimerStatus);

/** NestJS error envelope: `message` is a string, or a string array for validation failures. */
export const GauzyError = z.looseObject({
  statusCode: z.number().optional(),
  message: z.union([z.string(), z.array(z.string())]).optional(),
  error: z.string().optional(),
});

/** TypeORM DeleteResult / UpdateResult. */
export const GauzyWriteResult = z.looseObject({ affected: z.number().nullish() });

/** Bodies Gauzy answers with nothing useful (timer toggles, deletes): anything goes. */
export const GauzyAny = z.unknown();
