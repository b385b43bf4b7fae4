/**
 * The gateway's own enums (ARCHITECTURE.md §3). Adapters map vendor values onto these in one
 * table each; a vendor value they do not know becomes OTHER with the original kept as a label.
 */
export const USER_ROLES = ['OWNER', 'ADMIN', 'MANAGER', 'TEAM_LEAD', 'MEMBER', 'OTHER'] as const;
export const USER_STATUSES = ['ACTIVE', 'INACTIVE', 'PENDING', 'ARCHIVED'] as const;
export const PROJECT_STATUSES = ['ACTIVE', 'ON_HOLD', 'COMPLETED', 'ARCHIVED', 'OTHER'] as const;
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'IN_REVIEW', 'BLOCKED', 'DONE', 'CLOSED', 'OTHER'] as const;
export const PRIORITIES = ['URGENT', 'HIGH', 'MEDIUM', 'LOW', 'TRIVIAL'] as const;
export const TIME_ENTRY_TYPES = ['WORK', 'BREAK', 'IDLE'] as const;
export const TIME_ENTRY_ORIGINS = ['TIMER', 'MANUAL', 'IMPORTED', 'OTHER'] as const;
export const TIMESHEET_STATUSES = ['DRAFT', 'PENDING', 'IN_REVIEW', 'APPROVED', 'DENIED'] as const;
export const REPORT_DIMENSIONS = ['SOURCE', 'USER', 'PROJECT', 'TASK', 'CLIENT', 'TAG', 'DAY', 'WEEK', 'MONTH', 'PERSON'] as const;

export type UserRole = (typeof USER_ROLES)[number];
export type UserStatus = (typeof USER_STATUSES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type TimeEntryType = (typeof TIME_ENTRY_TYPES)[number];
export type TimeEntryOrigin = (typeof TIME_ENTRY_ORIGINS)[number];
export type TimesheetStatus = (typeof TIMESHEET_STATUSES)[number];
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** A mapped enum value plus the vendor's original spelling, kept when it was not understood. */
export interface Mapped<T extends string> {
  value: T;
  label: string | null;
}

/**
 * Builds a total mapping function from one vendor table. Lookups ignore case and surrounding
 * space because vendors are inconsistent about both; an unknown value maps to `fallback`
 * with the original kept as the label, so a new vendor value never crashes a query.
 */
export function enumMapper<T extends string>(table: Record<string, T>, fallback: T) {
  const normalised = new Map(Object.entries(table).map(([k, v]) => [k.trim().toLowerCase(), v]));
  return (raw: string | number | null | undefined): Mapped<T> => {
    if (raw === null || raw === undefined || raw === '') return { value: fallback, label: null };
    const key = String(raw).trim().toLowerCase();
    const hit = normalised.get(key);
    return hit ? { value: hit, label: String(raw) } : { value: fallback, label: String(raw) };
  };
}
