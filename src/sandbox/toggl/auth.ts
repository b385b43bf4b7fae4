/**
 * HTTP Basic authentication as Toggl documents it
 * (developers.track.toggl.com/docs/authentication):
 *   - API token: the token as user name and the literal string `api_token` as password;
 *   - email and password: `email:password`.
 * "If authentication fails, HTTP status code 403 is returned." (same page, ERROR box). So a
 * missing, malformed or wrong Authorization header is a 403 here, not a 401.
 */
import type { SimRequest } from '../kit.js';

export interface Credentials {
  apiToken: string;
  email: string;
  password: string;
}

export type AuthResult = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'wrong' };

export function checkBasicAuth(req: SimRequest, valid: Credentials): AuthResult {
  const header = req.headers['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return { ok: false, reason: 'missing' };
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value);
  if (!match) return { ok: false, reason: 'malformed' };
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'malformed' };
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password === 'api_token' && user === valid.apiToken) return { ok: true };
  if (user === valid.email && password === valid.password) return { ok: true };
  return { ok: false, reason: 'wrong' };
}
