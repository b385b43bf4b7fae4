/** Project: work for a client, holding tasks and time. */
import type { Project } from '../domain/entities.js';
import { builder } from './builder.js';
import { ClientRef } from './client.js';
import { crudMutations, membershipMutations, requiredName } from './crud.js';
import { ProjectStatusEnum } from './enums.js';
import { commonFields, entityNode, listField, refKey, refKeys } from './kit.js';
import { UserRef } from './user.js';

export const ProjectRef = entityNode('project');
ProjectRef.implement({
  description: 'A project in one source.',
  fields: (t) => ({
    ...commonFields(t),
    name: t.string({ resolve: (x) => (x as Project).name }),
    client: t.field({ type: ClientRef, nullable: true, resolve: (x) => refKey(x as Project, (x as Project).clientId) as never }),
    billable: t.boolean({ resolve: (x) => (x as Project).billable }),
    status: t.field({ type: ProjectStatusEnum, resolve: (x) => (x as Project).status }),
    statusLabel: t.string({ nullable: true, resolve: (x) => (x as Project).statusLabel }),
    color: t.string({ nullable: true, resolve: (x) => (x as Project).color }),
    members: t.field({ type: [UserRef], resolve: (x) => refKeys(x as Project, (x as Project).memberIds) as never }),
    estimateSeconds: t.int({ nullable: true, resolve: (x) => (x as Project).estimateSeconds }),
    estimate: t.field({ type: 'Duration', nullable: true, resolve: (x) => (x as Project).estimateSeconds }),
  }),
});

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({ sources: t.stringList(), search: t.string(), clientIds: t.idList(), status: t.field({ type: ProjectStatusEnum }) }),
});
listField('projects', 'project', ProjectRef, ProjectFilter, (f: { search?: string | null; clientIds?: string[] | null; status?: Project['status'] | null }, ctx) => {
  const clients = ctx.ids.bySource(f.clientIds, 'client', 'filter.clientIds');
  return (source) => {
    const clientIds = clients(source);
    if (clientIds && !clientIds.length) return null;
    return { search: f.search, clientIds, status: f.status };
  };
});

const estimate = (value: number | null | undefined, path: string) =>
  value !== undefined && value !== null && value < 0 ? [{ path: [path, 'estimate'], message: 'must not be negative' }] : [];

crudMutations({
  kind: 'project',
  ref: ProjectRef,
  createFields: (t) => ({
    name: t.string({ required: true }),
    clientId: t.id(),
    billable: t.boolean(),
    status: t.field({ type: ProjectStatusEnum }),
    color: t.string(),
    memberIds: t.idList(),
    estimate: t.field({ type: 'Duration' }),
  }),
  updateFields: (t) => ({
    name: t.string(),
    clientId: t.id(),
    billable: t.boolean(),
    status: t.field({ type: ProjectStatusEnum }),
    color: t.string(),
    memberIds: t.idList({ description: 'Replaces the members when given.' }),
    estimate: t.field({ type: 'Duration' }),
  }),
  validate: (input, path, creating) => [...requiredName(input.name, path, creating), ...estimate(input.estimate, path)],
  toCreate: (input, ctx, source) => ({
    name: input.name.trim(),
    clientId: ctx.ids.sameSource(input.clientId, 'client', source, 'input.clientId'),
    billable: input.billable,
    status: input.status,
    color: input.color,
    memberIds: ctx.ids.sameSourceMany(input.memberIds, 'user', source, 'input.memberIds'),
    estimateSeconds: input.estimate,
  }),
  toUpdate: (input, ctx, source) => ({
    name: input.name?.trim(),
    clientId: ctx.ids.sameSource(input.clientId, 'client', source, 'input.clientId'),
    billable: input.billable,
    status: input.status,
    color: input.color,
    memberIds: ctx.ids.sameSourceMany(input.memberIds, 'user', source, 'input.memberIds'),
    estimateSeconds: input.estimate,
  }),
});

membershipMutations({ kind: 'project', ref: ProjectRef, members: (adapter) => adapter.projectMembers, operation: 'projectMembership' });
