/**
 * Route helpers for Dyzo's Django URLconf: every path parameter in the documented paths is an
 * `<int:…>` converter, so a non-numeric segment does not match the URL at all (HTML 404), and a
 * URL that exists answers other methods with DRF's 405.
 */
import type { HttpMethod, SimRequest, SimResponse, SimRoute } from '../kit.js';
import { djangoNotFound } from './envelope.js';

export type IntParams = Record<string, number>;
export type DyzoHandler = (req: SimRequest, params: IntParams) => SimResponse | Promise<SimResponse>;

export function route(method: HttpMethod, pattern: string, handler: DyzoHandler): SimRoute {
  return {
    method,
    pattern,
    handler: (req) => {
      const params: IntParams = {};
      for (const [name, raw] of Object.entries(req.params)) {
        if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) return djangoNotFound();
        params[name] = Number(raw);
      }
      return handler(req, params);
    },
  };
}

function patternMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return false;
  return want.every((segment, i) => (segment.startsWith(':') ? got[i] !== '' : segment === got[i]));
}

/**
 * Methods registered for a path; empty when the URL itself is unknown. Only slash-terminated
 * patterns count: a slash-less alias (the frontend's `DELETE /api/tasks/{id}`) must not turn
 * other slash-less requests into 405s, they stay 404 like any path missing its slash.
 */
export function allowedMethods(routes: SimRoute[], path: string): string[] {
  const methods = routes.filter((r) => r.pattern.endsWith('/') && patternMatches(r.pattern, path)).map((r) => r.method);
  return [...new Set(methods)];
}

/** Reads an integer path param that `route` already validated. */
export function param(params: IntParams, name: string): number {
  const value = params[name];
  if (value === undefined) throw new Error(`Dyzo simulator: route has no :${name} parameter`);
  return value;
}
