/**
 * Production hardening through the public surface: GraphQL-over-HTTP audits, query limits
 * against known attacks, and gateway access control with API keys and JWTs.
 */
import { SignJWT } from 'jose';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/security/auth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const post = (gw: TestGateway, body: string, headers: Record<string, string> = {}) => gw.raw(body, { headers });
const query = (gw: TestGateway, text: string, headers: Record<string, string> = {}) => post(gw, JSON.stringify({ query: text }), headers);

describe('GraphQL over HTTP compliance (graphql-http audits)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory');
  });
  afterAll(() => gw.close());

  it('passes every MUST and SHOULD audit', async () => {
    const audits = serverAudits({ url: 'http://gateway.test/graphql', fetchFn: (input: any, init: any) => gw.gateway.app.fetch(input, init) });
    const results = await Promise.all(audits.map(async (audit) => ({ ...(await audit.fn()), name: audit.name })));
    const failing = results.filter((r) => r.status !== 'ok' && /^(MUST|SHOULD)/.test(r.name));
    expect(failing.map((f) => `${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});

describe('query limits reject attacks cleanly and keep serving', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory');
  });
  afterAll(() => gw.close());

  const deep = (n: number) => `{ timeEntries { edges { node { ${'project { client { '.repeat(1)}${'id '}} } ${'}'.repeat(0)} } } }`.replace('id ', `${'task { project { '.repeat(n)}id${' } }'.repeat(n)}`);

  const attacks: Array<[string, () => Promise<Response>]> = [
    ['deep nesting', () => query(gw, deep(12))],
    ['alias flood', () => query(gw, `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: sources { key }`).join(' ')} }`)],
    ['token flood', () => query(gw, `{ sources { ${'key '.repeat(5000)} } }`)],
    ['repeated fragments', () => query(gw, `query { sources { ...F ...F ...F ...F } } fragment F on Source { key vendor ${Array.from({ length: 50 }, (_, i) => `k${i}: key`).join(' ')} }`)],
    ['directive flood', () => query(gw, `{ sources { key ${'@include(if: true) '.repeat(100)} } }`)],
    ['huge string variable', () => post(gw, JSON.stringify({ query: 'query($s: String) { users(filter: { search: $s }) { edges { node { id } } } }', variables: { s: 'x'.repeat(200_000) } }))],
    ['malformed JSON', () => post(gw, '{"query": "{ sources { key } }"')],
    ['wrong content type', () => gw.raw('query=%7B+sources+%7B+key+%7D+%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } })],
    ['oversized first', () => query(gw, '{ timeEntries(first: 100000) { edges { node { id } } } }')],
    ['batched array', () => post(gw, JSON.stringify([{ query: '{ sources { key } }' }, { query: '{ sources { key } }' }]))],
    ['mutation over GET', () => gw.raw('', { method: 'GET', path: '/graphql?query=mutation%7BcreateTag(input%3A%7Bsource%3A%22local%22%2Cname%3A%22x%22%7D)%7B__typename%7D%7D' })],
  ];

  it.each(attacks)('%s: a 4xx or a GraphQL error, never a 5xx', async (_, attack) => {
    const response = await attack();
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    if (response.status < 400) expect(JSON.parse(text).errors?.length).toBeGreaterThan(0);
    const healthy = await (await query(gw, '{ sources { key } }')).json();
    expect(healthy).toEqual({ data: { sources: [{ key: 'local' }] } });
  });
});

describe('gateway access control', () => {
  const readKey = 'tg_read_0123456789abcdef';
  const writeKey = 'tg_write_fedcba9876543210';
  const scopedKey = 'tg_scoped_aaaaaaaaaaaaaaaa';
  const jwtSecret = 'a-test-jwt-secret-that-is-long-enough-123';
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory', {
      sources: [{ key: 'local', vendor: 'native' }, { key: 'archive', vendor: 'native' }],
      introspection: false,
      auth: {
        apiKeys: [
          { name: 'reader', hash: hashApiKey(readKey), access: 'read' },
          { name: 'writer', hash: hashApiKey(writeKey), access: 'read-write' },
          { name: 'archive-only', hash: hashApiKey(scopedKey), access: 'read-write', sources: ['archive'] },
        ],
        jwt: { secret: jwtSecret, issuer: 'timegate-tests' },
      },
    });
  });
  afterAll(() => gw.close());

  const createTag = (headers: Record<string, string>, source = 'local') =>
    query(gw, `mutation { createTag(input: { source: "${source}", name: "t-${Math.random()}" }) { __typename ... on Error { message } } }`, headers);

  it('answers 401 without a valid credential, and never echoes it', async () => {
    const none = await query(gw, '{ sources { key } }');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
    const wrong = await query(gw, '{ sources { key } }', { authorization: 'Bearer not-a-key-at-all' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('not-a-key-at-all');
  });

  it('lets a read-only key read but not mutate; a read-write key do both', async () => {
    const read = await query(gw, '{ sources { key } }', { authorization: `Bearer ${readKey}` });
    expect(await read.json()).toEqual({ data: { sources: [{ key: 'local' }, { key: 'archive' }] } });
    const denied = await createTag({ authorization: `Bearer ${readKey}` });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await createTag({ 'x-api-key': writeKey });
    expect(((await allowed.json()) as any).data.createTag.__typename).toBe('CreateTagSuccess');
  });

  it('confines a scoped key to its sources', async () => {
    const seen = await query(gw, '{ sources { key } }', { authorization: `Bearer ${scopedKey}` });
    expect(await seen.json()).toEqual({ data: { sources: [{ key: 'archive' }] } });
    const elsewhere = await createTag({ authorization: `Bearer ${scopedKey}` }, 'local');
    expect(((await elsewhere.json()) as any).data.createTag.__typename).toBe('ValidationError');
    const own = await createTag({ authorization: `Bearer ${scopedKey}` }, 'archive');
    expect(((await own.json()) as any).data.createTag.__typename).toBe('CreateTagSuccess');
  });

  it('accepts a signed JWT with its scope and refuses a forged one', async () => {
    const sign = (secret: string, scope: string) =>
      new SignJWT({ scope, sources: ['local'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('ci-bot').setIssuer('timegate-tests').setExpirationTime('5m').sign(new TextEncoder().encode(secret));
    const good = await sign(jwtSecret, 'read-write');
    const ok = await createTag({ authorization: `Bearer ${good}` });
    expect(((await ok.json()) as any).data.createTag.__typename).toBe('CreateTagSuccess');
    const readOnly = await createTag({ authorization: `Bearer ${await sign(jwtSecret, 'read')}` });
    expect(readOnly.status).toBe(403);
    const forged = await query(gw, '{ sources { key } }', { authorization: `Bearer ${await sign('another-secret-that-is-long-enough-0000', 'read-write')}` });
    expect(forged.status).toBe(401);
  });

  it('hides introspection when the config turns it off', async () => {
    const result = await query(gw, '{ __schema { types { name } } }', { authorization: `Bearer ${readKey}` });
    const body = (await result.json()) as any;
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
