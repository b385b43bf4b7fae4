/** TimeEntry: a span of time a user spent, with project, task and tags. */
import type { TimeEntry } from '../domain/entities.js';
import { breakSecondsOf, entrySeconds } from '../domain/entities.js';
import { DEFAULT_MAX_ENTRY_SECONDS, entryIssues, GRAPHQL_INT_MAX, unrepresentableEntry } from '../domain/entry-bounds.js';
import { NotFoundError, UnsupportedOperationError, UpstreamError, ValidationError, type FieldIssue } from '../domain/errors.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { crudMutations } from './crud.js';
import { TimeEntryOriginEnum, TimeEntryTypeEnum, TimesheetStatusEnum } from './enums.js';
import { commonFields, entityMutation, entityNode, listField, refKey, refKeys, write } from './kit.js';
import { ProjectRef } from './project.js';
import { TagRef } from './tag.js';
import { TaskRef } from './task.js';
import { UserRef } from './user.js';

const now = (ctx: Context) => ctx.now?.() ?? new Date();

/** A stored entry the gateway's types cannot carry, as a typed error for its own slot. */
function unrepresentable(entry: TimeEntry, ctx: Context): UpstreamError | null {
  const why = unrepresentableEntry(entry, now(ctx));
  return why ? new UpstreamError('RESPONSE_VALIDATION_FAILED', entry.source, `TimeEntry ${entry.remoteId} cannot be represented: ${why}`) : null;
}

/** Whole seconds as an Int; an entry too long for one is a typed error, not a serializer crash. */
function durationOf(entry: TimeEntry, ctx: Context): number {
  const seconds = entrySeconds(entry, now(ctx));
  if (seconds > GRAPHQL_INT_MAX) throw unrepresentable(entry, ctx) ?? new UpstreamError('RESPONSE_VALIDATION_FAILED', entry.source, `TimeEntry ${entry.remoteId} lasts longer than an Int of seconds`);
  return seconds;
}

export const TimeEntryRef = entityNode('timeEntry');
TimeEntryRef.implement({
  description: 'Time a user spent; running while `end` is null.',
  fields: (t) => ({
    ...commonFields(t),
    description: t.string({ nullable: true, resolve: (x) => (x as TimeEntry).description }),
    start: t.field({ type: 'DateTime', resolve: (x) => (x as TimeEntry).start }),
    end: t.field({ type: 'DateTime', nullable: true, resolve: (x) => (x as TimeEntry).end }),
    running: t.boolean({ resolve: (x) => (x as TimeEntry).end === null }),
    durationSeconds: t.int({
      description: 'Worked time in whole seconds: end − start minus breakSeconds; a running entry counts up to now. Entries are at most limits.maxEntrySeconds long (31 days by default), so this fits an Int.',
      resolve: (x, _, ctx) => durationOf(x as TimeEntry, ctx),
    }),
    duration: t.field({ type: 'Duration', description: 'durationSeconds as an ISO 8601 duration.', resolve: (x, _, ctx) => entrySeconds(x as TimeEntry, now(ctx)) }),
    breakSeconds: t.int({
      description:
        'Break inside the entry (between start and end) that is not worked time, in whole seconds (TimeTrack records breaks this way). ' +
        '0 on sources whose entries hold no breaks (Clockify, Gauzy, Dyzo, the native store): there a break, if tracked, is an entry of its own.',
      resolve: (x) => breakSecondsOf(x as TimeEntry),
    }),
    breakDuration: t.field({ type: 'Duration', description: 'breakSeconds as an ISO 8601 duration (PT0S when there is none).', resolve: (x) => breakSecondsOf(x as TimeEntry) }),
    billable: t.boolean({ resolve: (x) => (x as TimeEntry).billable }),
    type: t.field({ type: TimeEntryTypeEnum, resolve: (x) => (x as TimeEntry).type }),
    origin: t.field({ type: TimeEntryOriginEnum, resolve: (x) => (x as TimeEntry).origin }),
    originLabel: t.string({ nullable: true, resolve: (x) => (x as TimeEntry).originLabel }),
    timesheetStatus: t.field({ type: TimesheetStatusEnum, nullable: true, resolve: (x) => (x as TimeEntry).timesheetStatus }),
    user: t.field({ type: UserRef, nullable: true, resolve: (x) => refKey(x as TimeEntry, (x as TimeEntry).userId) as never }),
    project: t.field({ type: ProjectRef, nullable: true, resolve: (x) => refKey(x as TimeEntry, (x as TimeEntry).projectId) as never }),
    task: t.field({ type: TaskRef, nullable: true, resolve: (x) => refKey(x as TimeEntry, (x as TimeEntry).taskId) as never }),
    tags: t.field({ type: [TagRef], resolve: (x) => refKeys(x as TimeEntry, (x as TimeEntry).tagIds) as never }),
  }),
});

