/**
 * CORS through the public surface: which browser origins get CORS headers, for a preflight
 * (OPTIONS) and for the request itself, with auth off (local pages only by default), with
 * auth on (no origin by default) and with a configured list. A disallowed origin gets no
 * CORS header at all, and credentials are never allowed unless configured for listed origins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/security/auth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const preflight = (gw: TestGateway, origin: string) =>
  gw.gateway.app.fetch('http://gateway.test/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
const post = (gw: TestGateway, origin: string, headers: Record<string, string> = {}) =>
  gw.raw(JSON.stringify({ query: '{ sources { key } }' }), { headers: { origin, ...headers } });

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));

describe('CORS with auth off and no cors config: local pages only', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway('memory');
  });
  afterAll(() => gw.close());

  it('a preflight from another site gets no CORS headers', async () => {
    const response = await preflight(gw, 'https://evil.example');
    expect(corsHeaders(response)).toEqual({});
  });

  it('a request from another site is not granted to the page (no allow-origin, no credentials)', async () => {
    const response = await post(gw, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('a look-alike of localhost is refused', async () => {
    for (const origin of ['http://localhost.evil.example', 'http://localhost:80x', 'https://localhost:3000', 'http://127.0.0.1.evil.example:80']) {
      expect(corsHeaders(await preflight(gw, origin))).toEqual({});
    }
  });

  it('a page on http://localhost:<any port> is allowed, without credentials', async () => {
    const response = await preflight(gw, 'http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await post(gw, 'http://127.0.0.1:8080');
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(await answer.json()).toEqual({ data: { sources: [{ key: 'local' }] } });
  });
});

describe('CORS with auth on', () => {
  const key = 'cors-test-key-0123456789';
  const auth = { apiKeys: [{ name: 'app', hash: hashApiKey(key) }] };
  let closed: TestGateway;
  let listed: TestGateway;
  beforeAll(async () => {
    closed = await startTestGateway('memory', { auth });
    listed = await startTestGateway('memory', { auth, cors: { origins: ['https://app.example.com'], credentials: true } });
  });
  afterAll(async () => {
    await closed.close();
    await listed.close();
  });

  it('by default no origin at all, not even localhost', async () => {
    expect(corsHeaders(await preflight(closed, 'http://localhost:5173'))).toEqual({});
    expect(corsHeaders(await post(closed, 'https://app.example.com', { authorization: `Bearer ${key}` }))).toEqual({});
  });

  it('a listed origin is allowed with credentials, preflight and request', async () => {
    const response = await preflight(listed, 'https://app.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const answer = await post(listed, 'https://app.example.com', { authorization: `Bearer ${key}` });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(await answer.json()).toEqual({ data: { sources: [{ key: 'local' }] } });
  });

  it('an origin not listed gets nothing, credentials included', async () => {
    expect(corsHeaders(await preflight(listed, 'https://evil.example'))).toEqual({});
    expect(corsHeaders(await post(listed, 'https://evil.example', { authorization: `Bearer ${key}` }))).toEqual({});
  });
});

describe('cors config', () => {
  it('refuses credentials with "*" and an origin with a path, by path', async () => {
    await expect(startTestGateway('memory', { cors: { origins: ['*'], credentials: true } })).rejects.toThrow(/cors\.credentials: credentials: true cannot go with "\*"/);
    await expect(startTestGateway('memory', { cors: { origins: ['https://app.example.com/'] } })).rejects.toThrow(/cors\.origins\.0: must be/);
  });

  it('"*" without credentials answers any origin with that origin and no credentials', async () => {
    const gw = await startTestGateway('memory', { cors: { origins: ['*'] } });
    try {
      const response = await preflight(gw, 'https://anyone.example');
      expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await gw.close();
    }
  });
});
