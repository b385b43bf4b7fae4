import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UpstreamError } from '../domain/errors.js';
import { connectRedis } from '../redis.js';
import { createCacheFactory, type ResponseCache } from './cache.js';
import { createVendorHttp, RateLimiter, retryAfterMs, type VendorHttp, type VendorHttpOptions } from './http.js';
import { hasRedis } from '../../test/support/requirements.js';

const SECRET = 'sk-live-5f1d2c3b4a5968776655443322110099';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen, index: number) => void;

/** A loopback server whose answers a test scripts call by call. */
async function server(handler: Handler): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const srv: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      seen.push(entry);
      handler(req, res, entry, seen.length - 1);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      }),
  };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function client(url: string, extra: Partial<VendorHttpOptions> = {}): VendorHttp {
  const http = createVendorHttp({
    source: 'acme',
    vendor: 'clockify',
    baseUrl: url,
    headers: { 'X-Api-Key': SECRET },
    retryBaseDelayMs: 5,
    ...extra,
  });
  cleanups.push(() => http.close());
  return http;
}

async function start(handler: Handler) {
  const s = await server(handler);
  cleanups.push(s.close);
  return s;
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected the call to fail');
}

const Ok = z.object({ ok: z.boolean() });

describe('createVendorHttp', () => {
  it('retries a read after 5xx and then succeeds', async () => {
    const s = await start((_req, res, _seen, i) => (i < 2 ? json(res, 503, { message: 'busy' }) : json(res, 200, { ok: true })));
    const attempts: Array<number | null> = [];
    const http = client(s.url, { onRequest: (info) => attempts.push(info.status) });
    await expect(http.request('GET', '/things', Ok)).resolves.toEqual({ ok: true });
    expect(s.seen).toHaveLength(3);
    expect(attempts).toEqual([503, 503, 200]);
    expect(http.requestCount).toBe(3);
    expect(s.seen[0]!.url).toBe('/api/v1/things');
  });

  it('gives up after the configured retries with UPSTREAM_UNAVAILABLE', async () => {
    const s = await start((_req, res) => json(res, 502, { message: 'bad gateway' }));
    const err = await failure(client(s.url, { retries: 2 }).request('GET', '/things', Ok));
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(err.status).toBe(502);
    expect(err.source).toBe('acme');
    expect(s.seen).toHaveLength(3);
  });

  it('honours Retry-After on 429', async () => {
    const s = await start((_req, res, _seen, i) => (i === 0 ? json(res, 429, { message: 'Too many requests' }, { 'retry-after': '1' }) : json(res, 200, { ok: true })));
    const began = Date.now();
    await client(s.url).request('GET', '/things', Ok);
    expect(s.seen).toHaveLength(2);
    expect(s.seen[1]!.at - s.seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - began).toBeGreaterThanOrEqual(950);
  });

  it('reports UPSTREAM_RATE_LIMITED when 429 persists, and caps the wait', async () => {
    const s = await start((_req, res) => json(res, 429, { message: 'Too many requests' }, { 'retry-after': '3600' }));
    const began = Date.now();
    const err = await failure(client(s.url, { retries: 1, maxRetryWaitMs: 50 }).request('GET', '/things', Ok));
    expect(err.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(s.seen).toHaveLength(2);
  });

  it('does not retry a non-idempotent write after 5xx', async () => {
    const s = await start((_req, res) => json(res, 503, { message: 'busy' }));
    const err = await failure(client(s.url).request('POST', '/things', Ok, { body: { name: 'x' } }));
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(s.seen[0]!.body)).toEqual({ name: 'x' });
  });

  it('retries an idempotent write, and any write after 429', async () => {
    const s = await start((_req, res, _seen, i) => (i % 2 === 0 ? json(res, i === 0 ? 503 : 429, {}) : json(res, 200, { ok: true })));
    const http = client(s.url);
    await http.request('PUT', '/things/1', Ok, { body: {}, idempotent: true });
    await http.request('POST', '/things', Ok, { body: {} });
    expect(s.seen.map((r) => r.method)).toEqual(['PUT', 'PUT', 'POST', 'POST']);
  });

  it('retries a read after a connection reset', async () => {
    const s = await start((req, res, _seen, i) => (i === 0 ? req.socket.destroy() : json(res, 200, { ok: true })));
    await expect(client(s.url).request('GET', '/things', Ok)).resolves.toEqual({ ok: true });
    expect(s.seen).toHaveLength(2);
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE after retrying', async () => {
    const s = await start(() => undefined);
    await s.close();
    const attempts: number[] = [];
    const err = await failure(client(s.url, { retries: 2, onRequest: (i) => attempts.push(i.attempt) }).request('POST', '/things', Ok, { body: {} }));
    expect(err.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('times out a slow vendor with UPSTREAM_TIMEOUT', async () => {
    const s = await start((_req, res) => setTimeout(() => json(res, 200, { ok: true }), 1_000));
    const began = Date.now();
    const err = await failure(client(s.url, { timeoutMs: 100, retries: 0 }).request('GET', '/slow', Ok));
    expect(err.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - began).toBeLessThan(900);
  });

  it('turns malformed JSON into RESPONSE_VALIDATION_FAILED', async () => {
    const s = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"truncated": ');
    });
    const err = await failure(client(s.url).request('GET', '/things', Ok));
    expect(err.code).toBe('RESPONSE_VALIDATION_FAILED');
    expect(err.message).toContain('not JSON');
  });

  it('names the failing path of a shape mismatch without echoing values', async () => {
    const s = await start((_req, res) => json(res, 200, [{ id: 'a', timeInterval: { start: 'private-value-123' } }]));
    const schema = z.array(z.object({ id: z.string(), timeInterval: z.object({ start: z.number() }) }));
    const err = await failure(client(s.url).request('GET', '/entries', schema));
    expect(err.code).toBe('RESPONSE_VALIDATION_FAILED');
    expect(err.message).toContain('[0].timeInterval.start');
    expect(err.message).not.toContain('private-value-123');
  });

  it('never puts a header value in an error message', async () => {
    const s = await start((req, res) => json(res, 401, { message: `Api key ${String(req.headers['x-api-key'])} does not exist` }));
    const err = await failure(client(s.url).request('GET', '/user', Ok));
    expect(s.seen[0]!.headers['x-api-key']).toBe(SECRET);
    expect(err.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(err.message).not.toContain(SECRET);
    expect(err.message).toContain('[redacted]');
    expect(JSON.stringify(err)).not.toContain(SECRET);
    expect(String(err.stack)).not.toContain(SECRET);
  });

  it('scrubs per-request header values too', async () => {
    const s = await start((req, res) => json(res, 400, { message: `bad signature ${String(req.headers['x-signature'])}` }));
    const err = await failure(client(s.url).request('POST', '/sign', Ok, { body: {}, headers: { 'X-Signature': 'sig-0c1d2e3f4a5b' } }));
    expect(err.code).toBe('UPSTREAM_REJECTED');
    expect(err.message).not.toContain('sig-0c1d2e3f4a5b');
  });

  it('maps 404 and other 4xx, with the vendor message', async () => {
    const s = await start((req, res) => (req.url?.includes('missing') ? json(res, 404, { message: 'Nothing here' }) : json(res, 400, { message: 'Name is required' })));
    const http = client(s.url);
    const missing = await failure(http.request('GET', '/missing', Ok));
    expect(missing.code).toBe('UPSTREAM_NOT_FOUND');
    const rejected = await failure(http.request('POST', '/things', Ok, { body: {} }));
    expect(rejected.code).toBe('UPSTREAM_REJECTED');
    expect(rejected.message).toContain('Name is required');
    expect(rejected.message).toContain('clockify source "acme"');
  });

  it('spaces requests to the rate limit', async () => {
    const s = await start((_req, res) => json(res, 200, { ok: true }));
    const http = client(s.url, { rateLimitPerSecond: 5 });
    const began = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => http.request('GET', '/things', Ok)));
    expect(Date.now() - began).toBeGreaterThanOrEqual(950);
    const times = s.seen.map((r) => r.at).sort((a, b) => a - b);
    // No six requests ever fall inside one second.
    for (let i = 0; i + 5 < times.length; i++) expect(times[i + 5]! - times[i]!).toBeGreaterThanOrEqual(950);
  });

  it('encodes query arrays as repeated keys and accepts an empty 204', async () => {
    const s = await start((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const http = client(s.url);
    await expect(http.request('DELETE', '/things/1', z.undefined(), { query: { ids: ['a', 'b'], flag: true, skip: undefined } })).resolves.toBeUndefined();
    expect(s.seen[0]!.url).toBe('/api/v1/things/1?ids=a&ids=b&flag=true');
    const raw = await http.requestRaw('GET', '/things');
    expect(raw.status).toBe(204);
    expect(raw.body).toBeUndefined();
  });

  it('returns any status from requestRaw and sends multipart forms', async () => {
    const s = await start((_req, res) => json(res, 404, { message: 'gone' }));
    const form = new FormData();
    form.append('name', 'timegate');
    const raw = await client(s.url).requestRaw('POST', '/upload', { form });
    expect(raw.status).toBe(404);
    expect(raw.body).toEqual({ message: 'gone' });
    expect(String(s.seen[0]!.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    expect(s.seen[0]!.body).toContain('timegate');
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => createVendorHttp({ source: 'x', vendor: 'clockify', baseUrl: 'file:///etc/passwd', headers: {} })).toThrow(/http/);
  });
});

describe('createVendorHttp with a response cache', () => {
  const cached = async (url: string, extra: Partial<VendorHttpOptions> = {}) => {
    const caches = await createCacheFactory('memory');
    cleanups.push(() => caches.close());
    const cache: ResponseCache = caches.forSource('acme', 60)!;
    return client(url, { cache, ...extra });
  };
  /** Answers GET /things with a counter, so a test can tell which vendor answer it was served. */
  const Numbered = z.object({ n: z.number() });

  it('never caches a truncated 2xx body: the next call asks the vendor and succeeds', async () => {
    const s = await start((_req, res, _seen, i) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(i === 0 ? '{"n": ' : JSON.stringify({ n: i }));
    });
    const http = await cached(s.url);
    expect((await failure(http.request('GET', '/things', Numbered))).code).toBe('RESPONSE_VALIDATION_FAILED');
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
    // What parsed is cached: the third call costs nothing.
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
  });

  it('never caches a 2xx JSON body that fails the schema, nor one the vendor check refuses', async () => {
    const s = await start((_req, res, _seen, i) => json(res, 200, i === 0 ? { n: 'not a number' } : i === 1 ? { n: 1, status: false } : { n: i }));
    const http = await cached(s.url, { inspect: (status, body) => ((body as { status?: unknown }).status === false ? new UpstreamError('UPSTREAM_REJECTED', 'acme', 'refused', status) : undefined) });
    expect((await failure(http.request('GET', '/things', Numbered))).code).toBe('RESPONSE_VALIDATION_FAILED');
    expect((await failure(http.request('GET', '/things', Numbered))).code).toBe('UPSTREAM_REJECTED');
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 2 });
    expect(s.seen).toHaveLength(3);
  });

  it('asks the vendor again when a cached copy does not fit the caller, and keeps the new answer', async () => {
    const s = await start((_req, res, _seen, i) => json(res, 200, { n: i, ok: true }));
    const http = await cached(s.url);
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 0 });
    const Strict = z.object({ n: z.literal(1) });
    await expect(http.request('GET', '/things', Strict)).resolves.toEqual({ n: 1 });
    await expect(http.request('GET', '/things', Strict)).resolves.toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
  });

  it('shares one vendor call among concurrent misses of one key (single flight)', async () => {
    const s = await start((_req, res, _seen, i) => setTimeout(() => json(res, 200, { n: i }), 100));
    const http = await cached(s.url);
    const answers = await Promise.all(Array.from({ length: 10 }, () => http.request('GET', '/things', Numbered)));
    expect(answers).toEqual(Array.from({ length: 10 }, () => ({ n: 0 })));
    expect(s.seen).toHaveLength(1);
    // Another key is another call.
    await http.request('GET', '/things', Numbered, { query: { page: 2 } });
    expect(s.seen).toHaveLength(2);
  });

  it('shares a failure among the callers of one flight, and caches nothing from it', async () => {
    const s = await start((_req, res, _seen, i) => setTimeout(() => (i === 0 ? json(res, 404, { message: 'gone' }) : json(res, 200, { n: i })), 50));
    const http = await cached(s.url);
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => http.request('GET', '/things', Numbered)));
    expect(settled.map((r) => r.status)).toEqual(Array.from({ length: 5 }, () => 'rejected'));
    expect(s.seen).toHaveLength(1);
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 1 });
  });

  it('neither joins nor keeps a read that started before a write', async () => {
    // GET #0 is slow; the write lands while it is in flight.
    const s = await start((req, res, _seen, i) => (req.method === 'GET' && i === 0 ? setTimeout(() => json(res, 200, { n: i }), 200) : json(res, 200, { n: i })));
    const http = await cached(s.url);
    const before = http.request('GET', '/things', Numbered);
    await new Promise((r) => setTimeout(r, 50));
    await http.request('POST', '/things', Numbered, { body: {} });
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 2 });
    await expect(before).resolves.toEqual({ n: 0 });
    // The cache holds the answer read after the write, not the older one that finished last.
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 2 });
    expect(s.seen.map((r) => r.method)).toEqual(['GET', 'POST', 'GET']);
  });

  it.runIf(hasRedis('the shared Redis cache test'))('keeps nothing unparsed in a shared Redis cache either', async () => {
    const s = await start((_req, res, _seen, i) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(i === 0 ? '{"n": ' : JSON.stringify({ n: i }));
    });
    const redis = await connectRedis(process.env.REDIS_URL!);
    cleanups.push(() => redis.close());
    const caches = await createCacheFactory(process.env.REDIS_URL!, redis);
    cleanups.push(() => caches.close());
    // A namespace of its own: the Redis server is shared with other runs.
    const cache = caches.forSource(`http-test-${process.pid}-${Date.now()}`, 60)!;
    cleanups.push(() => cache.invalidate());
    const http = client(s.url, { cache });
    expect((await failure(http.request('GET', '/things', Numbered))).code).toBe('RESPONSE_VALIDATION_FAILED');
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 1 });
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
  });

  it('treats a POST marked as a read like a GET: cached and shared by body, clearing nothing', async () => {
    const s = await start((_req, res, _seen, i) => setTimeout(() => json(res, 200, { n: i }), 50));
    const http = await cached(s.url);
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 0 });
    const report = (page: number) => http.request('POST', '/reports/detailed', Numbered, { body: { page }, read: true });
    expect(await Promise.all([report(1), report(1), report(1)])).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    await expect(report(1)).resolves.toEqual({ n: 1 });
    await expect(report(2)).resolves.toEqual({ n: 2 });
    // The reads cleared nothing: the GET is still cached. A real write does clear it.
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 0 });
    await http.request('POST', '/things', Numbered, { body: {} });
    await expect(http.request('GET', '/things', Numbered)).resolves.toEqual({ n: 4 });
    expect(s.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/v1/things', 'POST /api/v1/reports/detailed', 'POST /api/v1/reports/detailed', 'POST /api/v1/things', 'GET /api/v1/things']);
  });

  it('keeps what requestRaw read only when it parsed', async () => {
    const s = await start((_req, res, _seen, i) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(i === 0 ? '{"n": ' : JSON.stringify({ n: i }));
    });
    const http = await cached(s.url);
    expect((await http.requestRaw('GET', '/things')).body).toBe('{"n": ');
    expect((await http.requestRaw('GET', '/things')).body).toEqual({ n: 1 });
    expect((await http.requestRaw('GET', '/things')).body).toEqual({ n: 1 });
    expect(s.seen).toHaveLength(2);
  });
});