const TimeEntryFilter = builder.inputType('TimeEntryFilter', {
  fields: (t) => ({
    sources: t.stringList(),
    from: t.field({ type: 'DateTime', description: 'Entries overlapping [from, to).' }),
    to: t.field({ type: 'DateTime' }),
    userIds: t.idList(),
    projectIds: t.idList(),
    taskIds: t.idList(),
    running: t.boolean(),
    billable: t.boolean(),
  }),
});

interface EntryFilterArgs {
  from?: Date | null;
  to?: Date | null;
  userIds?: string[] | null;
  projectIds?: string[] | null;
  taskIds?: string[] | null;
  running?: boolean | null;
  billable?: boolean | null;
}

/** Splits an entry filter's IDs by source; null for a source the filter rules out. */
export function entryFilterFor(f: EntryFilterArgs, ctx: Context, path = 'filter') {
  if (f.from && f.to && f.to.getTime() <= f.from.getTime()) throw ValidationError.field(`${path}.to`, `must be after ${path}.from`);
  const users = ctx.ids.bySource(f.userIds, 'user', `${path}.userIds`);
  const projects = ctx.ids.bySource(f.projectIds, 'project', `${path}.projectIds`);
  const tasks = ctx.ids.bySource(f.taskIds, 'task', `${path}.taskIds`);
  return (source: string) => {
    const userIds = users(source);
    const projectIds = projects(source);
    const taskIds = tasks(source);
    if ([userIds, projectIds, taskIds].some((ids) => ids && !ids.length)) return null;
    return { from: f.from, to: f.to, userIds, projectIds, taskIds, running: f.running, billable: f.billable };
  };
}

// A stored entry the gateway cannot represent answers as an error in its own edge (node null,
// code RESPONSE_VALIDATION_FAILED), so one bad row never takes the whole list down.
listField('timeEntries', 'timeEntry', TimeEntryRef, TimeEntryFilter, (f: EntryFilterArgs, ctx) => entryFilterFor(f, ctx), {
  slotError: (entry, ctx) => unrepresentable(entry as TimeEntry, ctx),
});

const maxEntrySeconds = (ctx: Context) => ctx.limits.maxEntrySeconds ?? DEFAULT_MAX_ENTRY_SECONDS;

function check(issues: FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues);
}

/** The source of a new entry: named, or implied by its task or project. */
function entrySource(input: { source?: string | null; projectId?: string | null; taskId?: string | null }, ctx: Context): string {
  if (input.source) return input.source;
  if (input.taskId) return ctx.ids.decodeKind(input.taskId, 'task', 'input.taskId').source;
  if (input.projectId) return ctx.ids.decodeKind(input.projectId, 'project', 'input.projectId').source;
  throw ValidationError.field('input.source', 'is required when neither projectId nor taskId is given');
}

const refs = (input: any, ctx: Context, source: string) => ({
  userId: ctx.ids.sameSource(input.userId, 'user', source, 'input.userId'),
  projectId: ctx.ids.sameSource(input.projectId, 'project', source, 'input.projectId'),
  taskId: ctx.ids.sameSource(input.taskId, 'task', source, 'input.taskId'),
  tagIds: ctx.ids.sameSourceMany(input.tagIds, 'tag', source, 'input.tagIds'),
});

