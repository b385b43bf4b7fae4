/** Report: time totals over a range, grouped by any of source, user, project, task, client, tag and period. */
import { ValidationError } from '../domain/errors.js';
import { assertTimeZone } from '../domain/zoned.js';
import { buildReport, type ReportResult, type ReportRow } from '../gateway/report.js';
import { nodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import { refuseNul } from './kit.js';
import { ClientRef } from './client.js';
import { ReportDimensionEnum } from './enums.js';
import { ProjectRef } from './project.js';
import { SourceRef } from './source.js';
import { TagRef } from './tag.js';
import { TaskRef } from './task.js';
import { entryFilterFor } from './time-entry.js';
import { UserRef } from './user.js';
import { PersonRef, personKey, personOfForReport } from './person.js';

const MAX_RANGE_DAYS = 366;

// Sums of many entries outgrow an Int (2^31 s ≈ 68 years of work); entries themselves do not.
const SECONDS_NOTE = 'Sum of whole seconds, exact up to 2^53 − 1 (Seconds, a JSON number): a total can outgrow a 32-bit Int.';

const ref = (row: ReportRow, id: string | null) => (row.refSource && id ? nodeKey(row.refSource, id) : null);

const ReportRowRef = builder.objectRef<ReportRow>('ReportRow').implement({
  description: 'One group. Dimensions not grouped by are null; TAG rows count an entry once per tag.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, nullable: true, resolve: (r, _, ctx) => (r.source ? ctx.registry.get(r.source) : null) }),
    user: t.field({ type: UserRef, nullable: true, resolve: (r) => ref(r, r.userId) as never }),
    person: t.field({ type: PersonRef, nullable: true, description: 'The human across sources, when grouping by PERSON.', resolve: (r) => (r.personId ? personKey(r.personId) : null) }),
    project: t.field({ type: ProjectRef, nullable: true, resolve: (r) => ref(r, r.projectId) as never }),
    task: t.field({ type: TaskRef, nullable: true, resolve: (r) => ref(r, r.taskId) as never }),
    client: t.field({ type: ClientRef, nullable: true, resolve: (r) => ref(r, r.clientId) as never }),
    tag: t.field({ type: TagRef, nullable: true, resolve: (r) => ref(r, r.tagId) as never }),
    date: t.field({ type: 'Date', nullable: true, description: 'The day, or the first day of the week (Monday) or month.', resolve: (r) => r.date }),
    totalSeconds: t.field({ type: 'Seconds', description: SECONDS_NOTE, resolve: (r) => r.totalSeconds }),
    total: t.field({ type: 'Duration', resolve: (r) => r.totalSeconds }),
    billableSeconds: t.field({ type: 'Seconds', description: SECONDS_NOTE, resolve: (r) => r.billableSeconds }),
    billable: t.field({ type: 'Duration', resolve: (r) => r.billableSeconds }),
    entryCount: t.exposeInt('entryCount'),
  }),
});

const ReportRef = builder.objectRef<ReportResult>('Report').implement({
  fields: (t) => ({
    from: t.field({ type: 'DateTime', resolve: (r) => r.from }),
    to: t.field({ type: 'DateTime', resolve: (r) => r.to }),
    timeZone: t.exposeString('timeZone'),
    groupBy: t.field({ type: [ReportDimensionEnum], resolve: (r) => r.groupBy }),
    totalSeconds: t.field({ type: 'Seconds', description: SECONDS_NOTE, resolve: (r) => r.totalSeconds }),
    total: t.field({ type: 'Duration', resolve: (r) => r.totalSeconds }),
    billableSeconds: t.field({ type: 'Seconds', description: SECONDS_NOTE, resolve: (r) => r.billableSeconds }),
    billable: t.field({ type: 'Duration', resolve: (r) => r.billableSeconds }),
    entryCount: t.exposeInt('entryCount'),
    rows: t.field({ type: [ReportRowRef], resolve: (r) => r.rows }),
  }),
});

const ReportInput = builder.inputType('ReportInput', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true }),
    to: t.field({ type: 'DateTime', required: true }),
    timeZone: t.string({ description: 'IANA zone (or UTC offset such as +05:30) for days, weeks and months; UTC by default.' }),
    sources: t.stringList(),
    userIds: t.idList(),
    projectIds: t.idList(),
    billable: t.boolean({ description: 'Only billable (true) or non-billable (false) entries.' }),
    groupBy: t.field({ type: [ReportDimensionEnum], required: true }),
  }),
});

builder.queryField('report', (t) =>
  t.field({
    type: ReportRef,
    args: { input: t.arg({ type: ReportInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      refuseNul(input, 'input');
      const timeZone = assertTimeZone(input.timeZone ?? 'UTC', 'input.timeZone');
      if (input.to.getTime() <= input.from.getTime()) throw ValidationError.field('input.to', 'must be after input.from');
      if (input.to.getTime() - input.from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
        throw ValidationError.field('input.to', `must be within ${MAX_RANGE_DAYS} days of input.from`);
      }
      const perSource = entryFilterFor({ userIds: input.userIds, projectIds: input.projectIds }, ctx, 'input');
      // A named source that keeps no time entries is an UnsupportedOperationError, not a silent 0.
      const { adapters, refused } = ctx.registry.selectFor(input.sources, 'timeEntry', 'list', 'input.sources');
      ctx.failures.push(...refused);
      const targets = adapters.flatMap((adapter) => {
        const filter = perSource(adapter.key);
        return filter ? [{ adapter, filter }] : [];
      });
      const report = await buildReport(ctx.registry, {
        from: input.from,
        to: input.to,
        timeZone,
        groupBy: [...new Set(input.groupBy)],
        billable: input.billable ?? null,
        targets,
        now: ctx.now?.() ?? new Date(),
        personOf: personOfForReport(ctx),
      });
      ctx.failures.push(...report.failures);
      return report;
    },
  }),
);
