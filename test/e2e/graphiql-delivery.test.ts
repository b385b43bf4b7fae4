/**
 * The ~9 MB GraphiQL page is sent compressed when the browser accepts it, with an ETag so a
 * return visit is a 304 instead of another download (issue #13 item 10).
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/http/page-delivery.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('GraphiQL page delivery', () => {
  let gw: TestGateway;
  let plain: string;
  beforeAll(async () => {
    gw = await startTestGateway('memory');
  });
  afterAll(() => gw.close());

  const page = (headers: Record<string, string>) => gw.gateway.app.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html', ...headers } });

  it('without Accept-Encoding: the page as is, with an ETag and no-cache', async () => {
    const response = await page({});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    plain = await response.text();
    expect(plain).toContain('query Overview');
  });

  it('brotli when accepted, much smaller and the same page once decompressed', async () => {
    const response = await page({ 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(plain) / 3);
    expect(brotliDecompressSync(body).toString('utf8')).toBe(plain);
  });

  it('gzip when brotli is not accepted', async () => {
    const response = await page({ 'accept-encoding': 'gzip, br;q=0' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toBe(plain);
  });

  it('a revalidation with the ETag is a 304 without a body', async () => {
    const etag = (await page({})).headers.get('etag')!;
    const response = await page({ 'if-none-match': etag, 'accept-encoding': 'br' });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(etag);
  });

  it('GraphQL answers are not touched', async () => {
    const response = await gw.raw(JSON.stringify({ query: '{ sources { key } }' }), { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ data: { sources: [{ key: 'local' }] } });
  });

  it('reads Accept-Encoding with q-values', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('identity')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(null)).toBe('identity');
  });
});
