/**
 * Person: one human across sources (domain/person.ts has the rule, gateway/people.ts the
 * gathering). `people` lists them, `User.person` links back, and `node(id:)` finds one by its
 * global ID. The users are read once per request and per set of sources, however many
 * fields ask.
 */
import type { Adapter } from '../adapters/contract.js';
import type { User } from '../domain/entities.js';
import { NotFoundError } from '../domain/errors.js';
import { PERSON_SCOPE } from '../domain/ids.js';
import { PersonIdentity } from '../domain/person.js';
import { decodePeopleCursor, gatherPeople, pagePeople, withUsers, type PeopleIndex, type Person } from '../gateway/people.js';
import { nodeKey, splitNodeKey } from '../gateway/refs.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { pageSize } from './kit.js';
import { UserRef } from './user.js';

const NO_LINKS = new PersonIdentity();
const identityOf = (ctx: Context) => ctx.people ?? NO_LINKS;

/** Per request: the people index of each set of sources asked about (key: sorted source keys). */
const indexes = new WeakMap<Context, Map<string, Promise<PeopleIndex>>>();

const keyOf = (adapters: readonly Adapter[]) => adapters.map((a) => a.key).sort().join(',');

/** The people of these sources (all of the caller's by default), gathered once per request. */
function peopleOf(ctx: Context, adapters: readonly Adapter[] = ctx.registry.all()): Promise<PeopleIndex> {
  const memo = indexes.get(ctx) ?? new Map<string, Promise<PeopleIndex>>();
  indexes.set(ctx, memo);
  const key = keyOf(adapters);
  let index = memo.get(key);
  if (!index) {
    index = gatherPeople(adapters, identityOf(ctx)).then(({ index: gathered, failures }) => {
      ctx.failures.push(...failures);
      return gathered;
    });
    memo.set(key, index);
  }
  return index;
}

/**
 * Persons by ID part, as every source the caller may see knows them: a Person reached by ID
 * (node, a report row) is the same whole person wherever it is reached. Only `people` with a
 * `sources` filter shows a narrower view, because it was asked to.
 */
async function findPeople(ctx: Context, ids: readonly string[]): Promise<Array<Person | undefined>> {
  const all = await peopleOf(ctx);
  return ids.map((id) => all.get(id));
}

/**
 * For a report grouped by PERSON: the person of each user its entries name. Users the
 * listings missed (deleted accounts, a listing that failed) are read by ID so they still join
 * the right person; the request's index then holds them too, for `ReportRow.person`.
 */
export function personOfForReport(ctx: Context) {
  return async (users: Array<{ source: string; userId: string }>) => {
    const adapters = ctx.registry.all();
    const { index, failures } = await withUsers(await peopleOf(ctx, adapters), adapters, users);
    ctx.failures.push(...failures);
    indexes.get(ctx)!.set(keyOf(adapters), Promise.resolve(index));
    return (source: string, userId: string) => index.personIdOfUser(source, userId) ?? null;
  };
}

/** The key a row or a link gives the Person loader. */
export const personKey = (personId: string) => nodeKey(PERSON_SCOPE, personId);

export const PersonRef = builder.loadableNodeRef<Person | Error, string>('Person', {
  id: { resolve: (p) => personKey(p.id) },
  load: async (keys: string[], ctx: Context) => {
    const ids = keys.map((k) => splitNodeKey(k).remoteId);
    const found = await findPeople(ctx, ids);
    return found.map((p, i) => p ?? new NotFoundError('Person', ids[i]!));
  },
});

PersonRef.implement({
  description:
    'One human across sources: the users that share an e-mail address (case-insensitive, trimmed) or that people.links joins. ' +
    'A user without an e-mail address is a person of their own.',
  fields: (t) => ({
    name: t.string({ description: 'The name most of their accounts use.', resolve: (p) => (p as Person).name }),
    email: t.string({ nullable: true, description: 'The canonical address: the first of a configured link, else the shared address.', resolve: (p) => (p as Person).email }),
    emails: t.stringList({ description: "Every address the person's users have, lower-cased.", resolve: (p) => (p as Person).emails }),
    users: t.field({ type: [UserRef], description: 'The person in each source, ordered by source key.', resolve: (p) => (p as Person).users }),
  }),
});

builder.objectField(UserRef, 'person', (t) =>
  t.field({
    type: PersonRef,
    description: 'The same human across every source.',
    resolve: async (u, _, ctx) => {
      const user = u as User;
      const index = await peopleOf(ctx);
      // A user the listings did not return (its source's listing failed) still has a person.
      const known = index.personIdOfUser(user.source, user.remoteId) === undefined ? index.with([user]) : index;
      return known.get(identityOf(ctx).personIdOf(user))!;
    },
  }),
);

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    sources: t.stringList({ description: 'Source keys whose users are read; all sources when absent.' }),
    search: t.string({ description: 'Case-insensitive part of a name or an e-mail address.' }),
  }),
});

const PersonConnection = builder.connectionObject({ type: PersonRef, name: 'PersonConnection' }, { name: 'PersonEdge' });

builder.queryField('people', (t) =>
  t.field({
    type: PersonConnection,
    description: 'Everyone with a user in the selected sources, one entry per person, ordered by name.',
    args: {
      filter: t.arg({ type: PersonFilter, required: false }),
      first: t.arg.int({ required: false, description: 'Page size; at most the configured maximum (200 by default).' }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_, args, ctx) => {
      // Bad arguments are refused before any source is read.
      const first = pageSize(ctx, args.first);
      const cursor = decodePeopleCursor(args.after);
      const adapters = ctx.registry.select(args.filter?.sources);
      const page = pagePeople(await peopleOf(ctx, adapters), { search: args.filter?.search }, first, cursor);
      return {
        edges: page.edges,
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(args.after), startCursor: page.edges[0]?.cursor ?? null, endCursor: page.endCursor ?? args.after ?? null },
      } as never;
    },
  }),
);
