/**
 * Refuses request bodies over the limit (413). Content-Length alone is not enough: a chunked
 * body has none, so the bytes are counted as they stream and reading stops at the first byte
 * over the limit; nothing larger is ever buffered. Runs in `onRequestParse`, on every
 * GraphQL request whatever its path.
 */
import type { Plugin } from 'graphql-yoga';
import { refusalResponse } from './refusal.js';

type FetchAPI = { Response: typeof Response; Request: typeof Request };

const tooLarge = (fetchAPI: FetchAPI, maxBytes: number) =>
  refusalResponse(fetchAPI, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${maxBytes} bytes (limits.maxBodyBytes): send a smaller document or pass large values another way`, 413);

/** Reads the whole body, or returns null as soon as it passes `maxBytes`. */
async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function bodySizeLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, endResponse }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && !/^\d+$/.test(declared.trim())) {
        endResponse(refusalResponse(fetchAPI, 'BAD_REQUEST', 'Content-Length must be one non-negative integer', 400));
        return;
      }
      if (declared !== null && Number(declared) > maxBytes) {
        endResponse(tooLarge(fetchAPI, maxBytes));
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (incoming) => {
        const bytes = incoming.body ? await readAtMost(incoming.body, maxBytes) : new Uint8Array();
        if (bytes === null) return tooLarge(fetchAPI, maxBytes);
        return parse(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: bytes, signal: incoming.signal }));
      });
    },
  };
}
