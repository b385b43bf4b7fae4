/** Attendance: per-user, per-day presence and activity, from every source that records it. */
import type { AttendanceRecord } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError } from '../domain/errors.js';
import { nodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import { SourceRef } from './source.js';
import { entryFilterFor } from './time-entry.js';
import { UserRef } from './user.js';

const seconds = (name: keyof AttendanceRecord, description: string) => (t: any) => ({
  [`${name.replace(/Seconds$/, '')}`]: t.field({ type: 'Duration', nullable: true, description, resolve: (r: AttendanceRecord) => r[name] }),
  [name]: t.int({ nullable: true, resolve: (r: AttendanceRecord) => r[name] }),
});

const AttendanceRef = builder.objectRef<AttendanceRecord>('Attendance').implement({
  description: "One user's day. Durations are null where the vendor has no value (not zero).",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (r, _, ctx) => ctx.registry.get(r.source) }),
    user: t.field({ type: UserRef, nullable: true, resolve: (r) => (r.userId ? nodeKey(r.source, r.userId) : null) as never }),
    date: t.field({ type: 'Date', resolve: (r) => r.date }),
    clockIn: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.clockIn }),
    clockOut: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.clockOut }),
    ...seconds('atWorkSeconds', 'Time at work.')(t),
    ...seconds('productiveSeconds', 'Productive time.')(t),
    ...seconds('focusSeconds', 'Focus time.')(t),
    ...seconds('idleSeconds', 'Idle time.')(t),
    ...seconds('neutralSeconds', 'Neutral time.')(t),
    ...seconds('nonProductiveSeconds', 'Non-productive time.')(t),
    ...seconds('overtimeSeconds', 'Overtime.')(t),
    activityPercent: t.float({ nullable: true, resolve: (r) => r.activityPercent }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (r) => r.raw ?? null }),
  }),
});

const AttendanceFilter = builder.inputType('AttendanceFilter', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true }),
    to: t.field({ type: 'DateTime', required: true }),
    sources: t.stringList(),
    userIds: t.idList(),
  }),
});

builder.queryField('attendance', (t) =>
  t.field({
    type: [AttendanceRef],
    description: 'Attendance from every selected source that records it; a source naming none is an error only when asked for by key.',
    args: { filter: t.arg({ type: AttendanceFilter, required: true }) },
    resolve: async (_, { filter }, ctx) => {
      if (filter.to.getTime() <= filter.from.getTime()) throw ValidationError.field('filter.to', 'must be after filter.from');
      if (filter.to.getTime() - filter.from.getTime() > 93 * 86_400_000) throw ValidationError.field('filter.to', 'must be within 93 days of filter.from');
      const selected = ctx.registry.select(filter.sources);
      if (filter.sources) {
        const lacking = selected.find((a) => !a.attendance);
        if (lacking) throw new UnsupportedOperationError(lacking.vendor, lacking.key, 'attendance');
      }
      const perSource = entryFilterFor({ userIds: filter.userIds }, ctx, 'filter');
      const asks = selected.flatMap((adapter) => {
        const scoped = adapter.attendance ? perSource(adapter.key) : null;
        return scoped ? [{ adapter, rows: adapter.attendance!({ from: filter.from, to: filter.to, userIds: scoped.userIds ?? null }) }] : [];
      });
      const settled = await Promise.allSettled(asks.map((a) => a.rows));
      const rows: AttendanceRecord[] = [];
      settled.forEach((result, i) => {
        const { adapter } = asks[i]!;
        if (result.status === 'fulfilled') rows.push(...result.value);
        else ctx.failures.push({ source: adapter.key, vendor: adapter.vendor, error: result.reason });
      });
      return rows.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source) || (a.userId ?? '').localeCompare(b.userId ?? ''));
    },
  }),
);
