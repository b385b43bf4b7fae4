/**
 * One person across sources, over GraphQL on HTTP against the six-source demo world: Ada
 * Lovelace has an account in every tracker and is one Person, whose report row is the sum of
 * her per-source user rows; `people` pages and searches; `people.links` joins addresses that
 * differ; Person IDs round-trip through node(id:) and survive a restart with sources in
 * another order; User.person links back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { encodeGlobalId, PERSON_SCOPE } from '../../src/domain/ids.js';
import { PersonIdentity } from '../../src/domain/person.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { hashApiKey } from '../../src/security/auth.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const PeopleQuery = graphql(`
  query People($filter: PersonFilter, $first: Int, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id name email emails users { id name email source { key } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PersonNode = graphql(`
  query PersonNode($id: ID!) {
    node(id: $id) { __typename id ... on Person { name email users { id source { key } } } }
  }
`);

const UsersWithPerson = graphql(`
  query UsersWithPerson($filter: UserFilter) {
    users(filter: $filter, first: 200) { edges { node { id email source { key } person { id email users { id } } } } }
  }
`);

const UserReport = graphql(`
  query UserReport($input: ReportInput!) {
    report(input: $input) { totalSeconds rows { totalSeconds billableSeconds entryCount source { key } user { id email } person { id } } }
  }
`);

const PersonReport = graphql(`
  query PersonReport($input: ReportInput!) {
    report(input: $input) {
      totalSeconds entryCount groupBy
      rows { totalSeconds billableSeconds entryCount source { key } user { id } person { id name email users { id source { key } } } }
    }
  }
`);

const RANGE = { from: '2026-11-02T00:00:00Z', to: '2026-11-21T00:00:00Z', timeZone: 'UTC' };

/** The test's own statement of the rule, so the expectation does not reuse the code under test. */
const addressKey = (email: string | null | undefined) => (email ? email.trim().toLowerCase() : null);

async function allPeople(gw: TestGateway, filter: Record<string, unknown> | null, first: number) {
  const people = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const { people: page }: { people: any } = await gw.data(PeopleQuery, { filter, first, after });
    people.push(...page.edges.map((e: { node: unknown }) => e.node));
    if (!page.pageInfo.hasNextPage) return people;
    after = page.pageInfo.endCursor;
  }
  throw new Error('people never ended');
}

type Row = { totalSeconds: number; billableSeconds: number; entryCount: number };
const add = (a: Row | undefined, b: Row): Row => ({
  totalSeconds: (a?.totalSeconds ?? 0) + b.totalSeconds,
  billableSeconds: (a?.billableSeconds ?? 0) + b.billableSeconds,
  entryCount: (a?.entryCount ?? 0) + b.entryCount,
});

