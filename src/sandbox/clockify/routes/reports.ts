/**
 * The Reports API (a separate host in production: `reports.api.clockify.me/v1/...`, or
 * `/report/v1/...` on regional hosts). Differences from the regular API that adapters must
 * handle: POST with a filter body, ids as `_id`, and durations in integer **seconds**.
 *
 * Only completed entries whose start lies in [dateRangeStart, dateRangeEnd] are reported; a
 * running timer has no duration yet.
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, ok, paginateBody, route } from '../envelope.js';
import { findById, type ClockifyState, type StoredTimeEntry } from '../state.js';
import { dateInZone, isValidTimeZone, parseInstant, secondsBetween } from '../time.js';
import { optBool, optEnum, optInt, optString, requireObject, type Body } from '../validate.js';
import { entryAmount, entryRates } from '../views.js';
import type { RouteContext } from './context.js';

const SUMMARY_GROUPS = ['PROJECT', 'CLIENT', 'TASK', 'TAG', 'USER', 'USER_GROUP', 'DATE', 'WEEK', 'MONTH', 'YEAR', 'TIMEENTRY'] as const;
type SummaryGroup = (typeof SUMMARY_GROUPS)[number];
const EXPORT_TYPES = ['JSON', 'JSON_V1', 'PDF', 'CSV', 'XLSX', 'ZIP'] as const;
/**
 * Report pages beyond this size are cut to it, silently. Sources disagree on the real cap
 * (1000 per some clients, e.g. the ratheesh-aot/clockify-mcp `get_detailed_report` schema; 200
 * per others); the docs' spec gives none (vendor-docs/clockify.md §9.21), so it is an option.
 */
export const REPORT_PAGE_CAP = 1000;

interface ContainsFilter {
  ids: string[];
  contains: 'CONTAINS' | 'DOES_NOT_CONTAIN';
  only: boolean;
}

/** `{ids, contains, status}` objects (tags also `containedInTimeentry`); no ids = no filter. */
function readContains(body: Body, field: string): ContainsFilter | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badRequest(`Field '${field}' must be an object`);
  const f = raw as Body;
  const idsRaw = f['ids'];
  if (idsRaw !== undefined && idsRaw !== null && (!Array.isArray(idsRaw) || idsRaw.some((id) => typeof id !== 'string'))) {
    throw badRequest(`Field '${field}.ids' must be an array of ids`);
  }
  const contains = optEnum(f, 'contains', ['CONTAINS', 'DOES_NOT_CONTAIN', 'CONTAINS_ONLY'] as const) ?? 'CONTAINS';
  optEnum(f, 'status', ['ACTIVE', 'ARCHIVED', 'ALL'] as const);
  const inEntry = optEnum(f, 'containedInTimeentry', ['CONTAINS', 'CONTAINS_ONLY'] as const);
  const ids = (idsRaw as string[] | undefined | null) ?? [];
  if (ids.length === 0) return undefined;
  return {
    ids,
    contains: contains === 'DOES_NOT_CONTAIN' ? 'DOES_NOT_CONTAIN' : 'CONTAINS',
    only: contains === 'CONTAINS_ONLY' || inEntry === 'CONTAINS_ONLY',
  };
}

/** Does a value (or, for tags and groups, a set of values) pass a contains filter? */
function passes(filter: ContainsFilter | undefined, values: string[]): boolean {
  if (!filter) return true;
  const hit = filter.only ? values.length > 0 && values.every((v) => filter.ids.includes(v)) : values.some((v) => filter.ids.includes(v));
  return filter.contains === 'CONTAINS' ? hit : !hit;
}

interface ReportQuery {
  entries: StoredTimeEntry[];
  timeZone: string;
  sortOrder: 'ASCENDING' | 'DESCENDING' | undefined;
}

