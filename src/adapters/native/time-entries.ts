import type { TimeEntry } from '../../domain/entities.js';
import type { TimeEntryOrigin, TimeEntryType } from '../../domain/enums.js';
import { entryIssues } from '../../domain/entry-bounds.js';
import { ValidationError } from '../../domain/errors.js';
import type { TimeEntriesTable } from '../../store/schema.js';
import type { CreateInputMap, EntityHandlers, TimerHandlers } from '../contract.js';
import { assertExists, bool, decodeCursor, deleteRow, groupLinks, inKeyOrder, iso, newId, pageOf, reload, type Db, type NativeContext } from './support.js';

async function toEntries(db: Db, source: string, rows: TimeEntriesTable[]): Promise<TimeEntry[]> {
  if (!rows.length) return [];
  const links = await db.selectFrom('time_entry_tags').selectAll().where('time_entry_id', 'in', rows.map((r) => r.id)).orderBy('tag_id').execute();
  const tags = groupLinks(links, (l) => l.time_entry_id, (l) => l.tag_id);
  return rows.map((r) => ({
    source,
    remoteId: r.id,
    raw: r,
    userId: r.user_id,
    projectId: r.project_id,
    taskId: r.task_id,
    description: r.description,
    start: new Date(r.start_at),
    end: r.end_at ? new Date(r.end_at) : null,
    // The store keeps breaks as entries of their own (type BREAK), never inside an entry.
    breakSeconds: 0,
    billable: r.billable === 1,
    tagIds: tags.get(r.id) ?? [],
    type: r.type as TimeEntryType,
    origin: r.origin as TimeEntryOrigin,
    originLabel: null,
    timesheetStatus: null,
  }));
}

interface Resolved {
  user_id: string | null;
  project_id: string | null;
  task_id: string | null;
}

/**
 * Checks references and makes project and task agree: a task implies its project, and a
 * task from another project is refused rather than silently re-parented.
 */
async function resolveRefs(db: Db, input: { userId?: string | null; projectId?: string | null; taskId?: string | null; tagIds?: string[] | null }): Promise<Resolved> {
  if (input.userId) await assertExists(db, 'users', [input.userId], 'input.userId');
  if (input.projectId) await assertExists(db, 'projects', [input.projectId], 'input.projectId');
  await assertExists(db, 'tags', input.tagIds ?? [], 'input.tagIds');
  let projectId = input.projectId ?? null;
  if (input.taskId) {
    const task = await db.selectFrom('tasks').select(['id', 'project_id']).where('id', '=', input.taskId).executeTakeFirst();
    if (!task) throw ValidationError.field('input.taskId', `refers to task ${input.taskId}, which does not exist`);
    if (projectId && task.project_id !== projectId) throw ValidationError.field('input.taskId', 'belongs to another project than input.projectId');
    projectId = task.project_id;
  }
  return { user_id: input.userId ?? null, project_id: projectId, task_id: input.taskId ?? null };
}

/** The store's own bounds (domain/entry-bounds.ts), whatever path the write came by. */
function assertBounds(ctx: NativeContext, start: Date, end: Date | null | undefined) {
  const issues = entryIssues({ start, end }, ctx.maxEntrySeconds, 'input');
  if (issues.length) throw new ValidationError(issues);
}

/**
 * Serializes writes that change which entry of a user runs. SQLite runs one transaction at a
 * time already; on PostgreSQL, concurrent transactions would each see "nothing runs" and all
 * but one would hit the unique index time_entries_one_running. Locking the user's row first
 * makes them take turns, so every store answers 20 concurrent startTimer the same way: each
 * succeeds and stops the previous one, and one entry runs. (NO KEY UPDATE: it does not wait
 * for the key-share locks that foreign-key checks of other inserts take on the same row.)
 */
async function lockUser(trx: Db, ctx: NativeContext, userId: string | null) {
  if (!userId || ctx.dialect !== 'postgres') return;
  await trx.selectFrom('users').select('id').where('id', '=', userId).forNoKeyUpdate().execute();
}

async function setTags(db: Db, entryId: string, tagIds: readonly string[]) {
  await db.deleteFrom('time_entry_tags').where('time_entry_id', '=', entryId).execute();
  const unique = [...new Set(tagIds)];
  if (unique.length) await db.insertInto('time_entry_tags').values(unique.map((tag_id) => ({ time_entry_id: entryId, tag_id }))).execute();
}

/**
 * Timer policy (documented in the README): a user has at most one running entry. Starting a
 * new one (startTimer, or createTimeEntry without an end) stops the running one at the new
 * start, as Clockify and Gauzy do; a partial unique index backs this up in the store.
 */
async function stopRunning(db: Db, userId: string | null, at: Date) {
  if (!userId) return;
  const running = await db.selectFrom('time_entries').select(['id', 'start_at']).where('user_id', '=', userId).where('end_at', 'is', null).executeTakeFirst();
  if (!running) return;
  const end = new Date(Math.max(at.getTime(), Date.parse(running.start_at)));
  await db.updateTable('time_entries').set({ end_at: iso(end) }).where('id', '=', running.id).execute();
}

