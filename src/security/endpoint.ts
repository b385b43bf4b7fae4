/**
 * GraphQL lives at exactly one path. Yoga itself answers GraphQL on any path that ends in the
 * endpoint (`/graphql/`, `//graphql`, `/x/graphql`, even `/?a=/graphql`), so this check runs in
 * `onRequestParse`, the hook every GraphQL request passes whatever its path, and answers 404
 * for any path that is not the configured one.
 */
import type { Plugin } from 'graphql-yoga';
import { refusalResponse } from './refusal.js';

export function onlyAtEndpoint(endpoint: string): Plugin {
  return {
    onRequestParse({ url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint) {
        endResponse(refusalResponse(fetchAPI, 'NOT_FOUND', `Not found: GraphQL is served at ${endpoint} only`, 404));
      }
    },
  };
}

/** True when GraphiQL may be rendered for this request: at the endpoint, nowhere else. */
export const isEndpoint = (request: Request, endpoint: string) => new URL(request.url).pathname === endpoint;
