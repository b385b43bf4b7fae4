/**
 * Time entries = Dyzo task logs.
 *   list    no company-wide log list exists: Dyzo lists logs per task (`GET /taskLogs/task/{id}/`),
 *           so the list walks the tasks and their logs, filters, sorts (start descending) and
 *           pages locally (paging.ts), with a resume token after every item (`Page.cursors`)
 *           so the gateway continues exactly after the last item it handed out. Narrowing by
 *           projectIds/taskIds walks only those tasks. The walk is memoised per task for
 *           `cacheTtlSeconds`, so later pages, getMany and re-reads cost nothing while fresh.
 *
 * Cost (requests) of a complete `timeEntries` walk, L(n) = floor(n / 100) + 1 list pages
 * (page_size 100; +1 when n % 100 is 20 or 50, client.ts reads once more after a page of a
 * usual default size); T = tasks the key sees, l(t) = logs of task t:
 *   cold, any number of entries or gateway pages:  L(T) task list + Σ_t L(l(t)), at most
 *     PARALLEL_READS at a time; with projectIds / taskIds only the tasks named or in those
 *     projects (the task list is still read once to find a task's project)
 *   with user and project resolved: + L(U) employee list + L(P) project list (task: none more)
 *   later pages while the memo is fresh: 0 (the walk's reads serve them); warm: 0.
 *   Users and entries do not count, tasks do: 1x demo (3 employees, 6 tasks, 40 logs) = 9,
 *   10x (30 employees, 60 tasks, 400 logs) = 63 (bench/vendor-requests.ts). Dyzo documents
 *   no log list but per task (vendor-docs/dyzo.md §2.3, table row "by task only"), so per
 *   task is the least it can cost.
 *
 *   get     Dyzo has no single-log read: the same walk, then a pick by id.
 *   create  POST   /tasklog/create/               snake_case (task_id, employee_id, start_time, …)
 *   update  PUT    /tasklogs/{id}/                camelCase full body (current log read first)
 *   delete  DELETE /api/tasklogs/delete/{pk}/
 *   bulk    POST   /tasklogs/bulk/create/{user_id}/  camelCase array; Dyzo skips duplicates
 * Only logs on tasks the source's employee can see are found (admins see all).
 */
import type { Task, TimeEntry } from '../../domain/entities.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import type { CreateInputMap, EntityHandlers, TimeEntryFilter } from '../contract.js';
import { parseDyzoInstant } from './mappers/instant.js';
import { dyzoLogTaskId, toDyzoTaskLogCamel, toDyzoTaskLogCreate, toTimeEntry } from './mappers/to-time-entry.js';
import { compareIds, pageByStart } from './paging.js';
import { isMissing, mapLimit, orNotFound, PARALLEL_READS, writing, type DyzoContext, type NamedReads } from './support.js';
import { DyzoTaskLog } from './types.js';

export interface BulkCreateResult {
  created: TimeEntry[];
  skipped: number;
}

export interface DyzoTimeEntries extends EntityHandlers<'timeEntry'> {
  bulkCreate(userId: string, entries: CreateInputMap['timeEntry'][]): Promise<BulkCreateResult>;
}

/** Overlap with [from, to) plus the id filters; running and billable are settled before the walk. */
function matches(filter: TimeEntryFilter, e: TimeEntry): boolean {
  if (filter.to && e.start.getTime() >= filter.to.getTime()) return false;
  if (filter.from && e.end && e.end.getTime() <= filter.from.getTime()) return false;
  if (filter.userIds?.length && !(e.userId && filter.userIds.includes(e.userId))) return false;
  if (filter.projectIds?.length && !(e.projectId && filter.projectIds.includes(e.projectId))) return false;
  if (filter.taskIds?.length && !(e.taskId && filter.taskIds.includes(e.taskId))) return false;
  if (filter.running === false && e.end === null) return false;
  return true;
}

/** Duplicate key of bulk create: (taskId, userId, start instant), as Dyzo compares them. */
const logKey = (taskId: string | null, userId: string | null, startMs: number | null) => `${taskId}|${userId}|${startMs}`;

