/** The claims a JWT may carry, read strictly: a malformed one is a refusal, never a default. */
import { describe, expect, it } from 'vitest';
import { principalFromClaims } from './auth.js';

describe('principalFromClaims', () => {
  it('reads sub, scope and sources, defaulting to read on every source', () => {
    expect(principalFromClaims({ sub: 'bot', scope: 'read-write', sources: ['local'] })).toEqual({ principal: { name: 'bot', access: 'read-write', sources: ['local'] } });
    expect(principalFromClaims({})).toEqual({ principal: { name: 'jwt', access: 'read', sources: null } });
  });

  it.each([
    [{ sources: 'local' }, 'sources'],
    [{ sources: [1] }, 'sources'],
    [{ sources: [] }, 'sources'],
    [{ sources: null }, 'sources'],
    [{ scope: 'admin' }, 'scope'],
    [{ scope: 'read read-write' }, 'scope'],
    [{ sub: 7 }, 'sub'],
  ])('refuses %j, naming claim %s', (claims, claim) => {
    const outcome = principalFromClaims(claims as Record<string, unknown>);
    expect(outcome).toEqual({ refused: expect.stringContaining(`claim "${claim}"`) });
  });
});
