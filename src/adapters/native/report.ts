/**
 * Report sums of the native store, computed by the database: the process never holds the
 * entries, only the groups. The gateway (gateway/report.ts) computes the local periods in JS
 * (zoned.ts, DST-correct) and hands them here; they go into a temporary table indexed by start,
 * and each entry finds the few periods it overlaps by a range lookup on that index.
 *
 * Which entries are read: stored entries are at most `maxEntrySeconds` long (entry-bounds.ts,
 * enforced on every write), so the finished ones overlapping [from, to) all start in
 * [from − maxEntrySeconds, to): a range scan of the index on start_at. Running entries are read
 * apart (the partial index on running entries), since they may have started any time before.
 *
 * Seconds are rounded per (entry, period) piece, half up, as the in-process path rounds each
 * piece of splitByLocalDay: both give the same rows (test/e2e/native-report-sql.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { EntryAggregate, EntryAggregateRequest, EntryAggregateRow } from '../contract.js';
import { bool, iso, type Db, type NativeContext } from './support.js';

/** Exact epoch milliseconds of a stored ISO 8601 instant (text on both stores). */
function epochMs(ctx: NativeContext, column: RawBuilder<unknown>): RawBuilder<number> {
  // julianday is a double of whole milliseconds / 86,400,000: its error (~1e-5 ms) vanishes in round().
  return ctx.dialect === 'postgres'
    ? sql<number>`cast(round(extract(epoch from cast(${column} as timestamptz)) * 1000) as bigint)`
    : sql<number>`cast(round((julianday(${column}) - 2440587.5) * 86400000.0) as integer)`;
}

const least = (ctx: NativeContext) => sql.raw(ctx.dialect === 'postgres' ? 'least' : 'min');
const greatest = (ctx: NativeContext) => sql.raw(ctx.dialect === 'postgres' ? 'greatest' : 'max');

/** PostgreSQL answers bigint sums as strings; SQLite as numbers. */
const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** Entries that may overlap [from, to), with their instants in epoch ms; the filter's other conditions too. */
function candidateEntries(ctx: NativeContext, request: EntryAggregateRequest, from: Date, to: Date): RawBuilder<unknown> {
  const { filter } = request;
  const conditions: Array<RawBuilder<unknown>> = [];
  const inList = (column: string, ids: string[]) => sql`${sql.ref(column)} in (${sql.join(ids)})`;
  if (filter.userIds?.length) conditions.push(inList('e.user_id', filter.userIds));
  if (filter.projectIds?.length) conditions.push(inList('e.project_id', filter.projectIds));
  if (filter.taskIds?.length) conditions.push(inList('e.task_id', filter.taskIds));
  if (filter.billable !== undefined && filter.billable !== null) conditions.push(sql`e.billable = ${bool(filter.billable)}`);
  const extra = conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;
  const earliestStart = new Date(from.getTime() - ctx.maxEntrySeconds * 1000);
  const columns = sql`e.id, e.user_id, e.project_id, e.task_id, e.billable, ${epochMs(ctx, sql.ref('e.start_at'))} as start_ms`;
  return sql`
    select ${columns}, ${epochMs(ctx, sql.ref('e.end_at'))} as end_ms
      from time_entries e
     where e.start_at >= ${iso(earliestStart)} and e.start_at < ${iso(to)}
       and e.end_at is not null and e.end_at > ${iso(from)}${extra}
    union all
    select ${columns}, cast(${request.now.getTime()} as bigint) as end_ms
      from time_entries e
     where e.end_at is null and e.start_at < ${iso(to)}${extra}`;
}

