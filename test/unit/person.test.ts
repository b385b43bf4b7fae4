/** The identity rule (domain/person.ts), the Person ID shape (ids.ts) and people.links config. */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { ValidationError } from '../../src/domain/errors.js';
import { decodeGlobalId, encodeGlobalId, PERSON_ID_PART, PERSON_SCOPE } from '../../src/domain/ids.js';
import { linkProblems, normalizeEmail, PersonIdentity } from '../../src/domain/person.js';
import { naturalKey } from '../../src/migrate/natural-keys.js';

const user = (source: string, remoteId: string, email: string | null) => ({ source, remoteId, email });

describe('the identity rule', () => {
  it('compares addresses trimmed and case-insensitively; blank is no address', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(normalizeEmail('   ')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });

  it('gives one person ID per address, whatever the source, case or ID', () => {
    const rule = new PersonIdentity();
    const a = rule.personIdOf(user('cf', '1', 'Ada@Example.com'));
    expect(rule.personIdOf(user('local', 'x', ' ada@example.com'))).toBe(a);
    expect(rule.personIdOf(user('cf', '2', 'grace@example.com'))).not.toBe(a);
    expect(a).toMatch(PERSON_ID_PART);
  });

  it('makes each user without an address a person of their own', () => {
    const rule = new PersonIdentity();
    const one = rule.personIdOf(user('cf', '1', null));
    expect(rule.personIdOf(user('cf', '1', ''))).toBe(one);
    expect(rule.personIdOf(user('cf', '2', null))).not.toBe(one);
    expect(rule.personIdOf(user('tt', '1', null))).not.toBe(one);
    expect(one).toMatch(PERSON_ID_PART);
  });

  it('joins linked addresses under the first one, stable when addresses are added or links reordered', () => {
    const ada = new PersonIdentity().personIdOf(user('cf', '1', 'ada@a.com'));
    const linked = new PersonIdentity([{ emails: ['ada@a.com', 'A.Lovelace@b.org'] }, { emails: ['g@a.com', 'grace@b.org'] }]);
    expect(linked.canonicalEmail('a.lovelace@B.ORG')).toBe('ada@a.com');
    expect(linked.personIdOf(user('gz', 'u', 'a.lovelace@b.org'))).toBe(ada);
    const reordered = new PersonIdentity([{ emails: ['g@a.com', 'grace@b.org'] }, { emails: ['ada@a.com', 'a.lovelace@b.org', 'ada@c.net'] }]);
    expect(reordered.personIdOf(user('dz', '7', 'ada@c.net'))).toBe(ada);
  });

  it('finds an address in two links, or twice in one', () => {
    expect(linkProblems([{ emails: ['a@x.com', 'b@x.com'] }, { emails: ['c@x.com', ' A@X.com'] }])).toEqual([
      { link: 1, email: 1, message: expect.stringMatching(/"a@x\.com" is already in people\.links\.0/) },
    ]);
    expect(linkProblems([{ emails: ['a@x.com', 'A@x.com'] }])).toEqual([{ link: 0, email: 1, message: 'lists "a@x.com" twice' }]);
    expect(() => new PersonIdentity([{ emails: ['a@x.com', 'b@x.com'] }, { emails: ['b@x.com', 'c@x.com'] }])).toThrow(/already in people\.links\.0/);
  });

  it('is the rule migration matches users by', () => {
    for (const email of [' Ada@Example.com', 'ADA@example.com ', '']) {
      expect(naturalKey('user', { name: 'Ada', email })).toBe(normalizeEmail(email));
    }
  });
});

describe('Person IDs', () => {
  const lookup = (key: string) => (key === 'local' ? ('native' as const) : undefined);
  const part = new PersonIdentity().personIdOf(user('local', 'x', 'ada@example.com'));

  it('round-trip with the "*" scope, which no source key can be', () => {
    const id = encodeGlobalId('Person', PERSON_SCOPE, part);
    expect(id).not.toContain('ada');
    expect(decodeGlobalId(id, lookup, { expect: ['Person'] })).toEqual({ type: 'Person', source: PERSON_SCOPE, remoteId: part });
  });

  it.each([
    ['a source instead of the scope', encodeGlobalId('Person', 'local', part), /not a valid Person ID/],
    ['a remote part of another shape', encodeGlobalId('Person', PERSON_SCOPE, 'ada@example.com'), /not a valid Person ID/],
    ['another type in the person scope', encodeGlobalId('User', PERSON_SCOPE, part), /source "\*", which is not configured/],
  ])('refuse %s', (_, id, message) => {
    expect(() => decodeGlobalId(id, lookup)).toThrow(ValidationError);
    expect(() => decodeGlobalId(id, lookup)).toThrow(message);
  });

  it('refuse a Person ID where another type is expected', () => {
    expect(() => decodeGlobalId(encodeGlobalId('Person', PERSON_SCOPE, part), lookup, { expect: ['User'] })).toThrow(/is a Person ID; expected User/);
  });
});

describe('people.links in the config', () => {
  it('is optional, and takes links of two or more addresses', () => {
    expect(parseConfig({}).people.links).toEqual([]);
    expect(parseConfig({ people: { links: [{ emails: ['ada@a.com', 'a.lovelace@b.org'] }] } }).people.links).toHaveLength(1);
  });

  it('lists every problem by path: an address in two links, a lone address, something not an address', () => {
    let caught: unknown;
    try {
      parseConfig({ people: { links: [{ emails: ['ada@a.com', 'a.lovelace@b.org'] }, { emails: ['Ada@A.com', 'x@y.org'] }, { emails: ['lonely@a.com'] }, { emails: ['nope', 'z@y.org'] }] } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toContain('people.links.1.emails.0: "ada@a.com" is already in people.links.0; an address can belong to one person only (merge the two links)');
    expect(problems).toContain('people.links.2.emails: a link joins at least two addresses');
    expect(problems).toContain('people.links.3.emails.0: is not an e-mail address');
  });
});
