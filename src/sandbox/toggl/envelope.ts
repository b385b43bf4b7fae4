/**
 * Toggl's error bodies. API v9 answers most 4xx with a short plain-text message, not a JSON
 * object (observed by API clients that read `response.text()` on failure, e.g. the
 * @savikko/tttui client, src/api/client.ts; the v9 reference lists no error schema:
 * developers.track.toggl.com/docs/api/time_entries). The exact wordings below are
 * ours where the docs give none (marked "wording not verified" in docs/vendors/toggl.md).
 */
import type { SimResponse } from '../kit.js';

export function textError(status: number, message: string, headers?: Record<string, string>): SimResponse {
  return { status, body: message, headers: { 'content-type': 'text/plain; charset=utf-8', ...(headers ?? {}) } };
}

/** 200 with a JSON body (`null` included: `GET /me/time_entries/current` answers `null` when idle). */
export function json(body: unknown, headers?: Record<string, string>): SimResponse {
  return { status: 200, body: JSON.stringify(body), headers: { 'content-type': 'application/json; charset=utf-8', ...(headers ?? {}) } };
}