export function nativeReport(ctx: NativeContext) {
  return async (request: EntryAggregateRequest): Promise<EntryAggregate> => {
    const periods = request.periods.filter((p) => p.end.getTime() > p.start.getTime());
    if (!periods.length) return { rows: [], totalSeconds: 0, billableSeconds: 0, entryCount: 0 };
    const from = new Date(Math.min(...periods.map((p) => p.start.getTime())));
    const to = new Date(Math.max(...periods.map((p) => p.end.getTime())));
    const longestPeriod = Math.max(...periods.map((p) => p.end.getTime() - p.start.getTime()));
    const table = sql.table(`report_periods_${randomBytes(6).toString('hex')}`);

    // One transaction: the temporary table lives on its connection (SQLite has one connection;
    // on PostgreSQL it is dropped at commit).
    return ctx.db.transaction().execute(async (trx: Db) => {
      const onCommit = ctx.dialect === 'postgres' ? sql` on commit drop` : sql``;
      await sql`create temporary table ${table} (start_ms bigint primary key, end_ms bigint not null, label text)${onCommit}`.execute(trx);
      for (let i = 0; i < periods.length; i += 500) {
        const values = periods.slice(i, i + 500).map((p) => sql`(${p.start.getTime()}, ${p.end.getTime()}, ${p.label})`);
        await sql`insert into ${table} (start_ms, end_ms, label) values ${sql.join(values)}`.execute(trx);
      }
      if (ctx.dialect === 'postgres') await sql`analyze ${table}`.execute(trx);

      // Each entry looks up the periods it overlaps: starts in (entry start − longest period,
      // entry end) on the primary key, then the exact overlap test. CROSS JOIN keeps SQLite
      // from scanning every period for every entry.
      const seconds = sql`((${least(ctx)}(x.end_ms, p.end_ms) - ${greatest(ctx)}(x.start_ms, p.start_ms) + 500) / 1000)`;
      const pieces = sql`
        from (${candidateEntries(ctx, request, from, to)}) x
        cross join ${table} p
       where p.start_ms > x.start_ms - cast(${longestPeriod} as bigint) and p.start_ms < x.end_ms and p.end_ms > x.start_ms`;
      // A group holds an entry once per period it touches (and per tag, in a tag's own row): only
      // when several periods share a label (days of a week) may it appear twice and need DISTINCT.
      const labelsRepeat = new Set(periods.map((p) => p.label)).size < periods.length;
      const count = labelsRepeat ? sql`count(distinct y.id)` : sql`count(*)`;
      const sums = sql`sum(y.seconds) as total, sum(case when y.billable = 1 then y.seconds else 0 end) as billable, ${count} as entries`;
      const piecesOf = sql`select x.id, x.user_id, x.project_id, x.task_id, x.billable, p.label, ${seconds} as seconds ${pieces}`;

      const g = request.groupBy;
      const dims: Array<[string, RawBuilder<unknown>]> = [];
      if (g.user) dims.push(['user_id', sql`y.user_id`]);
      if (g.project) dims.push(['project_id', sql`y.project_id`]);
      if (g.task) dims.push(['task_id', sql`y.task_id`]);
      if (g.client) dims.push(['client_id', sql`pr.client_id`]);
      if (g.tag) dims.push(['tag_id', sql`t.tag_id`]);
      dims.push(['label', sql`y.label`]);
      const joins = [
        ...(g.client ? [sql`left join projects pr on pr.id = y.project_id`] : []),
        // An entry with several tags counts in each tag's row; one with none in the null row.
        ...(g.tag ? [sql`left join time_entry_tags t on t.time_entry_id = y.id`] : []),
      ];
      const result = await sql<Record<string, unknown>>`
        select ${sql.join(dims.map(([name, expr]) => sql`${expr} as ${sql.ref(name)}`))}, ${sums}
          from (${piecesOf}) y ${joins.length ? sql.join(joins, sql` `) : sql``}
         group by ${sql.join(dims.map(([, expr]) => expr))}`.execute(trx);
      // Totals: each piece once. Without TAG the rows are a partition of the pieces, so their
      // sums are the totals; with TAG an entry is in a row per tag and is summed apart.
      const totals = g.tag
        ? (await sql<{ total: unknown; billable: unknown }>`select ${sums} from (${piecesOf}) y`.execute(trx)).rows[0]
        : { total: result.rows.reduce((s, r) => s + num(r.total), 0), billable: result.rows.reduce((s, r) => s + num(r.billable), 0) };
      // An entry counts once when any of it lies in [from, to): no join with the periods needed.
      const counted = await sql<{ entries: unknown }>`
        select count(*) as entries from (${candidateEntries(ctx, request, from, to)}) x
         where x.end_ms > ${from.getTime()} and x.start_ms < ${to.getTime()} and x.end_ms > x.start_ms`.execute(trx);
      if (ctx.dialect !== 'postgres') await sql`drop table ${table}`.execute(trx);

      const rows: EntryAggregateRow[] = result.rows.map((r) => ({
        userId: (r.user_id as string | null | undefined) ?? null,
        projectId: (r.project_id as string | null | undefined) ?? null,
        taskId: (r.task_id as string | null | undefined) ?? null,
        clientId: (r.client_id as string | null | undefined) ?? null,
        tagId: (r.tag_id as string | null | undefined) ?? null,
        label: (r.label as string | null | undefined) ?? null,
        totalSeconds: num(r.total),
        billableSeconds: num(r.billable),
        entryCount: num(r.entries),
      }));
      return { rows, totalSeconds: num(totals?.total), billableSeconds: num(totals?.billable), entryCount: num(counted.rows[0]?.entries) };
    });
  };
}
