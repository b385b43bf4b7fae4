/**
 * CSRF prevention: a browser sends form and text bodies cross-site without a preflight, so a
 * GraphQL POST must be JSON (which needs one). GET can only run queries, never mutations
 * (Yoga refuses those). Runs in `onRequestParse`, so it holds for every GraphQL request.
 */
import type { Plugin } from 'graphql-yoga';
import { refusalResponse } from './refusal.js';

const JSON_TYPES = new Set(['application/json', 'application/graphql-response+json', 'application/graphql+json']);

export const csrfPrevention: Plugin = {
  onRequestParse({ request, fetchAPI, endResponse }) {
    if (request.method !== 'POST') return;
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!JSON_TYPES.has(type)) {
      endResponse(refusalResponse(fetchAPI, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be application/json (send Content-Type: application/json)', 415));
    }
  },
};
