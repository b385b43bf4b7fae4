/** Timesheets: periods of logged time and their approval status, from sources that keep them. */
import type { Timesheet } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { encodeGlobalId } from '../domain/ids.js';
import { nodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import { TimesheetStatusEnum } from './enums.js';
import { entityMutation, write } from './kit.js';
import { SourceRef } from './source.js';
import { entryFilterFor } from './time-entry.js';
import { UserRef } from './user.js';

const TimesheetRef = builder.objectRef<Timesheet>('Timesheet').implement({
  description: "One user's period of logged time, submitted for approval.",
  fields: (t) => ({
    id: t.id({ resolve: (x) => encodeGlobalId('Timesheet', x.source, x.remoteId) }),
    remoteId: t.exposeString('remoteId'),
    source: t.field({ type: SourceRef, resolve: (x, _, ctx) => ctx.registry.get(x.source) }),
    user: t.field({ type: UserRef, nullable: true, resolve: (x) => (x.userId ? nodeKey(x.source, x.userId) : null) as never }),
    start: t.field({ type: 'DateTime', resolve: (x) => x.start }),
    end: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.end }),
    status: t.field({ type: TimesheetStatusEnum, nullable: true, resolve: (x) => x.status }),
    statusLabel: t.string({ nullable: true, resolve: (x) => x.statusLabel }),
    durationSeconds: t.int({ nullable: true, resolve: (x) => x.durationSeconds }),
    duration: t.field({ type: 'Duration', nullable: true, resolve: (x) => x.durationSeconds }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (x) => x.raw ?? null }),
  }),
});

const TimesheetFilter = builder.inputType('TimesheetFilter', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true }),
    to: t.field({ type: 'DateTime', required: true }),
    sources: t.stringList(),
    userIds: t.idList(),
  }),
});

builder.queryField('timesheets', (t) =>
  t.field({
    type: [TimesheetRef],
    description: 'Timesheets starting in [from, to) from every selected source that keeps them, newest first.',
    args: { filter: t.arg({ type: TimesheetFilter, required: true }) },
    resolve: async (_, { filter }, ctx) => {
      if (filter.to.getTime() <= filter.from.getTime()) throw ValidationError.field('filter.to', 'must be after filter.from');
      const selected = ctx.registry.select(filter.sources);
      const lacking = filter.sources ? selected.find((a) => !a.timesheets) : undefined;
      if (lacking) throw new UnsupportedOperationError(lacking.vendor, lacking.key, 'timesheets');
      const perSource = entryFilterFor({ userIds: filter.userIds }, ctx, 'filter');
      const asks = selected.flatMap((adapter) => {
        const scoped = adapter.timesheets ? perSource(adapter.key) : null;
        return scoped ? [{ adapter, sheets: adapter.timesheets!.list({ from: filter.from, to: filter.to, userIds: scoped.userIds ?? null }) }] : [];
      });
      const settled = await Promise.allSettled(asks.map((a) => a.sheets));
      const sheets: Timesheet[] = [];
      settled.forEach((result, i) => {
        const { adapter } = asks[i]!;
        if (result.status === 'fulfilled') sheets.push(...result.value);
        else ctx.failures.push({ source: adapter.key, vendor: adapter.vendor, error: result.reason });
      });
      return sheets.sort((a, b) => b.start.getTime() - a.start.getTime());
    },
  }),
);

const UpdateTimesheetStatusInput = builder.inputType('UpdateTimesheetStatusInput', {
  fields: (t) => ({
    ids: t.idList({ required: true, description: 'Timesheets of one source.' }),
    status: t.field({ type: TimesheetStatusEnum, required: true }),
  }),
});


entityMutation('updateTimesheetStatus', {
  type: [TimesheetRef],
  dataField: 'timesheets',
  input: UpdateTimesheetStatusInput,
  description: 'Submits, approves, denies or returns timesheets to draft.',
  resolve: async (input: { ids: string[]; status: Timesheet['status'] & string }, ctx) => {
    if (!input.ids.length) throw ValidationError.field('input.ids', 'must name at least one timesheet');
    const parts = input.ids.map((id, i) => ctx.ids.decode(id, ['Timesheet'], `input.ids.${i}`));
    const source = parts[0]!.source;
    if (parts.some((p) => p.source !== source)) throw ValidationError.field('input.ids', 'must all belong to one source');
    const adapter = ctx.registry.get(source, 'input.ids');
    if (!adapter.timesheets) throw new UnsupportedOperationError(adapter.vendor, source, 'timesheets');
    return write(ctx, source, () => adapter.timesheets!.setStatus(parts.map((p) => p.remoteId), input.status));
  },
});

