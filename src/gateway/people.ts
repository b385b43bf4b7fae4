/**
 * People: every source's users gathered and grouped by the identity rule (domain/person.ts),
 * so one human with an account in five trackers is one `Person` holding five `User`s.
 *
 * Sources are read concurrently, each through its user list paged to the end; a source that
 * fails is reported and the others still give their people (its users are simply missing).
 * Cost: one user listing per source (ceil(users / page) requests each, cached like any read).
 */
import type { Adapter } from '../adapters/contract.js';
import type { User } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import { normalizeEmail, type PersonIdentity } from '../domain/person.js';
import { readAll } from '../migrate/read.js';
import type { SourceFailure } from './fanout.js';
import { nodeKey } from './refs.js';

export interface Person {
  /** The ID part of the person's global ID (domain/person.ts). */
  id: string;
  name: string;
  /** The canonical address: a link's first address, or the users' shared one; null for a user without one. */
  email: string | null;
  /** Every address the person's users have, normalized, sorted. */
  emails: string[];
  /** One user per account, ordered by source key. */
  users: User[];
}

const bySourceThenId = (a: User, b: User) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.remoteId < b.remoteId ? -1 : a.remoteId > b.remoteId ? 1 : 0);

/**
 * The name a person is shown by: the one most of their accounts use (so one stale account
 * does not rename them); on a tie, the first by source key, so the answer does not depend on
 * the order sources are configured or answer in.
 */
function nameOf(users: User[], email: string | null): string {
  const counts = new Map<string, number>();
  for (const u of users) {
    const name = u.name.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const u of users) {
    const name = u.name.trim();
    if (name && (best === null || counts.get(name)! > counts.get(best)!)) best = name;
  }
  return best ?? email ?? '';
}

const sortKey = (p: Person) => p.name.toLowerCase();

