/**
 * Per entity: what makes a source record impossible to write anywhere (invalid), which other
 * records it refers to, and the create input for the target with every reference rewritten.
 * Pure functions: the engine decides what to do with them.
 */
import type { CreateInputMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import type { MigrateKind } from './model.js';

/**
 * How a reference must be honoured:
 * - required: the record is only written with it (a time entry without its user is someone
 *   else's time; a task lives in its project), so a parent that did not migrate keeps the
 *   child back too, with the parent's outcome;
 * - detachable: the record is still itself without it (a project without its client, an
 *   entry without its task or tags). When the target cannot hold the parent at all the link
 *   is dropped and counted as a dropped field; when the parent failed, the child waits too;
 * - optional: dropped whenever the parent did not migrate (project members, task assignees:
 *   the people themselves are reported in the user row).
 */
export type LinkKind = 'required' | 'detachable' | 'optional';

export interface Reference {
  kind: MigrateKind;
  id: string;
  link: LinkKind;
  /** The create-input field the link is written to. */
  field: string;
}

/** Target ID of an already migrated record; null when it has none (only for optional links). */
export type Rewrite = (kind: MigrateKind, sourceId: string) => string | null;

export interface KindPlan<K extends MigrateKind> {
  invalid(record: EntityMap[K]): string | null;
  references(record: EntityMap[K]): Reference[];
  draft(record: EntityMap[K], to: Rewrite): CreateInputMap[K];
}

/** A vendor value the gateway calls OTHER cannot be written back; the target picks its default. */
const known = <T extends string>(value: T | null | undefined): Exclude<T, 'OTHER'> | null =>
  value && value !== 'OTHER' ? (value as Exclude<T, 'OTHER'>) : null;

const blankName = (value: string | null | undefined, what: string) => (value && value.trim() ? null : `has no ${what}`);

const link = (link: LinkKind, kind: MigrateKind, field: string, id: string | null | undefined): Reference[] => (id ? [{ kind, id, link, field }] : []);
const links = (link: LinkKind, kind: MigrateKind, field: string, ids: readonly string[]): Reference[] => ids.map((id) => ({ kind, id, link, field }));
const kept = (ids: readonly string[], kind: MigrateKind, to: Rewrite) => ids.map((id) => to(kind, id)).filter((id): id is string => id !== null);

export const PLANS: { [K in MigrateKind]: KindPlan<K> } = {
  user: {
    invalid: (u) => (!u.email ? 'has no email, which every target needs to identify a person' : blankName(u.name, 'name')),
    references: () => [],
    // Defaults (MEMBER, ACTIVE) are left to the target, which may refuse to be told them.
    draft: (u) => ({
      name: u.name,
      email: u.email!,
      role: u.role === 'MEMBER' ? null : known(u.role),
      status: u.status === 'ACTIVE' ? null : u.status,
      timeZone: u.timeZone,
    }),
  },
  client: {
    invalid: (c) => blankName(c.name, 'name'),
    references: () => [],
    draft: (c) => ({ name: c.name, email: c.email }),
  },
  tag: {
    invalid: (t) => blankName(t.name, 'name'),
    references: () => [],
    draft: (t) => ({ name: t.name }),
  },
  project: {
    invalid: (p) => blankName(p.name, 'name'),
    references: (p) => [...link('detachable', 'client', 'clientId', p.clientId), ...links('optional', 'user', 'memberIds', p.memberIds)],
    draft: (p, to) => ({
      name: p.name,
      clientId: p.clientId ? to('client', p.clientId) : null,
      billable: p.billable,
      status: p.status === 'ACTIVE' ? null : known(p.status),
      color: p.color,
      memberIds: kept(p.memberIds, 'user', to),
      estimateSeconds: p.estimateSeconds,
    }),
  },
  task: {
    invalid: (t) => blankName(t.name, 'name') ?? (t.projectId ? null : 'belongs to no project, and every target needs one'),
    references: (t) => [...link('required', 'project', 'projectId', t.projectId), ...links('optional', 'user', 'assigneeIds', t.assigneeIds)],
    draft: (t, to) => ({
      name: t.name,
      projectId: to('project', t.projectId!)!,
      description: t.description,
      status: known(t.status),
      priority: t.priority,
      assigneeIds: kept(t.assigneeIds, 'user', to),
      estimateSeconds: t.estimateSeconds,
    }),
  },
  timeEntry: {
    invalid: (e) => {
      if (!e.end) return 'is still running; stop it and migrate again';
      if (e.end.getTime() < e.start.getTime()) return 'ends before it starts';
      return null;
    },
    references: (e) => [
      ...link('required', 'user', 'userId', e.userId),
      ...link('detachable', 'project', 'projectId', e.projectId),
      ...link('detachable', 'task', 'taskId', e.taskId),
      ...links('detachable', 'tag', 'tagIds', e.tagIds),
    ],
    draft: (e, to) => ({
      userId: e.userId ? to('user', e.userId) : null,
      projectId: e.projectId ? to('project', e.projectId) : null,
      taskId: e.taskId ? to('task', e.taskId) : null,
      description: e.description,
      start: e.start,
      end: e.end,
      billable: e.billable,
      tagIds: kept(e.tagIds, 'tag', to),
      type: e.type === 'WORK' ? null : e.type,
    }),
  },
};

export function planOf<K extends MigrateKind>(kind: K): KindPlan<K> {
  return PLANS[kind] as unknown as KindPlan<K>;
}
