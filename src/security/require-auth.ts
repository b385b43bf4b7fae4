/**
 * With auth configured, every GraphQL request needs a valid API key or JWT (401 otherwise).
 * The check runs in `onRequestParse`, the hook every GraphQL request passes whatever its
 * path, before the body is read. The GraphiQL page itself loads without a credential (Yoga
 * renders it before this hook); its requests carry the header the user sets.
 */
import type { Plugin } from 'graphql-yoga';
import type { Authenticator, Principal } from './auth.js';
import { refusalResponse } from './refusal.js';

export function requireAuth(authenticate: Authenticator, principals: WeakMap<Request, Principal>): Plugin {
  return {
    async onRequestParse({ request, fetchAPI, endResponse }) {
      const outcome = await authenticate(request);
      if ('refused' in outcome) {
        endResponse(refusalResponse(fetchAPI, 'UNAUTHENTICATED', outcome.refused, 401, { 'www-authenticate': 'Bearer realm="timegate"' }));
        return;
      }
      principals.set(request, outcome.principal);
    },
  };
}
