/**
 * Access to the gateway: API keys (the config holds only their SHA-256 hashes) and HS256 JWTs.
 * Each credential grants read or read-write access, to every source or to a listed few.
 * With no `auth` in the config the gateway is open, which is what `npm start` on localhost wants.
 *
 * A JWT is trusted only when every claim the gateway reads is well formed: a token whose
 * `sources` is not a list of source keys must not fall back to "every source", and one
 * without `exp` must not live forever. So a signed token with a missing or malformed claim
 * is refused with a message naming the claim (the signature is checked first, so only the
 * holder of a genuinely signed token learns which claim was wrong).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '../config.js';
import { SOURCE_KEY_PATTERN } from '../domain/ids.js';

export type Access = 'read' | 'read-write';

export interface Principal {
  name: string;
  access: Access;
  /** Source keys this principal may use; null for every source. */
  sources: string[] | null;
}

/** Who is asking, or why they are refused (the message is safe to show: it never holds the credential). */
export type AuthOutcome = { principal: Principal } | { refused: string };

export const AUTHENTICATION_REQUIRED = 'Authentication required: send "Authorization: Bearer <API key or JWT>"';
/** A credential was sent but is not one of ours: say so, rather than ask for one. */
export const INVALID_CREDENTIAL = 'Invalid credential: the API key or JWT sent is not accepted by this gateway; check it, or ask for a new one';

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

/** The claims the gateway reads; anything else in the token is ignored. */
const claimsSchema = z.object({
  sub: z.string({ message: 'must be a string' }).min(1, 'must not be empty').optional(),
  scope: z.enum(['read', 'read-write'], { message: 'must be "read" or "read-write"' }).optional(),
  sources: z
    .array(z.string().regex(SOURCE_KEY_PATTERN, 'must be source keys'), { message: 'must be an array of source keys' })
    .min(1, 'must list at least one source key (leave it out for every source)')
    .optional(),
});

export function principalFromClaims(payload: JWTPayload): AuthOutcome {
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { refused: `JWT refused: claim "${String(issue.path[0])}" ${issue.message}` };
  }
  const { sub, scope, sources } = parsed.data;
  return { principal: { name: sub ?? 'jwt', access: scope ?? 'read', sources: sources ?? null } };
}

/** A client-facing reason for a signed token whose registered claims failed; null to say nothing. */
function claimFailure(error: unknown, maxAgeSeconds: number | undefined): string | null {
  if (!(error instanceof joseErrors.JWTClaimValidationFailed || error instanceof joseErrors.JWTExpired)) return null;
  const { claim, reason } = error;
  if (reason === 'missing') {
    const why = claim === 'iat' ? ' (auth.jwt.maxAgeSeconds is set, so the token must say when it was issued)' : '';
    return `JWT refused: claim "${claim}" is required${why}`;
  }
  if (reason === 'invalid') return `JWT refused: claim "${claim}" must be a number of seconds since 1970`;
  if (claim === 'exp') return 'JWT refused: it has expired; get a new token';
  if (claim === 'iat' && error instanceof joseErrors.JWTExpired) return `JWT refused: issued more than ${maxAgeSeconds} seconds ago (auth.jwt.maxAgeSeconds); get a new token`;
  if (claim === 'iat') return 'JWT refused: claim "iat" is in the future';
  if (claim === 'nbf') return 'JWT refused: not valid yet (nbf)';
  return `JWT refused: claim "${claim}" does not match what this gateway expects`;
}

export type Authenticator = (request: Request) => Promise<AuthOutcome>;

/** Returns the principal behind a request, or why it is refused. */
export function createAuthenticator(config: AuthConfig): Authenticator {
  const keys = config.apiKeys.map((k) => ({ ...k, digest: Buffer.from(k.hash.slice('sha256:'.length), 'hex') }));
  const jwt = config.jwt;
  const secret = jwt ? new TextEncoder().encode(jwt.secret) : null;
  return async (request) => {
    const credential = credentialOf(request);
    if (!credential) return { refused: AUTHENTICATION_REQUIRED };
    if (secret && jwt && credential.split('.').length === 3) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(credential, secret, {
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
          ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
          ...(jwt.audience ? { audience: jwt.audience } : {}),
          ...(jwt.maxAgeSeconds ? { maxTokenAge: jwt.maxAgeSeconds } : {}),
        }));
      } catch (error) {
        return { refused: claimFailure(error, jwt.maxAgeSeconds) ?? INVALID_CREDENTIAL };
      }
      return principalFromClaims(payload);
    }
    const digest = createHash('sha256').update(credential, 'utf8').digest();
    // Constant-time comparison against every key, so timing does not tell which one was close.
    let found: (typeof keys)[number] | undefined;
    for (const key of keys) if (timingSafeEqual(key.digest, digest)) found = key;
    return found ? { principal: { name: found.name, access: found.access, sources: found.sources ?? null } } : { refused: INVALID_CREDENTIAL };
  };
}
