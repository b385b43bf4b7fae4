/**
 * Reports aggregated by the gateway from the sources' time entries, so every source that can
 * list entries can be reported on in one shape. Entries are clipped to [from, to), running
 * entries count up to now, and entries are cut at local midnights of the requested zone, so
 * an entry crossing midnight counts on both days.
 */
import type { Adapter, EntryAggregate, EntryAggregateRequest, TimeEntryFilter } from '../adapters/contract.js';
import { breakSecondsOf, entrySeconds, type TimeEntry } from '../domain/entities.js';
import type { ReportDimension } from '../domain/enums.js';
import { addDays, localDate, monthStart, splitByLocalDay, startOfLocalDate, weekStart } from '../domain/zoned.js';
import type { SourceFailure } from './fanout.js';
import type { SourceRegistry } from './sources.js';

export interface ReportRequest {
  from: Date;
  to: Date;
  timeZone: string;
  groupBy: ReportDimension[];
  billable: boolean | null;
  /** Per source: the adapter and its filter in remote IDs. */
  targets: Array<{ adapter: Adapter; filter: TimeEntryFilter }>;
  now: Date;
  /**
   * Grouping by PERSON: given the users the entries name, the person ID of each
   * (gateway/people.ts); null for a user no source could read.
   */
  personOf?: (users: Array<{ source: string; userId: string }>) => Promise<(source: string, userId: string) => string | null>;
}

/** A row's dimension values; references are `{ source, remoteId }` pairs, resolved by the schema. */
export interface ReportRow {
  source: string | null;
  /** Source the reference dimensions belong to; null when the row has none. */
  refSource: string | null;
  userId: string | null;
  /** The person (one human across sources) when grouping by PERSON; absent or null otherwise. */
  personId?: string | null;
  projectId: string | null;
  taskId: string | null;
  clientId: string | null;
  tagId: string | null;
  date: string | null;
  totalSeconds: number;
  billableSeconds: number;
  entryCount: number;
}

export interface ReportResult {
  from: Date;
  to: Date;
  timeZone: string;
  groupBy: ReportDimension[];
  totalSeconds: number;
  billableSeconds: number;
  entryCount: number;
  rows: ReportRow[];
  failures: SourceFailure[];
}

const PAGE = 500;

async function allEntries(registry: SourceRegistry, adapter: Adapter, filter: TimeEntryFilter): Promise<TimeEntry[]> {
  const list = registry.handler(adapter, 'timeEntry', 'list');
  const out: TimeEntry[] = [];
  let token: string | null = null;
  do {
    const page = await list(filter, { token, size: Math.min(PAGE, adapter.maxPageSize ?? PAGE) });
    out.push(...page.items);
    token = page.nextPage;
  } while (token);
  return out;
}

/** Client of each project, read in one batch per source; needed only when grouping by CLIENT. */
async function clientsOfProjects(registry: SourceRegistry, adapter: Adapter, entries: TimeEntry[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(entries.map((e) => e.projectId).filter((p): p is string => Boolean(p)))];
  const map = new Map<string, string | null>();
  if (!ids.length || !registry.supports(adapter, 'project', 'get')) return map;
  const projects = await registry.handler(adapter, 'project', 'get')(ids);
  projects.forEach((p, i) => map.set(ids[i]!, p instanceof Error ? null : p.clientId));
  return map;
}

/** The users the fetched entries (or a source's own sums) name, once each. */
function usersNamed(perSource: Array<PromiseSettledResult<{ adapter: Adapter; entries: TimeEntry[]; aggregate: EntryAggregate | null }>>): Array<{ source: string; userId: string }> {
  const seen = new Map<string, { source: string; userId: string }>();
  for (const result of perSource) {
    if (result.status !== 'fulfilled') continue;
    for (const e of result.value.entries) if (e.userId) seen.set(`${e.source}:${e.userId}`, { source: e.source, userId: e.userId });
    const source = result.value.adapter.key;
    for (const r of result.value.aggregate?.rows ?? []) if (r.userId) seen.set(`${source}:${r.userId}`, { source, userId: r.userId });
  }
  return [...seen.values()];
}

