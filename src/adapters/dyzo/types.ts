/**
 * Raw Dyzo shapes, validated with zod at the boundary (ARCHITECTURE.md §5).
 *
 * The v2 docs show request bodies but few response bodies (vendor-docs/dyzo.md §2.6: the task
 * log object is inferred), so every object is `loose` (unread fields stay in `raw`) and where a
 * field has more than one plausible spelling (`taskLogId` / `id` / `_id`, `startTime` /
 * `start_time`) all of them are accepted and the mappers pick the one present. Django's
 * DecimalField serialises as a string, so decimal numbers are accepted in both forms.
 */
import { z } from 'zod';
import { parseDyzoInstant } from './mappers/instant.js';

/** Integer ids; a digit string (as some Django serialisers emit) is read as the number. */
export const DyzoId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);
/** Decimal hours and the like: a JSON number or a DecimalField string such as "8.50". */
export const DyzoDecimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

const text = z.string().nullish();
/** A datetime the mappers can read; an unreadable one fails here, named by its path. */
const instant = z.string().refine((v) => parseDyzoInstant(v) !== null, 'is not an ISO-8601 datetime').nullish();
const flag = z.boolean().nullish();
const ref = DyzoId.nullish();

/** An id list that may hold bare ids or small employee objects. */
const idList = z.array(z.union([DyzoId, z.looseObject({ _id: DyzoId })]).transform((v) => (typeof v === 'number' ? v : v._id))).nullish();

const hasOne = (keys: string[]) => (o: Record<string, unknown>) => keys.some((k) => o[k] !== undefined && o[k] !== null);

export const DyzoEmployee = z
  .looseObject({
    _id: ref,
    id: ref,
    name: text,
    first_name: text,
    last_name: text,
    email: text,
    companyId: ref,
    isAdmin: flag,
    // The docs spell both flags two ways (vendor-docs/dyzo.md §5).
    isTeamLeader: flag,
    team_leader: flag,
    is_client: flag,
    isActive: flag,
    is_active: flag,
    isDeleted: flag,
    timezone: text,
  })
  .refine(hasOne(['_id', 'id']), 'employee has no _id');
export type DyzoEmployee = z.infer<typeof DyzoEmployee>;

export const DyzoProject = z
  .looseObject({
    _id: ref,
    id: ref,
    name: z.string(),
    companyId: ref,
    description: text,
    // `client` is not read: it names a client person, not a client record (see mappers/to-project.ts).
    priority: text,
    project_leader: ref,
    assignee: idList,
    allocated_hours: DyzoDecimal.nullish(),
    isActive: flag,
    isCompleted: flag,
  })
  .refine(hasOne(['_id', 'id']), 'project has no _id');
export type DyzoProject = z.infer<typeof DyzoProject>;

export const DyzoTask = z
  .looseObject({
    taskId: ref,
    _id: ref,
    id: ref,
    taskName: text,
    name: text,
    description: text,
    projectId: ref,
    userId: ref,
    assigned_users: idList,
    priority: text,
    taskPosition: text,
    isComplete: flag,
    /** Decimal hours (docs: tasks). */
    allocated_time: DyzoDecimal.nullish(),
    /** `H:MM` sum of the task's logs, as the frontend reads it. */
    total_time: text,
  })
  .refine(hasOne(['taskId', '_id', 'id']), 'task has no taskId')
  .refine(hasOne(['taskName', 'name']), 'task has no taskName');
export type DyzoTask = z.infer<typeof DyzoTask>;

/** The task log: camelCase on the read and update endpoints, snake_case on single create. */
export const DyzoTaskLog = z
  .looseObject({
    taskLogId: ref,
    id: ref,
    _id: ref,
    taskId: ref,
    task_id: ref,
    userId: ref,
    employee_id: ref,
    startTime: instant,
    start_time: instant,
    endTime: instant,
    end_time: instant,
    description: text,
    manualAdd: flag,
  })
  .refine(hasOne(['taskLogId', 'id', '_id']), 'task log has no id')
  .refine(hasOne(['startTime', 'start_time']), 'task log has no startTime');
