/**
 * GET /metrics. Open while the gateway is open; under auth it needs a gateway credential
 * (any API key or JWT the GraphQL endpoint accepts) or the separate `metrics.token`, so a
 * scraper can be given a token that cannot read any data.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../security/auth.js';
import { refusalResponse } from '../security/refusal.js';
import type { Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

function bearerOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  return match ? match[1]! : null;
}

export function metricsEndpoint(registry: Registry, access: { authenticate?: Authenticator; token?: string }): Plugin {
  const tokenDigest = access.token ? digest(access.token) : null;
  const allowed = async (request: Request): Promise<boolean> => {
    if (!access.authenticate && !tokenDigest) return true;
    const bearer = bearerOf(request);
    // Compared as digests, in constant time, so timing does not tell how close a guess was.
    if (tokenDigest && bearer && timingSafeEqual(digest(bearer), tokenDigest)) return true;
    if (access.authenticate) return 'principal' in (await access.authenticate(request));
    return false;
  };
  return {
    async onRequest({ url, request, fetchAPI, endResponse }) {
      if (url.pathname !== METRICS_PATH || request.method !== 'GET') return;
      if (!(await allowed(request))) {
        endResponse(
          refusalResponse(fetchAPI, 'UNAUTHENTICATED', 'Metrics need "Authorization: Bearer <API key, JWT or metrics.token>"', 401, {
            'www-authenticate': 'Bearer realm="timegate"',
          }),
        );
        return;
      }
      endResponse(new fetchAPI.Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }));
    },
  };
}