/**
 * Reports sum worked time. An entry's break (TimeTrack) lies somewhere inside its span, where
 * exactly is not recorded, so its worked time is spread evenly over the span: each piece (the
 * part inside the range, per local day) keeps the entry's worked share, rounded cumulatively so
 * the pieces of a whole entry add up to exactly its worked seconds.
 */
function workedPieces(entry: TimeEntry, now: Date, pieces: Array<{ date: string; seconds: number }>): Array<{ date: string; seconds: number }> {
  if (!breakSecondsOf(entry)) return pieces;
  const span = Math.max(0, Math.round(((entry.end ?? now).getTime() - entry.start.getTime()) / 1000));
  const share = span > 0 ? entrySeconds(entry, now) / span : 0;
  let spanSoFar = 0;
  let workedSoFar = 0;
  return pieces.map((piece) => {
    spanSoFar += piece.seconds;
    const worked = Math.round(spanSoFar * share) - workedSoFar;
    workedSoFar += worked;
    return { date: piece.date, seconds: worked };
  });
}

/**
 * The periods a source that sums by itself cuts entries at: the local days of the zone within
 * [from, to), labelled with the row date (day, its week's Monday or its month's first), or
 * [from, to) whole when no period is grouped by. Day d is [start(d), start(d + 1)), as in
 * splitByLocalDay, so both paths cut at the same instants.
 */
export function reportPeriods(from: Date, to: Date, timeZone: string, dims: Set<ReportDimension>): EntryAggregateRequest['periods'] {
  const label = dims.has('DAY') ? (d: string) => d : dims.has('WEEK') ? weekStart : dims.has('MONTH') ? monthStart : null;
  if (!label) return [{ label: null, start: from, end: to }];
  const periods: EntryAggregateRequest['periods'] = [];
  const last = addDays(localDate(to, timeZone), 1);
  for (let day = addDays(localDate(from, timeZone), -1); day <= last; day = addDays(day, 1)) {
    const start = Math.max(startOfLocalDate(day, timeZone).getTime(), from.getTime());
    const end = Math.min(startOfLocalDate(addDays(day, 1), timeZone).getTime(), to.getTime());
    if (end > start) periods.push({ label: label(day), start: new Date(start), end: new Date(end) });
  }
  return periods;
}

