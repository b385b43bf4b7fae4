/** Task: a piece of work within a project, with estimate and tracked time. */
import type { Task } from '../domain/entities.js';
import { builder } from './builder.js';
import { crudMutations, requiredName } from './crud.js';
import { PriorityEnum, TaskStatusEnum } from './enums.js';
import { commonFields, entityNode, listField, refKey, refKeys } from './kit.js';
import { ProjectRef } from './project.js';
import { UserRef } from './user.js';

export const TaskRef = entityNode('task');
TaskRef.implement({
  description: 'A task within a project.',
  fields: (t) => ({
    ...commonFields(t),
    name: t.string({ resolve: (x) => (x as Task).name }),
    description: t.string({ nullable: true, resolve: (x) => (x as Task).description }),
    project: t.field({ type: ProjectRef, nullable: true, resolve: (x) => refKey(x as Task, (x as Task).projectId) as never }),
    status: t.field({ type: TaskStatusEnum, resolve: (x) => (x as Task).status }),
    statusLabel: t.string({ nullable: true, resolve: (x) => (x as Task).statusLabel }),
    priority: t.field({ type: PriorityEnum, nullable: true, resolve: (x) => (x as Task).priority }),
    priorityLabel: t.string({ nullable: true, resolve: (x) => (x as Task).priorityLabel }),
    assignees: t.field({ type: [UserRef], resolve: (x) => refKeys(x as Task, (x as Task).assigneeIds) as never }),
    estimateSeconds: t.int({ nullable: true, resolve: (x) => (x as Task).estimateSeconds }),
    estimate: t.field({ type: 'Duration', nullable: true, resolve: (x) => (x as Task).estimateSeconds }),
    trackedSeconds: t.field({
      type: 'Seconds',
      nullable: true,
      description: 'Time tracked on the task by everyone, as the vendor sums it: a total, so Seconds (exact up to 2^53 − 1), not Int.',
      resolve: (x) => (x as Task).trackedSeconds,
    }),
    tracked: t.field({ type: 'Duration', nullable: true, resolve: (x) => (x as Task).trackedSeconds }),
  }),
});

const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    sources: t.stringList(),
    search: t.string(),
    projectIds: t.idList(),
    assigneeIds: t.idList(),
    status: t.field({ type: TaskStatusEnum }),
  }),
});
listField('tasks', 'task', TaskRef, TaskFilter, (f: { search?: string | null; projectIds?: string[] | null; assigneeIds?: string[] | null; status?: Task['status'] | null }, ctx) => {
  const projects = ctx.ids.bySource(f.projectIds, 'project', 'filter.projectIds');
  const assignees = ctx.ids.bySource(f.assigneeIds, 'user', 'filter.assigneeIds');
  return (source) => {
    const projectIds = projects(source);
    const assigneeIds = assignees(source);
    if ((projectIds && !projectIds.length) || (assigneeIds && !assigneeIds.length)) return null;
    return { search: f.search, projectIds, assigneeIds, status: f.status };
  };
});

const estimate = (value: number | null | undefined, path: string) =>
  value !== undefined && value !== null && value < 0 ? [{ path: [path, 'estimate'], message: 'must not be negative' }] : [];

crudMutations({
  kind: 'task',
  ref: TaskRef,
  // A task lives where its project lives, so the project names the source.
  sourceOf: (input, ctx) => ctx.ids.decodeKind(input.projectId, 'project', 'input.projectId').source,
  createFields: (t) => ({
    projectId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string(),
    status: t.field({ type: TaskStatusEnum }),
    priority: t.field({ type: PriorityEnum }),
    assigneeIds: t.idList(),
    estimate: t.field({ type: 'Duration' }),
  }),
  updateFields: (t) => ({
    projectId: t.id(),
    name: t.string(),
    description: t.string(),
    status: t.field({ type: TaskStatusEnum }),
    priority: t.field({ type: PriorityEnum }),
    assigneeIds: t.idList({ description: 'Replaces the assignees when given.' }),
    estimate: t.field({ type: 'Duration' }),
  }),
  validate: (input, path, creating) => [...requiredName(input.name, path, creating), ...estimate(input.estimate, path)],
  toCreate: (input, ctx, source) => ({
    projectId: ctx.ids.sameSource(input.projectId, 'project', source, 'input.projectId')!,
    name: input.name.trim(),
    description: input.description,
    status: input.status,
    priority: input.priority,
    assigneeIds: ctx.ids.sameSourceMany(input.assigneeIds, 'user', source, 'input.assigneeIds'),
    estimateSeconds: input.estimate,
  }),
  toUpdate: (input, ctx, source) => ({
    projectId: ctx.ids.sameSource(input.projectId, 'project', source, 'input.projectId') ?? undefined,
    name: input.name?.trim(),
    description: input.description,
    status: input.status,
    priority: input.priority,
    assigneeIds: ctx.ids.sameSourceMany(input.assigneeIds, 'user', source, 'input.assigneeIds'),
    estimateSeconds: input.estimate,
  }),
});
