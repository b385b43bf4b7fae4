/**
 * Gathering people (gateway/people.ts) over adapters that answer from memory: the grouping,
 * the name a person is shown by, users a listing missed, and keyset paging.
 */
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/contract.js';
import type { User } from '../../src/domain/entities.js';
import { PersonIdentity } from '../../src/domain/person.js';
import { decodePeopleCursor, gatherPeople, pagePeople, withUsers } from '../../src/gateway/people.js';

const user = (source: string, remoteId: string, name: string, email: string | null): User => ({
  source, remoteId, name, email, role: 'MEMBER', roleLabel: null, status: 'ACTIVE', statusLabel: null, timeZone: null, raw: null,
});

/** A source whose listing shows `listed` and whose getMany also finds `hidden` (e.g. deactivated). */
function source(key: string, listed: User[], hidden: User[] = []): Adapter {
  const all = [...listed, ...hidden];
  return {
    key,
    vendor: 'native',
    entities: {
      user: {
        list: async (_filter, page) => {
          const start = Number(page.token ?? 0);
          const next = start + page.size;
          return { items: listed.slice(start, next), nextPage: next < listed.length ? String(next) : null };
        },
        getMany: async (ids) => ids.map((id) => all.find((u) => u.remoteId === id) ?? new Error(`no ${id}`)),
      },
    },
  } as Adapter;
}

describe('gathering people', () => {
  const rule = new PersonIdentity();

  it('groups users by address, independent of the order sources are given in', async () => {
    const a = source('a', [user('a', '1', 'Ada Lovelace', 'ada@x.com'), user('a', '2', 'Grace Hopper', 'grace@x.com')]);
    const b = source('b', [user('b', '9', 'Ada L.', 'ADA@x.com '), user('b', '8', 'No Mail', null)]);
    const c = source('c', [user('c', '5', 'Ada Lovelace', 'ada@x.com')]);
    const one = (await gatherPeople([a, b, c], rule)).index.people;
    const other = (await gatherPeople([c, b, a], rule)).index.people;
    expect(other).toEqual(one);
    expect(one.map((p) => [p.name, p.email, p.users.map((u) => `${u.source}:${u.remoteId}`)])).toEqual([
      ['Ada Lovelace', 'ada@x.com', ['a:1', 'b:9', 'c:5']],
      ['Grace Hopper', 'grace@x.com', ['a:2']],
      ['No Mail', null, ['b:8']],
    ]);
  });

  it('reads users a listing missed by ID, so their time joins the right person', async () => {
    const a = source('a', [user('a', '1', 'Ada Lovelace', 'ada@x.com')]);
    const b = source('b', [], [user('b', '7', 'Ada (left)', 'ada@x.com')]);
    const { index } = await gatherPeople([a, b], rule);
    expect(index.personIdOfUser('b', '7')).toBeUndefined();
    const { index: more, failures } = await withUsers(index, [a, b], [{ source: 'b', userId: '7' }, { source: 'b', userId: 'gone' }]);
    expect(failures).toEqual([]);
    expect(more.personIdOfUser('b', '7')).toBe(more.personIdOfUser('a', '1'));
    expect(more.personIdOfUser('b', 'gone')).toBeUndefined();
    expect(more.people).toHaveLength(1);
  });

  it('pages by keyset: a person added between two pages shifts no one', async () => {
    const users = ['Ann', 'Bob', 'Cid', 'Dee'].map((n, i) => user('a', String(i + 1), n, `${n.toLowerCase()}@x.com`));
    const before = (await gatherPeople([source('a', users)], rule)).index;
    const first = pagePeople(before, {}, 2, null);
    expect(first.edges.map((e) => e.node.name)).toEqual(['Ann', 'Bob']);
    const after = before.with([user('a', '9', 'Aaron', 'aaron@x.com')]);
    expect(pagePeople(after, {}, 2, decodePeopleCursor(first.endCursor)).edges.map((e) => e.node.name)).toEqual(['Cid', 'Dee']);
    expect(pagePeople(after, { search: 'DEE@' }, 10, null).edges.map((e) => e.node.name)).toEqual(['Dee']);
  });
});
