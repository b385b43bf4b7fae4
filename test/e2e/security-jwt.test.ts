/**
 * Issue #9 item 3 through a real listening gateway: a JWT must carry `exp`; with
 * `auth.jwt.maxAgeSeconds` it must carry a recent enough `iat`; and a signed token whose
 * claims are malformed (a `sources` that is not a list of source keys, an unknown `scope`)
 * is refused with 401 and a message naming the claim, never read as "every source".
 */
import { SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/main.js';
import { json, sendRaw } from '../support/http-client.js';

const SECRET = 'a-jwt-secret-for-the-claims-tests-0123456789';
const SOURCES = [{ key: 'local', vendor: 'native' }, { key: 'archive', vendor: 'native' }];

interface TokenOptions {
  exp?: number | null;
  iat?: number | null;
  secret?: string;
}

/** Signs `claims` with HS256; exp defaults to 5 minutes ahead, iat to now (null leaves either out). */
async function token(claims: Record<string, unknown>, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: JWTPayload = { sub: 'ci-bot', ...claims };
  const exp = options.exp === undefined ? now + 300 : options.exp;
  const iat = options.iat === undefined ? now : options.iat;
  if (exp !== null) payload.exp = exp;
  if (iat !== null) payload.iat = iat;
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(options.secret ?? SECRET));
}

const askSources = (gw: RunningGateway, jwt: string) =>
  sendRaw(gw.url, '/graphql', { body: JSON.stringify({ query: '{ sources { key } }' }), headers: { authorization: `Bearer ${jwt}` } });

async function expectRefused(gw: RunningGateway, jwt: string, message: RegExp) {
  const res = await askSources(gw, jwt);
  expect(res.status).toBe(401);
  expect(res.body).not.toContain(jwt);
  const error = json(res).errors![0]!;
  expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  expect(error.message).toMatch(message);
  expect(json(res).data).toBeUndefined();
}

describe('JWT claims are required and checked', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(parseConfig({ store: 'memory', port: 0, sources: SOURCES, auth: { jwt: { secret: SECRET } } }));
  });
  afterAll(() => gw.close());

  it('accepts a well-formed token, scoped to its sources', async () => {
    const res = await askSources(gw, await token({ scope: 'read', sources: ['archive'] }));
    expect(json(res)).toEqual({ data: { sources: [{ key: 'archive' }] } });
    const all = await askSources(gw, await token({ scope: 'read-write' }));
    expect(json(all)).toEqual({ data: { sources: [{ key: 'local' }, { key: 'archive' }] } });
  });

  it('refuses a token without exp', async () => {
    await expectRefused(gw, await token({ scope: 'read' }, { exp: null }), /claim "exp" is required/);
  });

  it('refuses an expired token', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(gw, await token({ scope: 'read' }, { exp: hourAgo, iat: hourAgo - 60 }), /expired/);
  });

  it('refuses sources given as a string instead of giving every source', async () => {
    await expectRefused(gw, await token({ scope: 'read', sources: 'archive' }), /claim "sources" must be an array of source keys/);
  });

  it('refuses sources that are not source keys, and an empty list', async () => {
    await expectRefused(gw, await token({ sources: [1, 2] }), /claim "sources"/);
    await expectRefused(gw, await token({ sources: ['Archive Source'] }), /claim "sources"/);
    await expectRefused(gw, await token({ sources: [] }), /claim "sources" must list at least one/);
  });

  it('refuses an unknown scope and a non-string subject', async () => {
    await expectRefused(gw, await token({ scope: 'admin' }), /claim "scope" must be "read" or "read-write"/);
    await expectRefused(gw, await token({ scope: ['read-write'] }), /claim "scope"/);
    await expectRefused(gw, await token({ sub: 42 }), /claim "sub"/);
  });

  it('says nothing about the claims of a token with a bad signature', async () => {
    await expectRefused(gw, await token({ sources: 'archive' }, { secret: 'someone-elses-secret-that-is-long-enough-00' }), /^Invalid credential/);
  });
});

describe('auth.jwt.maxAgeSeconds', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(parseConfig({ store: 'memory', port: 0, sources: SOURCES, auth: { jwt: { secret: SECRET, maxAgeSeconds: 600 } } }));
  });
  afterAll(() => gw.close());

  it('accepts a fresh token', async () => {
    expect(json(await askSources(gw, await token({ scope: 'read' }))).data.sources).toHaveLength(2);
  });

  it('refuses a token issued longer ago than the maximum age, even with exp far ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(gw, await token({ scope: 'read' }, { iat: now - 3600, exp: now + 86_400 }), /issued more than 600 seconds ago \(auth\.jwt\.maxAgeSeconds\)/);
  });

  it('refuses a token without iat, whose age cannot be known', async () => {
    await expectRefused(gw, await token({ scope: 'read' }, { iat: null }), /claim "iat" is required .*maxAgeSeconds/);
  });
});
