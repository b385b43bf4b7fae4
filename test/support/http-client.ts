/**
 * A plain HTTP/1.1 client for tests that must control the wire: the path exactly as written
 * (no URL normalisation), and bodies sent chunked with no Content-Length.
 */
import { request as httpRequest } from 'node:http';

export interface WireResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface WireRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A whole body (sent with Content-Length), or chunks (sent chunked, no Content-Length). */
  body?: string | Iterable<string | Uint8Array>;
}

export function sendRaw(baseUrl: string, path: string, init: WireRequest = {}): Promise<WireResponse> {
  const { port, hostname } = new URL(baseUrl);
  const method = init.method ?? 'POST';
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method, headers: { 'content-type': 'application/json', ...init.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    // The server may answer (413) and close before a large body is fully written: the
    // response is what the test reads, so a write cut short is not a failure.
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', (error) => (answered ? undefined : reject(error)));
    if (init.body === undefined || method === 'GET') return req.end();
    if (typeof init.body === 'string') return req.end(init.body);
    const chunks = init.body[Symbol.iterator]();
    const writeNext = (): void => {
      for (;;) {
        const next = chunks.next();
        if (next.done || answered || req.destroyed) return void req.end();
        if (!req.write(next.value)) return void req.once('drain', writeNext);
      }
    };
    writeNext();
  });
}

export const json = (res: Pick<WireResponse, 'body'>) => JSON.parse(res.body) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
