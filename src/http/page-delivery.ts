/**
 * The GraphiQL page is about 9 MB of HTML (editor and bundle inlined, so it works offline).
 * Sent as is, every visit costs 9 MB. Here it is compressed once per distinct page with
 * node:zlib (brotli or gzip, whichever the browser accepts), kept in memory, and served with
 * an ETag and `Cache-Control: no-cache`, so a browser that has it revalidates with a 304
 * instead of downloading it again.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip' | 'identity';

interface Prepared {
  etag: string;
  bodies: Map<Encoding, Promise<Uint8Array>>;
  plain: Uint8Array;
}

/** The best encoding the client accepts (q > 0), preferring brotli, then gzip. */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

const ifNoneMatchHas = (header: string | null, etag: string) => Boolean(header) && (header!.trim() === '*' || header!.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

export function compressedPages(): Plugin {
  // Keyed by ETag; the page only changes with the gateway's config or version, so few entries.
  const pages = new Map<string, Prepared>();
  const prepare = (plain: Uint8Array): Prepared => {
    const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
    let page = pages.get(etag);
    if (!page) {
      if (pages.size >= 8) pages.clear();
      page = { etag, plain, bodies: new Map() };
      pages.set(etag, page);
    }
    return page;
  };
  const bodyOf = (page: Prepared, encoding: Encoding): Promise<Uint8Array> => {
    if (encoding === 'identity') return Promise.resolve(page.plain);
    let body = page.bodies.get(encoding);
    if (!body) {
      // Brotli quality 5: a fraction of the size at a small, one-off cost (11 takes seconds on 9 MB).
      body = encoding === 'br' ? brotli(page.plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipped(page.plain, { level: 6 });
      page.bodies.set(encoding, body);
    }
    return body;
  };
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      if (response.headers.has('content-encoding')) return;
      const page = prepare(new Uint8Array(await response.arrayBuffer()));
      // Copied by hand with lower-case names: a Headers copied from Yoga's (built from a plain
      // object with 'Content-Type') keeps the original case and then misses get('content-type').
      const headers = new fetchAPI.Headers();
      response.headers.forEach((value, name) => {
        if (name.toLowerCase() !== 'content-length') headers.set(name.toLowerCase(), value);
      });
      headers.set('etag', page.etag);
      headers.set('cache-control', 'no-cache');
      headers.set('vary', [headers.get('vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
      if (ifNoneMatchHas(request.headers.get('if-none-match'), page.etag)) {
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      if (encoding !== 'identity') headers.set('content-encoding', encoding);
      // A Buffer is a Uint8Array over an ArrayBufferLike, which the DOM BodyInit type does not name.
      setResponse(new fetchAPI.Response((await bodyOf(page, encoding)) as Uint8Array<ArrayBuffer>, { status: 200, headers }));
    },
  };
}
