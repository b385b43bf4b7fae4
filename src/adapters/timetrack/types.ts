/**
 * Raw TimeTrack shapes (vendor-docs/timetrack.md §2), validated with zod at the boundary.
 *
 * Objects are `loose` and nothing is transformed, so the parsed value is still the vendor's own
 * record and can go to `raw` as it came. The docs are thin and partly inferred, so the schemas
 * are lenient where the docs are unsure: `ID` or `id`, numbers that may arrive as digit
 * strings, `0`/`1` for booleans, `user` or `username`, `projectName` or `name`. The mappers
 * normalise these with the small readers at the bottom of this file.
 */
import { z } from 'zod';

const idValue = z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d{0,17}$/)]);
const numeric = z.union([z.number(), z.string().regex(/^-?\d+(?:\.\d+)?$/)]);
const num = numeric.nullish();
const flag = z.union([z.boolean(), z.literal(0), z.literal(1)]).nullish();
const text = z.string().nullish();
/** GPS fields: documented as Text, one of them as Number (attendances); both are accepted. */
const coordinate = z.union([z.string(), z.number()]).nullish();
/** `YYYY-MM-DDTHH:MM:SS.fffZ`; anything `Date` cannot read is refused here, not in a mapper. */
const instant = z.string().refine((value) => parseInstant(value) !== null, 'is not a timestamp');

/** The docs' tables print `ID`, real clients read `id`; one of the two must be there. */
function record<S extends z.ZodRawShape>(shape: S) {
  return z
    .looseObject({ id: idValue.optional(), ID: idValue.optional(), ...shape })
    .refine((r) => r.id !== undefined || r.ID !== undefined, { message: 'id is required', path: ['id'] });
}

export const TimeTrackUser = record({
  username: text,
  firstName: text,
  lastName: text,
  email: text,
  admin: flag,
  teamLead: flag,
  language: text,
  personalNumber: z.union([z.number(), z.string()]).nullish(),
  enabled: flag,
});
export type TimeTrackUser = z.infer<typeof TimeTrackUser>;

export const TimeTrackClient = record({
  name: z.string(),
  enabled: flag,
  email: text,
  color: text,
  notes: text,
});
export type TimeTrackClient = z.infer<typeof TimeTrackClient>;

/** Documented as `projectName`; one real-world client reads `name`, so either is accepted. */
export const TimeTrackProject = record({
  projectName: text,
  name: text,
  clientName: text,
  projectEnabled: flag,
  notes: text,
  hourRate: num,
  /** Planned duration in minutes. */
  timeEstimated: num,
  budgetEstimated: num,
}).refine((p) => Boolean(p.projectName ?? p.name), { message: 'projectName is required', path: ['projectName'] });
export type TimeTrackProject = z.infer<typeof TimeTrackProject>;

/** Tasks are global (not per project). `timeEstimated` is undocumented for tasks but read if sent. */
export const TimeTrackTask = record({
  name: z.string(),
  notes: text,
  hourRate: num,
  timeEstimated: num,
});
export type TimeTrackTask = z.infer<typeof TimeTrackTask>;

/** A project time entry: every reference is a display name (docs §1.2). */
export const TimeTrackTimeEntry = record({
  user: text,
  username: text,
  clientName: text,
  projectName: text,
  task: text,
  taskName: text,
  hourRate: num,
  billable: flag,
  flatRate: flag,
  details: text,
  /** Hashtags in one string; an array is tolerated. */
  tags: z.union([z.string(), z.array(z.string())]).nullish(),
  from: instant,
  to: instant.nullish(),
  /** Worked time, breaks excluded. */
  workedMinutes: num,
  breakMinutes: num,
  manual: flag,
  latitude: coordinate,
  longitude: coordinate,
  latitude1: coordinate,
  longitude1: coordinate,
});
export type TimeTrackTimeEntry = z.infer<typeof TimeTrackTimeEntry>;

/** The project timer of one user (docs §2.9); durations in seconds, last saved values. */
export const TimeTrackTimer = z.looseObject({
  username: text,
  startedAt: instant.nullish(),
  workedSeconds: num,
  breakSeconds: num,
  playing: flag,
  paused: flag,
  stopped: flag,
  clientName: text,
  projectName: text,
  taskName: text,
  note: text,
});
export type TimeTrackTimer = z.infer<typeof TimeTrackTimer>;

/** Error bodies are `{"message": "…"}` (docs §1, real-world clients read `data.message`). */
export const TimeTrackError = z.looseObject({ message: z.string() });

/** Deletes answer anything from an empty 204 to an echo of the record; none of it is read. */
export const TimeTrackAnything = z.unknown();

// ── readers for the lenient fields ─────────────────────────────────────────────────────────

export function idOf(raw: { id?: number | string | undefined; ID?: number | string | undefined }): string {
  return String(raw.id ?? raw.ID);
}

export function numberOf(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function flagOf(value: boolean | 0 | 1 | null | undefined): boolean | null {
  return value === null || value === undefined ? null : value === true || value === 1;
}

/**
 * Wire timestamps are UTC with a `Z`. A timestamp without any zone is read as UTC too, because
 * that is what the documented form means; an offset, when present, is honoured.
 */
export function parseInstant(text: string): Date | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed)) return null;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) ? trimmed : `${trimmed}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** The documented output form, `YYYY-MM-DDTHH:MM:SS.fffZ`, which `toISOString` produces. */
export function formatInstant(date: Date): string {
  return date.toISOString();
}