describe('createVendorHttp redaction', () => {
  it('scrubs a secret that straddles the message cut before cutting', async () => {
    // The vendor message is cut at 300 characters; the key runs from 290 to 330.
    const s = await start((req, res) => json(res, 400, { message: `${'x'.repeat(290)}${String(req.headers['x-api-key'])} was refused` }));
    const err = await failure(client(s.url).request('GET', '/things', Ok));
    expect(err.code).toBe('UPSTREAM_REJECTED');
    expect(err.message).not.toContain(SECRET.slice(0, 8));
    expect(err.message).toContain('[redacted]');
  });

  it('scrubs the bare credential of an auth header with a scheme ("Bearer <token>")', async () => {
    const token = 'tok-9a8b7c6d5e4f3a2b';
    const s = await start((_req, res) => json(res, 401, { message: `token ${token} expired` }));
    const err = await failure(client(s.url, { headers: { authorization: `Bearer ${token}` } }).request('GET', '/things', Ok));
    expect(err.message).not.toContain(token);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('0.5')).toBe(500);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
});

describe('RateLimiter', () => {
  it('lets a burst of `rate` through at once and then waits', async () => {
    const limiter = new RateLimiter(4);
    const began = Date.now();
    for (let i = 0; i < 4; i++) await limiter.acquire();
    expect(Date.now() - began).toBeLessThan(100);
    await limiter.acquire();
    expect(Date.now() - began).toBeGreaterThanOrEqual(950);
  });
});