export function nativeTimeEntries(ctx: NativeContext): EntityHandlers<'timeEntry'> & { insert: (input: CreateInputMap['timeEntry'], origin: TimeEntryOrigin) => Promise<TimeEntry> } {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    toEntries(db, source, await db.selectFrom('time_entries').selectAll().where('id', 'in', [...ids]).execute());

  const insert = async (input: CreateInputMap['timeEntry'], origin: TimeEntryOrigin) => {
    assertBounds(ctx, input.start, input.end);
    if (!input.end && !input.userId) throw ValidationError.field('input.userId', 'is required for a running entry in the native store');
    const id = newId();
    await db.transaction().execute(async (trx) => {
      if (!input.end) await lockUser(trx, ctx, input.userId ?? null);
      const refs = await resolveRefs(trx, input);
      if (!input.end) await stopRunning(trx, refs.user_id, input.start);
      await trx.insertInto('time_entries').values({
        id,
        ...refs,
        description: input.description ?? null,
        start_at: iso(input.start),
        end_at: input.end ? iso(input.end) : null,
        billable: bool(input.billable),
        type: input.type ?? 'WORK',
        origin,
        created_at: iso(ctx.now()),
      }).execute();
      await setTags(trx, id, input.tagIds ?? []);
    });
    return reload('TimeEntry', id, load);
  };

  return {
    insert,
    list: async (filter, page) => {
      const cursor = decodeCursor(page.token);
      let q = db.selectFrom('time_entries').selectAll();
      // Overlap with [from, to): an entry that started before `from` but ran into it counts.
      if (filter.to) q = q.where('start_at', '<', iso(filter.to));
      if (filter.from) q = q.where((eb) => eb.or([eb('end_at', 'is', null), eb('end_at', '>', iso(filter.from!))]));
      if (filter.userIds?.length) q = q.where('user_id', 'in', filter.userIds);
      if (filter.projectIds?.length) q = q.where('project_id', 'in', filter.projectIds);
      if (filter.taskIds?.length) q = q.where('task_id', 'in', filter.taskIds);
      if (filter.running === true) q = q.where('end_at', 'is', null);
      if (filter.running === false) q = q.where('end_at', 'is not', null);
      if (filter.billable !== undefined && filter.billable !== null) q = q.where('billable', '=', bool(filter.billable));
      if (cursor) {
        q = q.where((eb) => eb.or([eb('start_at', '<', cursor.value), eb.and([eb('start_at', '=', cursor.value), eb('id', '<', cursor.id)])]));
      }
      const rows = await q.orderBy('start_at', 'desc').orderBy('id', 'desc').limit(page.size + 1).execute();
      return pageOf(rows, page.size, (r) => r.start_at, (r) => r.id, (kept) => toEntries(db, source, kept));
    },
    getMany: async (ids) => inKeyOrder('TimeEntry', ids, await load(ids)),
    create: (input) => insert(input, 'MANUAL'),
    update: async (id, patch) => {
      await db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('time_entries').selectAll().where('id', '=', id).executeTakeFirst();
        if (!current) return;
        const start = patch.start ?? new Date(current.start_at);
        const end = patch.end === undefined ? (current.end_at ? new Date(current.end_at) : null) : patch.end;
        // Only start was sent: the problem is the new start, not an end the client never touched.
        if (patch.start && patch.end === undefined && end && end.getTime() < start.getTime()) {
          throw ValidationError.field('input.start', `is after the entry's end (${end.toISOString()}); send an earlier start, or a new end with it`);
        }
        assertBounds(ctx, start, end);
        const refs = await resolveRefs(trx, {
          userId: patch.userId === undefined ? current.user_id : patch.userId,
          projectId: patch.projectId === undefined ? (patch.taskId ? null : current.project_id) : patch.projectId,
          taskId: patch.taskId === undefined ? current.task_id : patch.taskId,
          tagIds: patch.tagIds ?? [],
        });
        if (!end) {
          await lockUser(trx, ctx, refs.user_id);
          const other = await trx.selectFrom('time_entries').select('id').where('user_id', '=', refs.user_id).where('end_at', 'is', null).where('id', '!=', id).executeTakeFirst();
          if (other) throw ValidationError.field('input.end', 'cannot be cleared: this user already has a running entry');
        }
        await trx.updateTable('time_entries').set({
          ...refs,
          description: patch.description === undefined ? current.description : patch.description,
          start_at: iso(start),
          end_at: end ? iso(end) : null,
          billable: patch.billable === undefined || patch.billable === null ? current.billable : bool(patch.billable),
          type: patch.type ?? current.type,
        }).where('id', '=', id).execute();
        if (patch.tagIds) await setTags(trx, id, patch.tagIds);
      });
      return reload('TimeEntry', id, load);
    },
    delete: (id) => deleteRow(db, 'time_entries', 'TimeEntry', id),
  };
}

export function nativeTimer(ctx: NativeContext, entries: ReturnType<typeof nativeTimeEntries>): TimerHandlers {
  return {
    start: (input) => entries.insert({ ...input, start: input.start ?? ctx.now(), end: null }, 'TIMER'),
    stop: async ({ userId, end }) => {
      if (!userId) throw ValidationError.field('input.userId', 'is required to stop a timer in the native store');
      await assertExists(ctx.db, 'users', [userId], 'input.userId');
      const running = await ctx.db.selectFrom('time_entries').select(['id', 'start_at']).where('user_id', '=', userId).where('end_at', 'is', null).executeTakeFirst();
      if (!running) return null;
      const at = end ?? ctx.now();
      if (at.getTime() < Date.parse(running.start_at)) throw ValidationError.field('input.end', 'is before the running entry started');
      assertBounds(ctx, new Date(running.start_at), at);
      await ctx.db.updateTable('time_entries').set({ end_at: iso(at) }).where('id', '=', running.id).execute();
      const [stopped] = await entries.getMany!([running.id]);
      if (!stopped || stopped instanceof Error) throw stopped ?? new Error('stopped entry vanished');
      return stopped;
    },
  };
}
