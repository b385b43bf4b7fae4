/**
 * `Authorization: Bearer <token>` on every endpoint except `ping`, whose documented example
 * sends no header. The scheme word is case-insensitive (RFC 7235); a bare token without
 * `Bearer` (as the docs' Postman placeholder might suggest) is rejected, as the auth section
 * prescribes the Bearer form.
 */
import type { SimRequest, SimResponse } from '../kit.js';
import { unauthenticated } from './envelope.js';

export function bearerGuard(token: string, publicPaths: string[]): (req: SimRequest) => SimResponse | undefined {
  return (req) => {
    if (publicPaths.includes(req.path)) return undefined;
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    return match?.[1] === token ? undefined : unauthenticated();
  };
}
