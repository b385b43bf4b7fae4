/**
 * Which browser origins may call the gateway (CORS). Yoga's own default reflects any Origin
 * with `access-control-allow-credentials: true`, which lets every web page a user visits
 * read the gateway with that user's browser credentials. Here an origin is allowed only when
 * it matches the configured list, and a disallowed one gets no CORS headers at all (not
 * `access-control-allow-origin: null`, which a sandboxed page could match).
 *
 * Yoga answers every OPTIONS preflight with 204 itself and then calls the `cors` function for
 * the headers of every response, preflight included; so the decision lives in that function.
 */
import type { CORSOptions } from 'graphql-yoga';

export interface CorsConfig {
  /** Exact origins (`https://app.example.com`), or with any port (`http://localhost:*`), or `*`. */
  origins: string[];
  /** Send `access-control-allow-credentials: true` (never with `*`, which config refuses). */
  credentials: boolean;
}

/** While the gateway is open (no auth), pages served from this machine may use it: GraphiQL clones, local dev. */
export const LOCAL_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

/** The headers a browser client needs to send GraphQL with a credential. */
const ALLOWED_HEADERS = ['content-type', 'accept', 'authorization', 'x-api-key'];

/** The origins in effect: the configured ones, else local pages while auth is off, else none. */
export function effectiveCors(config: CorsConfig | undefined, authOn: boolean): CorsConfig {
  return config ?? { origins: authOn ? [] : LOCAL_ORIGINS, credentials: false };
}

/** True when `origin` (scheme://host[:port], as a browser sends it) matches one pattern. */
export function originMatches(origin: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith(':*')) {
    const prefix = pattern.slice(0, -2);
    if (origin === prefix) return true;
    return origin.startsWith(`${prefix}:`) && /^\d{1,5}$/.test(origin.slice(prefix.length + 1));
  }
  return origin === pattern;
}

/** Yoga's `cors` option: the allowed origin itself (never a list), or false for no headers. */
export function corsFor(config: CorsConfig): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !config.origins.some((p) => originMatches(origin, p))) return false;
    return {
      // One string: Yoga sends it as is. A list would make Yoga answer "null" for a miss.
      origin,
      credentials: config.credentials,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ALLOWED_HEADERS,
      maxAge: 600,
    };
  };
}

/** The answer depends on Origin, so shared caches must key on it (Yoga adds Vary only for lists). */
export const varyOnOrigin = {
  onResponse({ response }: { response: Response }) {
    const vary = response.headers.get('vary');
    if (!vary) response.headers.set('vary', 'Origin');
    else if (!/\borigin\b/i.test(vary)) response.headers.set('vary', `${vary}, Origin`);
  },
};