export function dyzoTimeEntries(ctx: DyzoContext, tasks: NamedReads<Task>): DyzoTimeEntries {
  const { client, source } = ctx;

  /** One task's logs; a task that vanished meanwhile simply has none. */
  const logsOf = (taskId: string) =>
    ctx.memo.get(`logs:${taskId}`, async () => {
      try {
        return await client.listTaskLogs(taskId);
      } catch (error) {
        if (isMissing(error, 'read')) return [];
        throw error;
      }
    });

  /** Task id → project id, from the task list, asking for tasks the list does not show. */
  const projectsOf = async (taskIds: readonly string[]): Promise<Map<string, string | null>> => {
    const known = new Map((await tasks.all()).map((t) => [t.remoteId, t.projectId]));
    const unknown = [...new Set(taskIds)].filter((id) => !known.has(id));
    if (unknown.length) {
      const found = await tasks.getMany(unknown);
      unknown.forEach((id, i) => {
        const task = found[i];
        known.set(id, task && !(task instanceof Error) ? task.projectId : null);
      });
    }
    return known;
  };

  const toEntry = (log: DyzoTaskLog, readFromTask: string | null, projects: Map<string, string | null>): TimeEntry => {
    // A log read through its task may not repeat the task id; the task it came from is its task.
    const taskId = dyzoLogTaskId(log) ?? readFromTask;
    return { ...toTimeEntry(source, log, taskId ? (projects.get(taskId) ?? null) : null), taskId };
  };

  /** Walks the given tasks' logs (memoised per task), at most PARALLEL_READS at a time. */
  const walk = async (taskIds: readonly string[], projects: Map<string, string | null>): Promise<TimeEntry[]> => {
    const perTask = await mapLimit(taskIds, PARALLEL_READS, async (taskId) => (await logsOf(taskId)).map((log) => toEntry(log, taskId, projects)));
    const byId = new Map<string, TimeEntry>();
    for (const entry of perTask.flat()) byId.set(entry.remoteId, entry);
    return [...byId.values()];
  };

  const walkAll = async () => {
    const projects = await projectsOf([]);
    return walk([...projects.keys()], projects);
  };

  const findEntry = async (id: string): Promise<TimeEntry> => {
    const entry = (await walkAll()).find((e) => e.remoteId === id);
    if (!entry) throw new NotFoundError('TimeEntry', id);
    return entry;
  };

  /** Re-reads one task's logs after a write whose answer carried no record. */
  const findWritten = async (taskId: string, pick: (e: TimeEntry) => boolean): Promise<TimeEntry> => {
    const projects = await projectsOf([taskId]);
    const hits = (await client.listTaskLogs(taskId)).map((log) => toEntry(log, taskId, projects)).filter(pick);
    const newest = hits.sort((a, b) => compareIds(b.remoteId, a.remoteId))[0];
    if (!newest) throw new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `dyzo source "${source}": the task log was written but is not in its task's logs`);
    return newest;
  };

  /** A log's project comes from its task: a projectId naming another project is refused, not ignored. */
  const checkProject = (projects: Map<string, string | null>, taskId: string, projectId: string | null | undefined) => {
    if (projectId && projects.get(taskId) !== projectId) {
      throw ValidationError.field('input.projectId', 'does not match the project of input.taskId (a Dyzo log takes its task\'s project)');
    }
  };

  return {
    list: async (filter, page) => {
      // Dyzo logs always have an end and carry no billable flag: these ask for nothing it holds.
      if (filter.running === true || filter.billable === true) return { items: [], nextPage: null };
      if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) return { items: [], nextPage: null };
      const projects = await projectsOf(filter.taskIds ?? []);
      let taskIds = [...projects.keys()];
      if (filter.taskIds?.length) taskIds = taskIds.filter((id) => filter.taskIds!.includes(id));
      if (filter.projectIds?.length) taskIds = taskIds.filter((id) => filter.projectIds!.includes(projects.get(id) ?? ''));
      const entries = (await walk(taskIds, projects)).filter((e) => matches(filter, e));
      return pageByStart(entries, page);
    },

    getMany: async (ids) => {
      const byId = new Map((await walkAll()).map((e) => [e.remoteId, e]));
      return ids.map((id) => byId.get(id) ?? new NotFoundError('TimeEntry', id));
    },

    create: async (input) => {
      const userId = input.userId ?? String(client.employeeId);
      const body = toDyzoTaskLogCreate({ ...input, userId });
      const taskId = String(body.task_id);
      const projects = await projectsOf([taskId]);
      checkProject(projects, taskId, input.projectId);
      const created = await writing(ctx, () => client.createTaskLog(body));
      if (created) return toEntry(created, taskId, projects);
      const start = input.start.getTime();
      return findWritten(taskId, (e) => e.userId === userId && e.start.getTime() === start);
    },

    update: async (id, patch) => {
      const current = await findEntry(id);
      const body = toDyzoTaskLogCamel({
        taskId: patch.taskId === undefined ? current.taskId : patch.taskId,
        userId: patch.userId === undefined ? current.userId : patch.userId,
        start: patch.start ?? current.start,
        end: patch.end === undefined ? current.end : patch.end,
        description: patch.description === undefined ? current.description : patch.description,
      });
      const taskId = String(body.taskId);
      const projects = await projectsOf([taskId]);
      checkProject(projects, taskId, patch.projectId);
      const updated = await writing(ctx, () => orNotFound('TimeEntry', id, 'write', () => client.updateTaskLog(id, body)));
      return updated ? toEntry(updated, taskId, projects) : findWritten(taskId, (e) => e.remoteId === id);
    },

    delete: (id) => writing(ctx, () => orNotFound('TimeEntry', id, 'write', () => client.deleteTaskLog(id))),

    bulkCreate: async (userId, entries) => {
      if (!entries.length) return { created: [], skipped: 0 };
      const items = entries.map((entry, i) => {
        // The path names one user and Dyzo requires every item to match it.
        if (entry.userId && entry.userId !== userId) throw ValidationError.field(`entries.${i}.userId`, 'must be the userId of the batch');
        // Entries written through the gateway are typed in or imported, not timer sessions.
        return toDyzoTaskLogCamel({ ...entry, userId }, `entries.${i}`, true);
      });
      const taskIds = [...new Set(items.map((item) => String(item.taskId)))];
      const projects = await projectsOf(taskIds);
      const result = await writing(ctx, () => client.bulkCreateTaskLogs(userId, items));

      const reported = result.created?.map((raw) => DyzoTaskLog.safeParse(raw));
      if (reported && reported.every((r) => r.success)) {
        // Should a reported log leave out its task, the batch item with its start names it.
        const taskByStart = new Map(items.map((item) => [parseDyzoInstant(item.startTime), String(item.taskId)]));
        const created = reported.map((r) => toEntry(r.data!, taskByStart.get(parseDyzoInstant(r.data!.startTime ?? r.data!.start_time)) ?? null, projects));
        const skipped = typeof result.skipped === 'number' ? result.skipped : (result.skipped?.length ?? entries.length - created.length);
        return { created, skipped };
      }
      // The answer is undocumented (vendor-docs/dyzo.md §2.2): without a readable `created`,
      // read the batch's tasks back and return the logs that match it. A log that already
      // existed (a skipped duplicate) cannot be told apart from a new one here, so it is
      // returned as well, which is what a migration's id map needs anyway.
      const wanted = new Set(items.map((item) => logKey(String(item.taskId), userId, parseDyzoInstant(item.startTime))));
      const found = new Map<string, TimeEntry>();
      for (const taskId of taskIds) {
        for (const entry of (await client.listTaskLogs(taskId)).map((log) => toEntry(log, taskId, projects))) {
          const key = logKey(entry.taskId, entry.userId, entry.start.getTime());
          const held = found.get(key);
          if (wanted.has(key) && (!held || compareIds(entry.remoteId, held.remoteId) > 0)) found.set(key, entry);
        }
      }
      const created = [...found.values()];
      return { created, skipped: entries.length - created.length };
    },
  };
}
