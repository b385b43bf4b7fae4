/** Gauzy timesheet → unified Timesheet, and the unified status → Gauzy's wire value. */
import type { Timesheet } from '../../../domain/entities.js';
import type { TimesheetStatus } from '../../../domain/enums.js';
import type { GauzyTimesheetRecord } from '../types.js';
import { gauzyTimesheetStatus } from './to-time-entry.js';

/** Gauzy's code writes "IN REVIEW" with a space (vendor-docs/gauzy.md). */
const WIRE_STATUS: Record<TimesheetStatus, string> = {
  DRAFT: 'DRAFT',
  PENDING: 'PENDING',
  IN_REVIEW: 'IN REVIEW',
  APPROVED: 'APPROVED',
  DENIED: 'DENIED',
};

export const toGauzyTimesheetStatus = (status: TimesheetStatus): string => WIRE_STATUS[status];

export function toTimesheet(source: string, raw: GauzyTimesheetRecord): Timesheet {
  const status = gauzyTimesheetStatus(raw.status);
  return {
    source,
    remoteId: raw.id,
    userId: raw.employeeId ?? null,
    start: new Date(raw.startedAt),
    end: raw.stoppedAt ? new Date(raw.stoppedAt) : null,
    status,
    statusLabel: raw.status ?? null,
    durationSeconds: typeof raw.duration === 'number' ? Math.round(raw.duration) : null,
    raw,
  };
}