/** Validates the common report body and selects the matching completed entries. */
function selectEntries(state: ClockifyState, body: Body): ReportQuery {
  const rawStart = optString(body, 'dateRangeStart');
  const rawEnd = optString(body, 'dateRangeEnd');
  if (!rawStart) throw badRequest("Field 'dateRangeStart' is required");
  if (!rawEnd) throw badRequest("Field 'dateRangeEnd' is required");
  const from = parseInstant(rawStart);
  const to = parseInstant(rawEnd);
  if (from === null) throw badRequest("Field 'dateRangeStart' must be a date-time like 2026-11-01T00:00:00.000Z");
  if (to === null) throw badRequest("Field 'dateRangeEnd' must be a date-time like 2026-11-30T23:59:59.999Z");
  if (to < from) throw badRequest('dateRangeEnd must not be before dateRangeStart');

  const exportType = optEnum(body, 'exportType', EXPORT_TYPES) ?? 'JSON';
  if (exportType !== 'JSON' && exportType !== 'JSON_V1') {
    throw badRequest(`exportType ${exportType} is not supported by this simulator; use JSON`);
  }
  const timeZone = optString(body, 'timeZone') ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw badRequest(`Unknown timeZone '${timeZone}'`);
  const sortOrder = optEnum(body, 'sortOrder', ['ASCENDING', 'DESCENDING'] as const);

  const users = readContains(body, 'users');
  const groups = readContains(body, 'userGroups');
  const projects = readContains(body, 'projects');
  const clients = readContains(body, 'clients');
  const tasks = readContains(body, 'tasks');
  const tags = readContains(body, 'tags');
  const billable = optBool(body, 'billable');
  const description = optString(body, 'description')?.toLowerCase();
  const withoutDescription = optBool(body, 'withoutDescription') ?? false;

  const entries = state.timeEntries.filter((e) => {
    if (e.end === null) return false;
    const at = Date.parse(e.start);
    if (at < from || at > to) return false;
    const project = e.projectId ? findById(state.projects, e.projectId) : undefined;
    const userGroups = state.userGroups.filter((g) => g.userIds.includes(e.userId)).map((g) => g.id);
    return (
      passes(users, [e.userId]) &&
      passes(groups, userGroups) &&
      passes(projects, e.projectId ? [e.projectId] : []) &&
      passes(clients, project?.clientId ? [project.clientId] : []) &&
      passes(tasks, e.taskId ? [e.taskId] : []) &&
      passes(tags, e.tagIds) &&
      (billable === undefined || e.billable === billable) &&
      (!description || e.description.toLowerCase().includes(description)) &&
      (!withoutDescription || e.description === '')
    );
  });
  return { entries, timeZone, sortOrder };
}

function seconds(e: StoredTimeEntry): number {
  return e.end === null ? 0 : secondsBetween(e.start, e.end);
}

/** `totals` is `[null]` when nothing matched (the public TS interface types it `Total[] | [null]`). */
function totals(state: ClockifyState, entries: StoredTimeEntry[]): unknown[] {
  if (entries.length === 0) return [null];
  const totalTime = entries.reduce((s, e) => s + seconds(e), 0);
  const totalBillableTime = entries.reduce((s, e) => s + (e.billable ? seconds(e) : 0), 0);
  const totalAmount = entries.reduce((s, e) => s + entryAmount(state, e), 0);
  return [{ _id: '', totalTime, totalBillableTime, entriesCount: entries.length, totalAmount, amounts: [] }];
}

/** Reports echo end instants with milliseconds, starts without (as in the docs' sample row). */
function reportEnd(end: string): string {
  return end.replace(/Z$/, '.000Z');
}