describe('one person across six sources', () => {
  let world: World;
  let gw: TestGateway;
  const sourcesOf = () => [{ key: 'local', vendor: 'native' }, ...world.sources];
  beforeAll(async () => {
    world = await startWorld(['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack']);
    gw = await startTestGateway('memory', { sources: sourcesOf() });
    await seedNative(gw.gateway.registry.get('local'));
  });
  afterAll(async () => {
    await gw?.close();
    await world?.close();
  });

  it('reports by PERSON with each row the sum of that person’s per-source USER rows', async () => {
    const byUser = await gw.data(UserReport, { input: { ...RANGE, groupBy: ['USER'] } });
    const byPerson = await gw.data(PersonReport, { input: { ...RANGE, groupBy: ['PERSON'] } });

    // Expected: the USER rows summed per e-mail address (every demo user has one).
    const expected = new Map<string, Row>();
    const usersOfAddress = new Map<string, Set<string>>();
    for (const row of byUser.report.rows) {
      const key = addressKey(row.user?.email);
      expect(key).toBeTruthy();
      expected.set(key!, add(expected.get(key!), row));
      usersOfAddress.set(key!, (usersOfAddress.get(key!) ?? new Set()).add(row.user!.id));
    }
    // Before: Ada is listed once per source that tracks her time.
    expect(usersOfAddress.get('ada@example.com')!.size).toBeGreaterThanOrEqual(4);

    const actual = new Map<string, Row>();
    for (const row of byPerson.report.rows) {
      expect(row.user).toBeNull();
      expect(row.source).toBeNull();
      const key = addressKey(row.person?.email);
      expect(actual.has(key!)).toBe(false); // one row per person
      actual.set(key!, { totalSeconds: row.totalSeconds, billableSeconds: row.billableSeconds, entryCount: row.entryCount });
    }
    expect(actual).toEqual(expected);
    expect(byPerson.report.groupBy).toEqual(['PERSON']);
    expect(byPerson.report.totalSeconds).toBe(byUser.report.totalSeconds);

    const ada = byPerson.report.rows.find((r) => r.person?.email === 'ada@example.com')!;
    expect(ada.person!.name).toBe('Ada Lovelace');
    // Her person holds her user in every source, Desklog (no time entries) included.
    expect(ada.person!.users.map((u) => u.source.key)).toEqual(['demo-clockify', 'demo-desklog', 'demo-dyzo', 'demo-gauzy', 'demo-timetrack', 'local']);
  });

  it('keeps per-source rows apart when grouping by PERSON and SOURCE, and they match USER and SOURCE', async () => {
    const byUser = await gw.data(UserReport, { input: { ...RANGE, groupBy: ['SOURCE', 'USER'] } });
    const both = await gw.data(PersonReport, { input: { ...RANGE, groupBy: ['SOURCE', 'PERSON'] } });
    const expected = new Map<string, Row>();
    for (const row of byUser.report.rows) {
      const key = `${row.source!.key}|${addressKey(row.user!.email)}`;
      expected.set(key, add(expected.get(key), row));
    }
    const actual = new Map(both.report.rows.map((r) => [`${r.source!.key}|${addressKey(r.person!.email)}`, { totalSeconds: r.totalSeconds, billableSeconds: r.billableSeconds, entryCount: r.entryCount }]));
    expect(actual).toEqual(expected);
  });

  it('lists every user once, in one person per address, page by page, and searches by name or address', async () => {
    const everyone = await allPeople(gw, null, 200);
    const paged = await allPeople(gw, null, 3);
    expect(paged.map((p) => p.id)).toEqual(everyone.map((p) => p.id));
    expect(new Set(everyone.map((p) => p.id)).size).toBe(everyone.length);

    const { users } = await gw.data(op.Users, { first: 200 });
    const userIds = users.edges.map((e) => e.node.id).sort();
    expect(everyone.flatMap((p) => p.users.map((u: { id: string }) => u.id)).sort()).toEqual(userIds);
    for (const person of everyone) {
      const addresses = new Set(person.users.map((u: { email: string }) => addressKey(u.email)));
      expect(addresses.size).toBe(1);
      expect(person.email).toBe([...addresses][0]);
    }
    const addressCount = new Set(users.edges.map((e) => addressKey(e.node.email))).size;
    expect(everyone).toHaveLength(addressCount);

    const byName = await allPeople(gw, { search: 'LOVELACE' }, 200);
    expect(byName.map((p) => p.email)).toEqual(['ada@example.com']);
    expect(byName[0].users).toHaveLength(6);
    const byAddress = await allPeople(gw, { search: 'grace@EXAMPLE' }, 200);
    expect(byAddress.map((p) => p.name)).toEqual(['Grace Hopper']);
    const inOneSource = await allPeople(gw, { sources: ['demo-gauzy'], search: 'ada' }, 200);
    expect(inOneSource.map((p) => p.users.map((u: { source: { key: string } }) => u.source.key))).toEqual([['demo-gauzy']]);
    // The ID does not depend on which sources were read.
    expect(inOneSource[0].id).toBe(byName[0].id);
  });

  it('refuses a cursor it did not issue and a page size over the maximum', async () => {
    const badCursor = await gw.request(PeopleQuery, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooMany = await gw.request(PeopleQuery, { first: 5000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('round-trips a Person ID through node(id:), the same after a restart with the sources in another order', async () => {
    const [ada] = await allPeople(gw, { search: 'ada@example.com' }, 10);
    const { node } = await gw.data(PersonNode, { id: ada.id });
    expect(node).toMatchObject({ __typename: 'Person', id: ada.id, name: 'Ada Lovelace', email: 'ada@example.com' });
    expect((node as { users: unknown[] }).users).toHaveLength(6);

    const restarted = await startTestGateway('memory', { sources: [...sourcesOf()].reverse() });
    try {
      await seedNative(restarted.gateway.registry.get('local'));
      const again = await restarted.data(PersonNode, { id: ada.id });
      expect(again.node).toMatchObject({ __typename: 'Person', id: ada.id, email: 'ada@example.com' });
      const [listed] = await allPeople(restarted, { search: 'ada@example.com' }, 10);
      expect(listed.id).toBe(ada.id);
    } finally {
      await restarted.close();
    }

    const altered = await gw.request(PersonNode, { id: ada.id.replace(/^./, (c: string) => (c === 'U' ? 'V' : 'U')) });
    expect(altered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nobodyId = encodeGlobalId('Person', PERSON_SCOPE, new PersonIdentity().personIdOf({ source: 'local', remoteId: 'x', email: 'nobody@example.com' }));
    const nobody = await gw.request(PersonNode, { id: nobodyId });
    expect(nobody.data?.node).toBeNull();
    expect(nobody.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('links each user to their person', async () => {
    const [ada] = await allPeople(gw, { search: 'ada@example.com' }, 10);
    const { users } = await gw.data(UsersWithPerson, { filter: { search: 'Ada' } });
    const adas = users.edges.map((e) => e.node).filter((u) => addressKey(u.email) === 'ada@example.com');
    expect(adas.map((u) => u.source.key).sort()).toEqual(['demo-clockify', 'demo-desklog', 'demo-dyzo', 'demo-gauzy', 'demo-timetrack', 'local']);
    for (const user of adas) {
      expect(user.person.id).toBe(ada.id);
      expect(user.person.users.map((u) => u.id)).toContain(user.id);
    }
    const { users: graces } = await gw.data(UsersWithPerson, { filter: { email: 'grace@example.com' } });
    expect(graces.edges.length).toBeGreaterThan(0);
    for (const { node } of graces.edges) expect(node.person.id).not.toBe(ada.id);
  });
});

describe('people.links', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
    gw = await startTestGateway('memory', {
      sources: [{ key: 'local', vendor: 'native' }, ...world.sources],
      // Written in another case than the users have: links follow the same address rule.
      people: { links: [{ emails: ['ada@example.com', 'A.Lovelace@B.org'] }] },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await world?.close();
  });

  async function nativeUserWithTime(name: string, email: string, day: number) {
    const created = await gw.data(op.CreateUser, { input: { source: 'local', name, email } });
    const user = (created.createUser as { user: { id: string } }).user;
    const entry = await gw.data(op.CreateTimeEntry, {
      input: { source: 'local', userId: user.id, start: `2026-11-${day}T09:00:00Z`, end: `2026-11-${day}T10:15:00Z`, description: `${name} working` },
    });
    expect(entry.createTimeEntry.__typename).toBe('CreateTimeEntrySuccess');
    return user.id;
  }

  it('joins users whose addresses differ into one person, in people and in PERSON reports', async () => {
    const linkedId = await nativeUserWithTime('A. Lovelace', 'a.lovelace@b.org', 10);
    // A control: the same human by name, but an address no link names, stays apart.
    const unlinkedId = await nativeUserWithTime('Grace H.', 'grace.h@b.org', 11);

    const [ada, ...others] = await allPeople(gw, { search: 'lovelace' }, 10);
    expect(others).toHaveLength(0);
    expect(ada.email).toBe('ada@example.com');
    expect(ada.emails).toEqual(['a.lovelace@b.org', 'ada@example.com']);
    expect(ada.users.map((u: { source: { key: string } }) => u.source.key)).toEqual(['demo-clockify', 'local']);
    expect(ada.users.map((u: { id: string }) => u.id)).toContain(linkedId);
    expect(await allPeople(gw, { search: 'grace' }, 10)).toHaveLength(2);

    const byUser = await gw.data(UserReport, { input: { ...RANGE, groupBy: ['SOURCE', 'USER'] } });
    const byPerson = await gw.data(PersonReport, { input: { ...RANGE, groupBy: ['PERSON'] } });
    const adaUserIds = new Set(ada.users.map((u: { id: string }) => u.id));
    const adaRows = byUser.report.rows.filter((r) => adaUserIds.has(r.user!.id));
    expect(adaRows.map((r) => r.source!.key).sort()).toEqual(['demo-clockify', 'local']);
    const expected = adaRows.reduce<Row | undefined>((sum, r) => add(sum, r), undefined);
    const adaRow = byPerson.report.rows.filter((r) => r.person?.id === ada.id);
    expect(adaRow).toHaveLength(1);
    expect({ totalSeconds: adaRow[0]!.totalSeconds, billableSeconds: adaRow[0]!.billableSeconds, entryCount: adaRow[0]!.entryCount }).toEqual(expected);
    const graceRow = byPerson.report.rows.find((r) => r.person?.users.some((u) => u.id === unlinkedId));
    expect(graceRow?.person?.email).toBe('grace.h@b.org');
    expect(graceRow?.totalSeconds).toBe(75 * 60);
  });
});

describe('people seen through a credential scoped to some sources', () => {
  const allKey = 'tg_people_all_0123456789abcdef';
  const scopedKey = 'tg_people_clockify_0123456789abcdef';
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
    gw = await startTestGateway('memory', {
      sources: [{ key: 'local', vendor: 'native' }, ...world.sources],
      auth: {
        apiKeys: [
          { name: 'all', hash: hashApiKey(allKey), access: 'read' },
          { name: 'clockify-only', hash: hashApiKey(scopedKey), access: 'read', sources: ['demo-clockify'] },
        ],
      },
    });
    await seedNative(gw.gateway.registry.get('local'));
  });
  afterAll(async () => {
    await gw?.close();
    await world?.close();
  });

  const ask = async (key: string, query: string, variables: Record<string, unknown> = {}) =>
    (await (await gw.raw(JSON.stringify({ query, variables }), { headers: { authorization: `Bearer ${key}` } })).json()) as { data?: any; errors?: unknown[] };
  const SEARCH = '{ people(filter: { search: "ada@example.com" }) { edges { node { id users { source { key } } } } } }';
  const NODE = 'query($id: ID!) { node(id: $id) { ... on Person { users { source { key } } } } }';

  it('holds only the users of the sources the credential may read, under the same ID', async () => {
    const all = await ask(allKey, SEARCH);
    const scoped = await ask(scopedKey, SEARCH);
    const [everywhere] = all.data.people.edges.map((e: any) => e.node);
    const [clockifyOnly] = scoped.data.people.edges.map((e: any) => e.node);
    expect(everywhere.users.map((u: any) => u.source.key)).toEqual(['demo-clockify', 'local']);
    expect(clockifyOnly.users.map((u: any) => u.source.key)).toEqual(['demo-clockify']);
    expect(clockifyOnly.id).toBe(everywhere.id);
    const viaNode = await ask(scopedKey, NODE, { id: everywhere.id });
    expect(viaNode.data.node.users.map((u: any) => u.source.key)).toEqual(['demo-clockify']);
  });
});

describe('people when a source cannot list its users', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
    gw = await startTestGateway('memory', {
      cache: 'none',
      sources: [{ key: 'local', vendor: 'native' }, { ...world.sources[0]!, cacheTtlSeconds: 0, breakerThreshold: 1_000 }],
    });
    await seedNative(gw.gateway.registry.get('local'));
    // Clockify's users fail, its time entries (read from the detailed report) still answer.
    // (Gauzy cannot serve here any more: its time-log list needs the employee list.)
    world.clockify!.injectFaults({ serverErrors: 1_000_000, pathFilter: '/users' });
  });
  afterAll(async () => {
    await gw?.close();
    await world?.close();
  });

  it('lists the other sources’ people and names the failing source', async () => {
    const result = await gw.request(PeopleQuery, { first: 50 });
    const people = result.data!.people.edges.map((e) => e.node);
    expect(people.map((p) => p.email).sort()).toEqual(['ada@example.com', 'charles@example.com', 'grace@example.com']);
    expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', source: 'demo-clockify' })]);
  });

  it('keeps the time of users it cannot read in a row without a person, losing none', async () => {
    const bySource = await gw.request(UserReport, { input: { ...RANGE, groupBy: ['SOURCE'] } });
    const byPerson = await gw.request(PersonReport, { input: { ...RANGE, groupBy: ['PERSON'] } });
    const clockifySeconds = bySource.data!.report.rows.find((r) => r.source?.key === 'demo-clockify')!.totalSeconds;
    expect(clockifySeconds).toBeGreaterThan(0);
    expect(byPerson.data!.report.totalSeconds).toBe(bySource.data!.report.totalSeconds);
    const unknown = byPerson.data!.report.rows.filter((r) => r.person === null);
    expect(unknown.map((r) => r.totalSeconds)).toEqual([clockifySeconds]);
    expect(byPerson.errors?.map((e) => e.extensions?.source)).toEqual(['demo-clockify']);
  });
});
