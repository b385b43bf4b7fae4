/**
 * Access to the gateway: API keys (the config holds only their SHA-256 hashes) and HS256 JWTs.
 * Each credential grants read or read-write access, to every source or to a listed few.
 * With no `auth` in the config the gateway is open, which is what `npm start` on localhost wants.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { AuthConfig } from '../config.js';

export type Access = 'read' | 'read-write';

export interface Principal {
  name: string;
  access: Access;
  /** Source keys this principal may use; null for every source. */
  sources: string[] | null;
}

/** The form a key is stored in: `sha256:<hex>`. `timegate hash-key` prints it. */
export function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

function credentialOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match ? match[1]! : null;
  }
  return request.headers.get('x-api-key')?.trim() || null;
}

export type Authenticator = (request: Request) => Promise<Principal | null>;

/** Returns the principal behind a request, or null when it carries no valid credential. */
export function createAuthenticator(config: AuthConfig): Authenticator {
  const keys = config.apiKeys.map((k) => ({ ...k, digest: Buffer.from(k.hash.slice('sha256:'.length), 'hex') }));
  const secret = config.jwt ? new TextEncoder().encode(config.jwt.secret) : null;
  return async (request) => {
    const credential = credentialOf(request);
    if (!credential) return null;
    if (secret && credential.split('.').length === 3) {
      try {
        const { payload } = await jwtVerify(credential, secret, {
          algorithms: ['HS256'],
          ...(config.jwt?.issuer ? { issuer: config.jwt.issuer } : {}),
          ...(config.jwt?.audience ? { audience: config.jwt.audience } : {}),
        });
        const scope = String(payload.scope ?? 'read');
        const sources = Array.isArray(payload.sources) ? payload.sources.map(String) : null;
        return { name: String(payload.sub ?? 'jwt'), access: scope.split(/\s+/).includes('read-write') ? 'read-write' : 'read', sources };
      } catch {
        return null;
      }
    }
    const digest = createHash('sha256').update(credential, 'utf8').digest();
    // Constant-time comparison against every key, so timing does not tell which one was close.
    let found: (typeof keys)[number] | undefined;
    for (const key of keys) if (timingSafeEqual(key.digest, digest)) found = key;
    return found ? { name: found.name, access: found.access, sources: found.sources ?? null } : null;
  };
}