function detailedRow(state: ClockifyState, e: StoredTimeEntry): Record<string, unknown> {
  const user = findById(state.users, e.userId);
  const project = e.projectId ? findById(state.projects, e.projectId) : undefined;
  const client = project?.clientId ? findById(state.clients, project.clientId) : undefined;
  const task = e.taskId ? findById(state.tasks, e.taskId) : undefined;
  const { hourlyRate } = entryRates(state, e);
  return {
    _id: e.id,
    description: e.description,
    userId: e.userId,
    userName: user?.name ?? '',
    userEmail: user?.email ?? '',
    billable: e.billable,
    projectId: e.projectId,
    projectName: project?.name ?? '',
    projectColor: project?.color ?? '',
    clientId: client?.id ?? null,
    clientName: client?.name ?? '',
    taskId: e.taskId,
    taskName: task?.name ?? '',
    tags: e.tagIds.flatMap((id) => {
      const tag = findById(state.tags, id);
      return tag ? [{ _id: tag.id, name: tag.name }] : [];
    }),
    type: e.type,
    isLocked: e.isLocked,
    approvalRequestId: null,
    customFields: [],
    hourlyRate,
    amount: entryAmount(state, e),
    timeInterval: { start: e.start, end: e.end === null ? null : reportEnd(e.end), duration: seconds(e) },
  };
}

interface GroupKey {
  id: string;
  name: string;
  extra?: Record<string, unknown>;
}

/** Monday of the ISO week containing a `YYYY-MM-DD` date. */
function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const shift = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - shift * 86_400_000).toISOString().slice(0, 10);
}

/** The group(s) an entry falls into; tags and user groups can put one entry in several. */
function groupKeys(state: ClockifyState, e: StoredTimeEntry, group: SummaryGroup, timeZone: string): GroupKey[] {
  const date = dateInZone(Date.parse(e.start), timeZone);
  switch (group) {
    case 'PROJECT': {
      const p = e.projectId ? findById(state.projects, e.projectId) : undefined;
      if (!p) return [{ id: '', name: 'Without project', extra: { color: '', clientName: '' } }];
      const client = p.clientId ? findById(state.clients, p.clientId) : undefined;
      return [{ id: p.id, name: p.name, extra: { color: p.color, clientName: client?.name ?? '', clientId: client?.id ?? '' } }];
    }
    case 'CLIENT': {
      const p = e.projectId ? findById(state.projects, e.projectId) : undefined;
      const c = p?.clientId ? findById(state.clients, p.clientId) : undefined;
      return [c ? { id: c.id, name: c.name } : { id: '', name: 'Without client' }];
    }
    case 'TASK': {
      const t = e.taskId ? findById(state.tasks, e.taskId) : undefined;
      return [t ? { id: t.id, name: t.name } : { id: '', name: 'Without task' }];
    }
    case 'TAG': {
      const tags = e.tagIds.flatMap((id) => {
        const tag = findById(state.tags, id);
        return tag ? [{ id: tag.id, name: tag.name }] : [];
      });
      return tags.length > 0 ? tags : [{ id: '', name: 'Without tag' }];
    }
    case 'USER': {
      const u = findById(state.users, e.userId);
      return [{ id: e.userId, name: u?.name ?? '', extra: { email: u?.email ?? '' } }];
    }
    case 'USER_GROUP': {
      const groups = state.userGroups.filter((g) => g.userIds.includes(e.userId)).map((g) => ({ id: g.id, name: g.name }));
      return groups.length > 0 ? groups : [{ id: '', name: 'Without group' }];
    }
    case 'DATE':
      return [{ id: date, name: date }];
    case 'WEEK': {
      const monday = weekStart(date);
      return [{ id: monday, name: monday }];
    }
    case 'MONTH':
      return [{ id: date.slice(0, 7), name: date.slice(0, 7) }];
    case 'YEAR':
      return [{ id: date.slice(0, 4), name: date.slice(0, 4) }];
    case 'TIMEENTRY':
      return [{ id: e.id, name: e.description }];
  }
}

type SortColumn = 'GROUP' | 'DURATION' | 'AMOUNT';

