/**
 * create/update/delete mutations for one entity kind, built the same way for all seven:
 * validate the input (every problem at once, by field path), route it to the owning source,
 * translate global IDs to that source's remote IDs, write, and tell the caches.
 */
import type { Adapter, CreateInputMap, MembershipHandlers, UpdateInputMap } from '../adapters/contract.js';
import type { EntityKind } from '../domain/entities.js';
import { NODE_TYPE_OF } from '../domain/entities.js';
import { UnsupportedOperationError, ValidationError, type FieldIssue } from '../domain/errors.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { entityMutation, write } from './kit.js';

type Fields = (t: any) => Record<string, any>;

export interface CrudOptions<K extends EntityKind> {
  kind: K;
  ref: any;
  createFields: Fields;
  updateFields: Fields;
  /** Problems with the input, each naming its field; `creating` tells create from update. */
  validate: (input: any, path: string, creating: boolean, ctx: Context) => FieldIssue[];
  toCreate: (input: any, ctx: Context, source: string) => CreateInputMap[K];
  toUpdate: (input: any, ctx: Context, source: string) => UpdateInputMap[K];
  /** Where the record is created when the input does not simply name a source. */
  sourceOf?: (input: any, ctx: Context) => string;
}

export function requiredName(name: string | null | undefined, path: string, creating: boolean): FieldIssue[] {
  if (name === undefined || name === null) return creating ? [{ path: [path, 'name'], message: 'is required' }] : [];
  if (name.trim() === '') return [{ path: [path, 'name'], message: 'must not be empty' }];
  if (name.length > 500) return [{ path: [path, 'name'], message: 'must be at most 500 characters' }];
  return [];
}

function check(issues: FieldIssue[]) {
  if (issues.length) throw new ValidationError(issues);
}

export function crudMutations<K extends EntityKind>(options: CrudOptions<K>) {
  const { kind, ref } = options;
  const type = NODE_TYPE_OF[kind];
  const field = kind;

  const createInput = builder.inputType(`Create${type}Input` as string, {
    fields: (t) => ({
      ...(options.sourceOf ? {} : { source: t.string({ required: true, description: 'Key of the source to create it in.' }) }),
      ...options.createFields(t),
    }),
  });
  const updateInput = builder.inputType(`Update${type}Input` as string, {
    fields: (t) => ({ id: t.id({ required: true }), ...options.updateFields(t) }),
  });
  const deleteInput = builder.inputType(`Delete${type}Input` as string, { fields: (t) => ({ id: t.id({ required: true }) }) });

  entityMutation(`create${type}`, {
    type: ref,
    dataField: field,
    input: createInput,
    resolve: async (input, ctx) => {
      const source = options.sourceOf ? options.sourceOf(input, ctx) : (input.source as string);
      const adapter = ctx.registry.get(source, 'input.source');
      check(options.validate(input, 'input', true, ctx));
      const create = ctx.registry.handler(adapter, kind, 'create');
      return write(ctx, adapter.key, () => create(options.toCreate(input, ctx, adapter.key)));
    },
  });

  entityMutation(`update${type}`, {
    type: ref,
    dataField: field,
    input: updateInput,
    resolve: async (input, ctx) => {
      const { source, remoteId } = ctx.ids.decodeKind(input.id, kind, 'input.id');
      const adapter = ctx.registry.get(source, 'input.id');
      check(options.validate(input, 'input', false, ctx));
      const update = ctx.registry.handler(adapter, kind, 'update');
      return write(ctx, source, () => update(remoteId, options.toUpdate(input, ctx, source)));
    },
  });

  entityMutation(`delete${type}`, {
    type: ref,
    dataField: field,
    input: deleteInput,
    description: `Deletes the ${type} and returns it as it was.`,
    resolve: async (input, ctx) => {
      const { source, remoteId } = ctx.ids.decodeKind(input.id, kind, 'input.id');
      const adapter = ctx.registry.get(source, 'input.id');
      const remove = ctx.registry.handler(adapter, kind, 'delete');
      const [before] = await ctx.registry.handler(adapter, kind, 'get')([remoteId]);
      if (!before || before instanceof Error) throw before;
      await write(ctx, source, () => remove(remoteId));
      return before;
    },
  });
}

/**
 * add<Type>Members / remove<Type>Members for a group entity (team, project): the group names
 * the source, the users must live there too, and the group is read back after the change.
 */
export function membershipMutations(options: {
  kind: 'team' | 'project';
  ref: any;
  members: (adapter: Adapter) => MembershipHandlers | undefined;
  operation: 'teamMembership' | 'projectMembership';
}) {
  const { kind, ref } = options;
  const type = NODE_TYPE_OF[kind];
  const groupField = `${kind}Id`;
  const input = builder.inputType(`${type}MembershipInput` as string, {
    fields: (t) => ({ [groupField]: t.id({ required: true }), userIds: t.idList({ required: true }) }) as any,
  });
  for (const [verb, op] of [['add', 'add'], ['remove', 'remove']] as const) {
    entityMutation(`${verb}${type}Members`, {
      type: ref,
      dataField: kind,
      input,
      resolve: async (args: Record<string, any>, ctx) => {
        const path = `input.${groupField}`;
        const { source, remoteId } = ctx.ids.decodeKind(args[groupField], kind, path);
        const adapter = ctx.registry.get(source, path);
        if (!args.userIds.length) throw ValidationError.field('input.userIds', 'must name at least one user');
        const userIds = ctx.ids.sameSourceMany(args.userIds, 'user', source, 'input.userIds')!;
        const members = options.members(adapter);
        if (!members) throw new UnsupportedOperationError(adapter.vendor, source, options.operation);
        await write(ctx, source, () => members[op](remoteId, userIds));
        const [group] = await ctx.registry.handler(adapter, kind, 'get')([remoteId]);
        if (!group || group instanceof Error) throw group;
        return group;
      },
    });
  }
}