export type DyzoTaskLog = z.infer<typeof DyzoTaskLog>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The one array-valued field of an envelope, when there is exactly one. */
function onlyArrayOf(body: Record<string, unknown>): unknown[] | undefined {
  const arrays = Object.values(body).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : undefined;
}

/**
 * One page of a list, whichever way it comes (vendor-docs/dyzo.md §1.4): `{data: [...]}` (what
 * the frontend reads), a bare array, DRF's `{results, next}`, or the list under the endpoint's
 * own key (§1.2: payloads sit "under endpoint-specific keys … not always data"): the `keys`
 * named for the endpoint, else the envelope's only array. Normalised before validation, so a
 * bad record is reported by its path (`data[3].startTime`), not as "no variant matched".
 */
export function dyzoListPage<T extends z.ZodType>(item: T, keys: readonly string[] = []) {
  return z.preprocess(
    (body) => {
      if (Array.isArray(body)) return { data: body };
      if (!isObject(body) || Array.isArray(body['data'])) return body;
      if (Array.isArray(body['results'])) return { ...body, data: body['results'] };
      const named = keys.map((k) => body[k]).find(Array.isArray);
      const list = named ?? onlyArrayOf(body);
      return list ? { ...body, data: list } : body;
    },
    z.looseObject({ data: z.array(item), next: z.string().nullish() }),
  );
}

/** The first of `keys` present in an envelope (payload keys differ per endpoint), else the body itself. */
function payloadOf(body: unknown, keys: readonly string[]): unknown {
  if (!isObject(body)) return body;
  for (const key of keys) if (body[key] !== undefined && body[key] !== null) return body[key];
  return body;
}

/** A read of one record: the record must be there. */
export function dyzoOne<T extends z.ZodType>(item: T, keys: readonly string[] = ['data']) {
  return z.preprocess((body) => payloadOf(body, keys), item);
}

/**
 * A write's answer. Its body is undocumented for most writes, so the record is optional: null
 * when the answer carries none (or not in a shape we know), and the handler reads it back.
 */
export function dyzoWritten<T extends z.ZodType>(item: T, keys: readonly string[] = ['data']) {
  return z.unknown().transform((body) => {
    const parsed = item.safeParse(payloadOf(body, keys));
    return parsed.success ? (parsed.data as z.output<T>) : null;
  });
}

/** Any success envelope whose payload the caller does not need (deletes). */
export const DyzoAck = z.unknown();

/**
 * Bulk task-log create. The docs leave the answer undocumented; the simulator answers
 * `{created: [...], skipped: [...]}`. Both are optional and only used when present.
 */
export const DyzoBulkResult = z.looseObject({
  created: z.array(z.unknown()).nullish(),
  skipped: z.union([z.array(z.unknown()), z.number().int().nonnegative()]).nullish(),
});
export type DyzoBulkResult = z.infer<typeof DyzoBulkResult>;

/** The envelope fields read from every answer, success or failure. */
export const DyzoEnvelope = z.looseObject({
  status: z.union([z.number(), z.boolean(), z.string()]).nullish(),
  message: z.string().nullish(),
  error_code: z.string().nullish(),
  detail: z.string().nullish(),
});

/** Write bodies, named as each endpoint documents them. */
export interface DyzoTaskLogCreateBody {
  task_id: number;
  employee_id: number;
  start_time: string;
  end_time: string;
  description?: string;
}

export interface DyzoTaskLogCamelBody {
  taskId: number;
  userId: number;
  startTime: string;
  endTime: string;
  description: string;
  manualAdd?: boolean;
}

export interface DyzoEmployeeAddBody {
  first_name: string;
  last_name: string;
  email: string;
  companyId: number;
  isAdmin?: boolean;
}

export interface DyzoEmployeePatchBody {
  first_name?: string;
  last_name?: string;
  name?: string;
  email?: string;
  isAdmin?: boolean;
  isTeamLeader?: boolean;
  is_active?: boolean;
}

export interface DyzoProjectCreateBody {
  name: string;
  companyId: number;
  client?: number;
  assignee?: number[];
  allocated_hours?: number;
}

export interface DyzoTaskPatchBody {
  taskName?: string;
  description?: string;
  projectId?: number;
  assigned_users?: number[];
  priority?: string;
  taskPosition?: string;
  isComplete?: boolean;
  allocated_time?: number | null;
}