/** One level of the summary tree; `children` only where another group level follows. */
function buildGroups(
  state: ClockifyState,
  entries: StoredTimeEntry[],
  groups: SummaryGroup[],
  timeZone: string,
  sort: { column: SortColumn; order: 'ASCENDING' | 'DESCENDING' },
): Record<string, unknown>[] {
  const [group, ...rest] = groups;
  if (!group) return [];
  const buckets = new Map<string, { key: GroupKey; entries: StoredTimeEntry[] }>();
  for (const e of entries) {
    for (const key of groupKeys(state, e, group, timeZone)) {
      const bucket = buckets.get(key.id) ?? { key, entries: [] };
      bucket.entries.push(e);
      buckets.set(key.id, bucket);
    }
  }
  const nodes = [...buckets.values()].map(({ key, entries: list }) => {
    const node: Record<string, unknown> = {
      _id: key.id,
      name: key.name,
      nameLowerCase: key.name.toLowerCase(),
      duration: list.reduce((s, e) => s + seconds(e), 0),
      amount: list.reduce((s, e) => s + entryAmount(state, e), 0),
      ...key.extra,
    };
    if (rest.length > 0) node['children'] = buildGroups(state, list, rest, timeZone, sort);
    return node;
  });
  const sign = sort.order === 'ASCENDING' ? 1 : -1;
  return nodes.sort((a, b) => {
    const primary =
      sort.column === 'GROUP'
        ? String(a['name']).localeCompare(String(b['name']))
        : Number(a[sort.column === 'DURATION' ? 'duration' : 'amount']) - Number(b[sort.column === 'DURATION' ? 'duration' : 'amount']);
    return sign * (primary || String(a['_id']).localeCompare(String(b['_id'])));
  });
}

function requireFilterObject(body: Body, field: string): Body {
  const raw = body[field];
  if (raw === undefined || raw === null) throw badRequest(`Field '${field}' is required`);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw badRequest(`Field '${field}' must be an object`);
  return raw as Body;
}

/**
 * @param prefixes path prefixes the reports are served under: `/v1` (the reports host's own
 * layout) and `/report/v1` (the regional layout), both on this one simulator.
 */
export function reportRoutes(ctx: RouteContext, prefixes: string[], pageCap = REPORT_PAGE_CAP): SimRoute[] {
  const { state } = ctx;
  return prefixes.flatMap((prefix) => [
    route('POST', `${prefix}/workspaces/:workspaceId/reports/detailed`, (req) => {
      const body = requireObject(req);
      // Required by the spec (the entity-changes use case omits it; we follow the spec).
      const filter = requireFilterObject(body, 'detailedFilter');
      const page = optInt(filter, 'page', { min: 1 }) ?? 1;
      const pageSize = Math.min(optInt(filter, 'pageSize', { min: 1 }) ?? 50, pageCap);
      optString(filter, 'sortColumn');
      const { entries, sortOrder } = selectEntries(state, body);
      const sign = (sortOrder ?? 'DESCENDING') === 'ASCENDING' ? 1 : -1;
      const sorted = [...entries].sort((a, b) => sign * (Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id)));
      return ok({
        totals: totals(state, entries),
        timeentries: paginateBody(sorted, page, pageSize).map((e) => detailedRow(state, e)),
      });
    }),

    route('POST', `${prefix}/workspaces/:workspaceId/reports/summary`, (req) => {
      const body = requireObject(req);
      const filter = requireFilterObject(body, 'summaryFilter');
      const rawGroups = filter['groups'];
      if (!Array.isArray(rawGroups) || rawGroups.length === 0) {
        throw badRequest("Field 'summaryFilter.groups' must be a non-empty array such as [\"PROJECT\"]");
      }
      if (rawGroups.length > 3) throw badRequest("Field 'summaryFilter.groups' allows at most 3 levels");
      const groups = rawGroups.map((g) => {
        if (typeof g !== 'string' || !(SUMMARY_GROUPS as readonly string[]).includes(g)) {
          throw badRequest(`Unknown summary group '${String(g)}' (expected one of ${SUMMARY_GROUPS.join(', ')})`);
        }
        return g as SummaryGroup;
      });
      const column = optEnum(filter, 'sortColumn', ['GROUP', 'DURATION', 'AMOUNT'] as const) ?? 'GROUP';
      optString(filter, 'summaryChartType');
      const { entries, timeZone, sortOrder } = selectEntries(state, body);
      return ok({
        totals: totals(state, entries),
        groupOne: buildGroups(state, entries, groups, timeZone, { column, order: sortOrder ?? 'ASCENDING' }),
      });
    }),
  ]);
}