/** People ordered by name, then ID: the one order `people` pages through. */
export function comparePeople(a: Person, b: Person): number {
  const an = sortKey(a);
  const bn = sortKey(b);
  return an < bn ? -1 : an > bn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The people among a set of users, with lookups by person ID and by user. */
export class PeopleIndex {
  readonly people: Person[];
  private readonly byId = new Map<string, Person>();
  private readonly ofUser = new Map<string, string>();

  constructor(
    private readonly identity: PersonIdentity,
    readonly users: readonly User[],
  ) {
    const groups = new Map<string, User[]>();
    for (const user of users) {
      const id = identity.personIdOf(user);
      const group = groups.get(id);
      if (group) group.push(user);
      else groups.set(id, [user]);
      this.ofUser.set(nodeKey(user.source, user.remoteId), id);
    }
    this.people = [...groups].map(([id, members]) => {
      const sorted = [...members].sort(bySourceThenId);
      const email = identity.canonicalEmail(sorted[0]!.email);
      const emails = [...new Set(sorted.map((u) => normalizeEmail(u.email)).filter((e): e is string => e !== null))].sort();
      return { id, name: nameOf(sorted, email), email, emails, users: sorted };
    });
    this.people.sort(comparePeople);
    for (const person of this.people) this.byId.set(person.id, person);
  }

  get(id: string): Person | undefined {
    return this.byId.get(id);
  }

  /** The person ID of a user this index holds; undefined for a user it has not seen. */
  personIdOfUser(source: string, userId: string): string | undefined {
    return this.ofUser.get(nodeKey(source, userId));
  }

  /** The same index with more users (e.g. ones a listing did not return), grouped by the same rule. */
  with(extra: readonly User[]): PeopleIndex {
    const known = new Set(this.users.map((u) => nodeKey(u.source, u.remoteId)));
    const added = extra.filter((u) => !known.has(nodeKey(u.source, u.remoteId)));
    return added.length ? new PeopleIndex(this.identity, [...this.users, ...added]) : this;
  }
}

export interface Gathered {
  index: PeopleIndex;
  failures: SourceFailure[];
}

/** Reads every user of the given sources (those that can list users) and groups them. */
export async function gatherPeople(adapters: readonly Adapter[], identity: PersonIdentity): Promise<Gathered> {
  const listing = adapters.filter((a) => Boolean(a.entities.user?.list));
  const settled = await Promise.allSettled(listing.map((adapter) => readAll(adapter, 'user', {})));
  const users: User[] = [];
  const failures: SourceFailure[] = [];
  settled.forEach((result, i) => {
    const adapter = listing[i]!;
    if (result.status === 'fulfilled') users.push(...result.value);
    else failures.push({ source: adapter.key, vendor: adapter.vendor, error: result.reason });
  });
  return { index: new PeopleIndex(identity, users), failures };
}

/**
 * Users an index does not hold (a report names users its listing missed: deleted accounts,
 * or a listing that failed), read by ID so they join the right person. Users that cannot be
 * read stay unknown; their time is then counted without a person, never dropped.
 */
export async function withUsers(index: PeopleIndex, adapters: readonly Adapter[], refs: ReadonlyArray<{ source: string; userId: string }>): Promise<Gathered> {
  const missing = new Map<string, Set<string>>();
  for (const { source, userId } of refs) {
    if (index.personIdOfUser(source, userId) !== undefined) continue;
    missing.set(source, (missing.get(source) ?? new Set()).add(userId));
  }
  const failures: SourceFailure[] = [];
  const found: User[] = [];
  await Promise.all(
    [...missing].map(async ([source, ids]) => {
      const adapter = adapters.find((a) => a.key === source);
      const getMany = adapter?.entities.user?.getMany;
      if (!adapter || !getMany) return;
      try {
        const users = await getMany.call(adapter.entities.user, [...ids]);
        for (const user of users) if (!(user instanceof Error)) found.push(user);
      } catch (error) {
        failures.push({ source, vendor: adapter.vendor, error });
      }
    }),
  );
  return { index: index.with(found), failures };
}

export interface PeopleFilter {
  /** Case-insensitive part of a name or an e-mail address of any of the person's users. */
  search?: string | null;
}

function matches(person: Person, filter: PeopleFilter): boolean {
  const search = filter.search?.trim().toLowerCase();
  if (!search) return true;
  if (person.name.toLowerCase().includes(search)) return true;
  if (person.emails.some((e) => e.includes(search))) return true;
  return person.users.some((u) => u.name.toLowerCase().includes(search));
}

/** A keyset cursor: the sort key and ID of the last person handed out. */
export interface PeopleCursor {
  name: string;
  id: string;
}

function encodePeopleCursor(person: Person): string {
  return Buffer.from(JSON.stringify({ v: 1, p: { name: sortKey(person), id: person.id } }), 'utf8').toString('base64url');
}

export function decodePeopleCursor(after: string | null | undefined): PeopleCursor | null {
  if (!after) return null;
  try {
    const parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { v?: number; p?: { name?: unknown; id?: unknown } };
    if (parsed.v === 1 && typeof parsed.p?.name === 'string' && typeof parsed.p.id === 'string') return { name: parsed.p.name, id: parsed.p.id };
  } catch {
    // reported below as a typed error
  }
  throw ValidationError.field('after', 'is not a cursor this API issued');
}

export interface PeoplePage {
  edges: Array<{ node: Person; cursor: string }>;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of people after a cursor. Keyset rather than offset: a person appearing or
 * disappearing between two pages shifts nothing, so no one is skipped or repeated.
 */
export function pagePeople(index: PeopleIndex, filter: PeopleFilter, first: number, cursor: PeopleCursor | null): PeoplePage {
  const rest = index.people.filter(
    (p) => matches(p, filter) && (!cursor || sortKey(p) > cursor.name || (sortKey(p) === cursor.name && p.id > cursor.id)),
  );
  const edges = rest.slice(0, first).map((node) => ({ node, cursor: encodePeopleCursor(node) }));
  return { edges, hasNextPage: rest.length > first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null };
}