export async function buildReport(registry: SourceRegistry, request: ReportRequest): Promise<ReportResult> {
  const { from, to, timeZone, groupBy, now } = request;
  const dims = new Set(groupBy);
  const hasRefs = ['USER', 'PROJECT', 'TASK', 'CLIENT', 'TAG'].some((d) => dims.has(d as ReportDimension));
  const failures: SourceFailure[] = [];
  const rows = new Map<string, ReportRow & { entries: Set<string> }>();
  const summed = new Map<string, number>();
  let totalSeconds = 0;
  let billableSeconds = 0;
  let entryCount = 0;

  const perSource = await Promise.allSettled(
    request.targets.map(async ({ adapter, filter }) => {
      if (adapter.aggregateTimeEntries) {
        // The source sums in its own backend (native SQL): no entries come into the process.
        const aggregate = await adapter.aggregateTimeEntries({
          filter: { ...filter, from, to, billable: request.billable },
          periods: reportPeriods(from, to, timeZone, dims),
          groupBy: { user: dims.has('USER') || dims.has('PERSON'), project: dims.has('PROJECT'), task: dims.has('TASK'), client: dims.has('CLIENT'), tag: dims.has('TAG') },
          now,
        });
        return { adapter, entries: [] as TimeEntry[], clients: new Map<string, string | null>(), aggregate };
      }
      const entries = await allEntries(registry, adapter, { ...filter, from, to, billable: request.billable });
      const clients = dims.has('CLIENT') ? await clientsOfProjects(registry, adapter, entries) : new Map<string, string | null>();
      return { adapter, entries, clients, aggregate: null };
    }),
  );

  const personOf = dims.has('PERSON') && request.personOf ? await request.personOf(usersNamed(perSource)) : () => null;

  perSource.forEach((result, i) => {
    const adapter = request.targets[i]!.adapter;
    if (result.status === 'rejected') {
      failures.push({ source: adapter.key, vendor: adapter.vendor, error: result.reason });
      return;
    }
    const aggregate = result.value.aggregate;
    if (aggregate) {
      totalSeconds += aggregate.totalSeconds;
      billableSeconds += aggregate.billableSeconds;
      entryCount += aggregate.entryCount;
      for (const a of aggregate.rows) {
        const row: ReportRow = {
          source: dims.has('SOURCE') ? adapter.key : null,
          refSource: hasRefs ? adapter.key : null,
          userId: dims.has('USER') ? a.userId : null,
          personId: dims.has('PERSON') && a.userId ? personOf(adapter.key, a.userId) : null,
          projectId: a.projectId,
          taskId: a.taskId,
          clientId: a.clientId,
          tagId: a.tagId,
          date: a.label,
          totalSeconds: 0,
          billableSeconds: 0,
          entryCount: 0,
        };
        const key = JSON.stringify([row.source, row.refSource, row.userId, row.projectId, row.taskId, row.clientId, row.tagId, row.date, row.personId]);
        const existing = rows.get(key) ?? { ...row, entries: new Set<string>() };
        existing.totalSeconds += a.totalSeconds;
        existing.billableSeconds += a.billableSeconds;
        // Groups of one source merged here (users of one person) hold disjoint entries: counts add.
        summed.set(key, (summed.get(key) ?? 0) + a.entryCount);
        rows.set(key, existing);
      }
      return;
    }
    for (const entry of result.value.entries) {
      const start = new Date(Math.max(entry.start.getTime(), from.getTime()));
      const end = new Date(Math.min((entry.end ?? now).getTime(), to.getTime()));
      if (end.getTime() <= start.getTime()) continue;
      entryCount += 1;
      const pieces = workedPieces(entry, now, dims.has('DAY') || dims.has('WEEK') || dims.has('MONTH')
        ? splitByLocalDay(start, end, timeZone)
        : [{ date: '', seconds: Math.round((end.getTime() - start.getTime()) / 1000) }]);
      // An entry with several tags belongs to each tag's row; one with none to the "no tag" row.
      const tags = dims.has('TAG') ? (entry.tagIds.length ? entry.tagIds : [null]) : [null];
      for (const piece of pieces) {
        totalSeconds += piece.seconds;
        if (entry.billable) billableSeconds += piece.seconds;
        for (const tagId of tags) {
          const row: ReportRow = {
            source: dims.has('SOURCE') ? entry.source : null,
            refSource: hasRefs ? entry.source : null,
            userId: dims.has('USER') ? entry.userId : null,
            personId: dims.has('PERSON') && entry.userId ? personOf(entry.source, entry.userId) : null,
            projectId: dims.has('PROJECT') ? entry.projectId : null,
            taskId: dims.has('TASK') ? entry.taskId : null,
            clientId: dims.has('CLIENT') && entry.projectId ? (result.value.clients.get(entry.projectId) ?? null) : null,
            tagId: dims.has('TAG') ? tagId : null,
            date: dims.has('DAY') ? piece.date : dims.has('WEEK') ? weekStart(piece.date) : dims.has('MONTH') ? monthStart(piece.date) : null,
            totalSeconds: 0,
            billableSeconds: 0,
            entryCount: 0,
          };
          // References are only meaningful within their source, so it is part of the key then.
          const key = JSON.stringify([row.source, row.refSource, row.userId, row.projectId, row.taskId, row.clientId, row.tagId, row.date, row.personId]);
          const existing = rows.get(key) ?? { ...row, entries: new Set<string>() };
          existing.totalSeconds += piece.seconds;
          if (entry.billable) existing.billableSeconds += piece.seconds;
          existing.entries.add(`${entry.source}:${entry.remoteId}`);
          rows.set(key, existing);
        }
      }
    }
  });

  const out = [...rows.entries()].map(([key, { entries, ...row }]) => ({ ...row, entryCount: entries.size + (summed.get(key) ?? 0) }));
  out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || b.totalSeconds - a.totalSeconds);
  return { from, to, timeZone, groupBy, totalSeconds, billableSeconds, entryCount, rows: out, failures };
}
