/**
 * Issue #9 item 1: GraphQL is served on exactly one endpoint, and authentication and CSRF
 * prevention hold for every GraphQL request whatever path it came in on. Yoga answers
 * GraphQL on any path ending in /graphql or /graphql/, so a check by pathname let
 * `/graphql/`, `//graphql`, `/x/graphql` and `/healthz/graphql` past auth and CSRF. These
 * tests talk to a real listening server (the paths are sent as written on the wire) and
 * read the data back to show that no refused mutation happened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/main.js';
import { hashApiKey } from '../../src/security/auth.js';
import { sendRaw } from '../support/http-client.js';

const readKey = 'tg_read_endpoint_0123456789';
const writeKey = 'tg_write_endpoint_9876543210';

/** Sends one request with the path exactly as given (no URL normalisation on the way). */
const send = (gw: RunningGateway, path: string, body: string, headers: Record<string, string> = {}, method = 'POST') => sendRaw(gw.url, path, { method, headers, body });

const createTag = (name: string) => JSON.stringify({ query: `mutation { createTag(input: { source: "local", name: "${name}" }) { __typename } }` });
const OTHER_PATHS = ['/graphql/', '//graphql', '/x/graphql', '/healthz/graphql', '/readyz/graphql', '/?x=/graphql', '/a/b/graphql/'];

describe('GraphQL on exactly one endpoint, auth and CSRF on every GraphQL request', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(
      parseConfig({
        store: 'memory',
        port: 0,
        auth: {
          apiKeys: [
            { name: 'reader', hash: hashApiKey(readKey), access: 'read' },
            { name: 'writer', hash: hashApiKey(writeKey), access: 'read-write' },
          ],
        },
      }),
    );
  });
  afterAll(() => gw.close());

  /** Tag names in the store, read through the one endpoint with a valid key. */
  const tagNames = async () => {
    const res = await send(gw, '/graphql', JSON.stringify({ query: '{ tags(first: 200) { edges { node { name } } } }' }), { authorization: `Bearer ${writeKey}` });
    expect(res.status).toBe(200);
    return (JSON.parse(res.body).data.tags.edges as Array<{ node: { name: string } }>).map((e) => e.node.name);
  };

  it.each(OTHER_PATHS)('%s without a credential: 404 and nothing created', async (path) => {
    const name = `anon-${path}`;
    const res = await send(gw, path, createTag(name));
    expect(res.status).toBe(404);
    expect(await tagNames()).not.toContain(name);
  });

  it.each(OTHER_PATHS)('%s with a valid read-write key: still 404 (one endpoint only)', async (path) => {
    const name = `writer-${path}`;
    const res = await send(gw, path, createTag(name), { authorization: `Bearer ${writeKey}` });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(JSON.parse(res.body).errors[0].message).toContain('/graphql');
    expect(await tagNames()).not.toContain(name);
  });

  it('a read-only key cannot mutate through /graphql/ (or /graphql)', async () => {
    for (const [path, status] of [['/graphql/', 404], ['/graphql', 403]] as const) {
      const name = `reader-${path}`;
      const res = await send(gw, path, createTag(name), { authorization: `Bearer ${readKey}` });
      expect(res.status).toBe(status);
      expect(await tagNames()).not.toContain(name);
    }
  });

  it('a cross-site form POST (form-encoded) to /x/graphql or /graphql does not mutate', async () => {
    for (const path of ['/x/graphql', '/graphql']) {
      const name = `form-${path.replace(/\W/g, '')}`;
      const form = new URLSearchParams({ query: `mutation { createTag(input: { source: "local", name: "${name}" }) { __typename } }` }).toString();
      // A browser's HTML form carries no Authorization header; the write key here shows the
      // form body itself is refused, not merely the missing credential.
      const res = await send(gw, path, form, { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${writeKey}` });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await tagNames()).not.toContain(name);
    }
  });

  it('a form POST to /graphql is refused 415 with a code, and an unauthenticated one 401 or 415', async () => {
    const form = new URLSearchParams({ query: '{ sources { key } }' }).toString();
    const withKey = await send(gw, '/graphql', form, { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${writeKey}` });
    expect(withKey.status).toBe(415);
    expect(JSON.parse(withKey.body).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const anonymous = await send(gw, '/graphql', form, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([401, 415]).toContain(anonymous.status);
  });

  it('the one endpoint still works with a key, and refuses without one', async () => {
    const name = 'through-the-front-door';
    const ok = await send(gw, '/graphql', createTag(name), { authorization: `Bearer ${writeKey}` });
    expect(JSON.parse(ok.body).data.createTag.__typename).toBe('CreateTagSuccess');
    const anonymous = await send(gw, '/graphql', createTag('anonymous-front-door'));
    expect(anonymous.status).toBe(401);
    const readViaGet = await send(gw, `/graphql?query=${encodeURIComponent('{ sources { key } }')}`, '', {}, 'GET');
    expect(readViaGet.status).toBe(401);
    expect(await tagNames()).toEqual(expect.arrayContaining([name]));
    expect(await tagNames()).not.toContain('anonymous-front-door');
  });

  it('/healthz and /readyz keep answering without a credential', async () => {
    expect((await send(gw, '/healthz', '', {}, 'GET')).status).toBe(200);
    expect((await send(gw, '/readyz', '', {}, 'GET')).status).toBe(200);
  });

  it('GraphiQL loads at the endpoint only', async () => {
    const page = await send(gw, '/graphql', '', { accept: 'text/html' }, 'GET');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html/i);
    const elsewhere = await send(gw, '/x/graphql', '', { accept: 'text/html' }, 'GET');
    expect(elsewhere.status).toBe(404);
  });
});

describe('a configured endpoint', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(parseConfig({ store: 'memory', port: 0, graphqlEndpoint: '/api/graphql' }));
  });
  afterAll(() => gw.close());

  it('serves GraphQL there and 404 at /graphql', async () => {
    const query = JSON.stringify({ query: '{ sources { key } }' });
    const there = await send(gw, '/api/graphql', query);
    expect(JSON.parse(there.body)).toEqual({ data: { sources: [{ key: 'local' }] } });
    expect((await send(gw, '/graphql', query)).status).toBe(404);
    expect((await send(gw, '/api/graphql/', query)).status).toBe(404);
  });
});