crudMutations({
  kind: 'timeEntry',
  ref: TimeEntryRef,
  sourceOf: entrySource,
  createFields: (t) => ({
    source: t.string({ description: 'Source key; implied by projectId or taskId when omitted.' }),
    userId: t.id(),
    projectId: t.id(),
    taskId: t.id(),
    description: t.string(),
    start: t.field({ type: 'DateTime', required: true }),
    end: t.field({ type: 'DateTime', description: 'Omit to create a running entry.' }),
    billable: t.boolean(),
    tagIds: t.idList(),
    type: t.field({ type: TimeEntryTypeEnum }),
  }),
  updateFields: (t) => ({
    userId: t.id(),
    projectId: t.id(),
    taskId: t.id(),
    description: t.string(),
    start: t.field({ type: 'DateTime' }),
    end: t.field({ type: 'DateTime', description: 'Set to null to make the entry run again.' }),
    billable: t.boolean(),
    tagIds: t.idList({ description: 'Replaces the tags when given.' }),
    type: t.field({ type: TimeEntryTypeEnum }),
  }),
  // Sane years and a bounded length (domain/entry-bounds.ts); on update, the store checks the
  // length against the fields the input leaves as they are.
  validate: (input, path, _creating, ctx) => [
    ...entryIssues(input, maxEntrySeconds(ctx), path),
    ...(input.description && input.description.length > 3000 ? [{ path: [path, 'description'], message: 'must be at most 3000 characters' }] : []),
  ],
  toCreate: (input, ctx, source) => ({
    ...refs(input, ctx, source),
    description: input.description,
    start: input.start,
    end: input.end,
    billable: input.billable,
    type: input.type,
  }),
  toUpdate: (input, ctx, source) => ({
    ...refs(input, ctx, source),
    description: input.description,
    start: input.start ?? undefined,
    end: input.end,
    billable: input.billable,
    type: input.type ?? undefined,
  }),
});

const StartTimerInput = builder.inputType('StartTimerInput', {
  fields: (t) => ({
    source: t.string({ required: true }),
    userId: t.id(),
    projectId: t.id(),
    taskId: t.id(),
    description: t.string(),
    billable: t.boolean(),
    tagIds: t.idList(),
    start: t.field({ type: 'DateTime', description: 'Defaults to now.' }),
  }),
});

const StopTimerInput = builder.inputType('StopTimerInput', {
  fields: (t) => ({ source: t.string({ required: true }), userId: t.id(), end: t.field({ type: 'DateTime', description: 'Defaults to now.' }) }),
});

function timerOf(ctx: Context, sourceKey: string, operation: 'startTimer' | 'stopTimer') {
  const adapter = ctx.registry.get(sourceKey, 'input.source');
  if (!adapter.timer) throw new UnsupportedOperationError(adapter.vendor, adapter.key, operation);
  return { adapter, timer: adapter.timer };
}

entityMutation('startTimer', {
  type: TimeEntryRef,
  dataField: 'timeEntry',
  input: StartTimerInput,
  description: "Starts a running entry. A user's running entry, if any, is stopped at the new start.",
  resolve: async (input, ctx) => {
    const { adapter, timer } = timerOf(ctx, input.source, 'startTimer');
    check(entryIssues({ start: input.start }, maxEntrySeconds(ctx), 'input'));
    const { userId, projectId, taskId, tagIds } = refs(input, ctx, adapter.key);
    return write(ctx, adapter.key, () => timer.start({ userId, projectId, taskId, tagIds, description: input.description, billable: input.billable, start: input.start }));
  },
});

entityMutation('stopTimer', {
  type: TimeEntryRef,
  dataField: 'timeEntry',
  input: StopTimerInput,
  description: "Stops the user's running entry; NotFoundError when nothing runs.",
  resolve: async (input, ctx) => {
    const { adapter, timer } = timerOf(ctx, input.source, 'stopTimer');
    check(entryIssues({ end: input.end }, maxEntrySeconds(ctx), 'input'));
    const userId = ctx.ids.sameSource(input.userId, 'user', adapter.key, 'input.userId');
    const stopped = await write(ctx, adapter.key, () => timer.stop({ userId, end: input.end }));
    if (!stopped) {
      const whose = input.userId ? `user ${input.userId}` : `the user of source "${adapter.key}"`;
      throw new NotFoundError('TimeEntry', input.userId ?? adapter.key, `There is no running time entry for ${whose}: nothing to stop`);
    }
    return stopped;
  },
});
