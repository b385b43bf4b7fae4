/**
 * Workspace-wide reading of time entries through the Reports API v3:
 *   POST /reports/api/v3/workspace/{workspace_id}/search/time_entries
 * "Returns time entries for detailed report according to the given filters. Supports
 * pagination via X-Next-ID and X-Next-Row-Number headers returned in the response."
 * (developers.track.toggl.com/docs/reports/detailed_reports). The next page is asked for by
 * sending the same body with `first_id`, `first_row_number` (and `first_timestamp`) set from
 * those headers; the last page carries no X-Next-* headers.
 *
 * Not documented and chosen here (see docs/vendors/toggl.md "not verified"): the default
 * `page_size` (50, as the v2 detailed report's `per_page`), the order (start ascending, then
 * id), one row per entry when `grouped` is false, and running entries being left out.
 */
import type { SimRoute } from '../../kit.js';
import { json, textError } from '../envelope.js';
import type { StoredTimeEntry } from '../state.js';
import { DAY_MS, formatOffset, formatZulu, parseDateOnly } from '../time.js';
import { isResponse, objectBody, workspaceOf, type RouteContext } from './context.js';

export const DEFAULT_REPORT_PAGE_SIZE = 50;

const idList = (value: unknown): number[] | undefined | 'bad' => {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v))) return 'bad';
  return value as number[];
};

export function reportRoutes(ctx: RouteContext, pageCap: number): SimRoute[] {
  return [
    {
      method: 'POST',
      pattern: `${ctx.reports}/workspace/:workspaceId/search/time_entries`,
      handler: (req) => {
        const w = workspaceOf(ctx, req);
        if ('error' in w) return w.error;
        const body = objectBody(req);
        if (isResponse(body)) return body;
        // "end_date: End date, example time.DateOnly. Should be greater than Start date."
        const from = parseDateOnly(body['start_date']);
        if (from === undefined) return textError(400, 'start_date is required, format YYYY-MM-DD');
        const toDay = body['end_date'] === undefined ? from : parseDateOnly(body['end_date']);
        if (toDay === undefined) return textError(400, 'end_date must be a date, format YYYY-MM-DD');
        if (toDay < from) return textError(400, 'end_date should be greater than start_date');
        const to = toDay + DAY_MS; // end_date is inclusive of its whole day

        const filters = { user_ids: idList(body['user_ids']), project_ids: idList(body['project_ids']), task_ids: idList(body['task_ids']), tag_ids: idList(body['tag_ids']), time_entry_ids: idList(body['time_entry_ids']) };
        for (const [name, value] of Object.entries(filters)) if (value === 'bad') return textError(400, `${name} must be an array of integers`);
        const { user_ids, project_ids, task_ids, tag_ids, time_entry_ids } = filters as Record<string, number[] | undefined>;

        const sizeRaw = body['page_size'] ?? DEFAULT_REPORT_PAGE_SIZE;
        if (!Number.isInteger(sizeRaw) || (sizeRaw as number) < 1) return textError(400, 'page_size must be a positive integer');
        const pageSize = Math.min(sizeRaw as number, pageCap);
        const firstRow = body['first_row_number'] ?? 1;
        if (!Number.isInteger(firstRow) || (firstRow as number) < 1) return textError(400, 'first_row_number must be a positive integer');

        const rows = ctx.state.timeEntries
          .filter((e) => e.workspaceId === w.id && e.stop !== null && e.start >= from && e.start < to)
          .filter((e) => !user_ids || user_ids.includes(e.userId))
          .filter((e) => !project_ids || project_ids.includes(e.projectId as number))
          .filter((e) => !task_ids || task_ids.includes(e.taskId as number))
          .filter((e) => !tag_ids || e.tagIds.some((id) => tag_ids.includes(id)))
          .filter((e) => !time_entry_ids || time_entry_ids.includes(e.id))
          .filter((e) => typeof body['billable'] !== 'boolean' || e.billable === body['billable'])
          .sort((a, b) => a.start - b.start || a.id - b.id);

        const start = (firstRow as number) - 1;
        const page = rows.slice(start, start + pageSize);
        const next = rows[start + pageSize];
        const headers: Record<string, string> = {};
        if (next) {
          headers['x-next-id'] = String(next.id);
          headers['x-next-row-number'] = String(start + pageSize + 1);
          headers['x-next-timestamp'] = String(Math.floor(next.start / 1000));
        }
        return json(page.map((e, i) => rowView(ctx, e, start + i + 1)), headers);
      },
    },
  ];
}

function rowView(ctx: RouteContext, e: StoredTimeEntry, rowNumber: number) {
  const user = ctx.state.users.find((u) => u.id === e.userId);
  const project = ctx.state.projects.find((p) => p.id === e.projectId);
  const rate = project?.rate ?? null;
  const seconds = Math.round((e.stop! - e.start) / 1000);
  return {
    user_id: e.userId,
    username: user?.fullname ?? '',
    project_id: e.projectId,
    task_id: e.taskId,
    billable: e.billable,
    description: e.description ?? '',
    tag_ids: e.tagIds,
    billable_amount_in_cents: e.billable && rate !== null ? Math.round((rate * 100 * seconds) / 3600) : null,
    hourly_rate_in_cents: rate === null ? null : rate * 100,
    currency: project?.currency ?? ctx.state.workspace.defaultCurrency,
    time_entries: [{ id: e.id, seconds, start: formatOffset(e.start), stop: formatZulu(e.stop!), at: formatOffset(e.at) }],
    row_number: rowNumber,
  };
}
