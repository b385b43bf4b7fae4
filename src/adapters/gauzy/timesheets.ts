/**
 * Timesheets (`/timesheet`): one employee's period of logs with its approval status. The list
 * is a plain array filtered by start date; a status change is one `PUT /timesheet/status`
 * for all the ids (Gauzy has no approve/deny routes; vendor-docs/gauzy.md).
 */
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import type { TimesheetHandlers } from '../contract.js';
import { toGauzyTimesheetStatus, toTimesheet } from './mappers/to-timesheet.js';
import type { GauzyContext } from './support.js';
import { GauzyTimesheetRecord } from './types.js';

const TimesheetList = z.array(GauzyTimesheetRecord);

export function gauzyTimesheets(ctx: GauzyContext): TimesheetHandlers {
  const { client, source } = ctx;
  const tenancy = () => ({ organizationId: client.organizationId, tenantId: client.tenantId });
  return {
    list: async ({ from, to, userIds }) => {
      const rows = await client.get('/timesheet', TimesheetList, {
        ...tenancy(),
        startDate: from.toISOString(),
        // Gauzy's end is inclusive; the filter's is not.
        endDate: new Date(to.getTime() - 1).toISOString(),
        ...(userIds?.length ? { 'employeeIds[]': userIds } : {}),
      });
      return rows.map((row) => toTimesheet(source, row)).sort((a, b) => b.start.getTime() - a.start.getTime() || a.remoteId.localeCompare(b.remoteId));
    },
    setStatus: async (ids, status) => {
      if (!ids.length) throw ValidationError.field('input.ids', 'must name at least one timesheet');
      const rows = await client.write('PUT', '/timesheet/status', TimesheetList, { body: { ids, status: toGauzyTimesheetStatus(status) } });
      ctx.snapshots.clear();
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) throw ValidationError.field('input.ids', `names timesheets that do not exist: ${missing.join(', ')}`);
      return rows.map((row) => toTimesheet(source, row));
    },
  };
}
