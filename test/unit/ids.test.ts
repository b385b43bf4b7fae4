import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/errors.js';
import { assertRemoteId, decodeGlobalId, encodeGlobalId, pathSegment, type Vendor } from '../../src/domain/ids.js';

const sources: Record<string, Vendor> = { local: 'native', cf: 'clockify', gz: 'gauzy', dl: 'desklog', dz: 'dyzo', tt: 'timetrack' };
const lookup = (key: string) => sources[key];
const UUID = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('global IDs', () => {
  it.each([
    ['User', 'local', UUID],
    ['Project', 'cf', '5b715612b079875110791111'],
    ['TimeEntry', 'gz', UUID],
    ['Task', 'dl', '641'],
    ['TimeEntry', 'dz', '9007199254740993'],
    ['Client', 'tt', '101'],
  ] as const)('round-trips %s from %s', (type, source, remoteId) => {
    const id = encodeGlobalId(type, source, remoteId);
    expect(id).not.toContain(remoteId);
    expect(decodeGlobalId(id, lookup)).toEqual({ type, source, remoteId });
  });

  it('is stable: the same entity always gets the same ID', () => {
    expect(encodeGlobalId('Tag', 'local', UUID)).toBe(encodeGlobalId('Tag', 'local', UUID));
  });

  const refuse = (id: string, expect_: RegExp, options = {}) => {
    let caught: unknown;
    try {
      decodeGlobalId(id, lookup, { path: 'input.id', ...options });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues[0]!.path).toEqual(['input', 'id']);
    expect((caught as ValidationError).message).toMatch(expect_);
  };

  it('refuses malformed, tampered, foreign-type, unknown-source and wrongly shaped IDs', () => {
    const good = encodeGlobalId('User', 'local', UUID);
    refuse('', /not a timegate ID/);
    refuse('hello', /not a timegate ID/);
    refuse(`${good}x`, /not a timegate ID/);
    refuse(good.replace(/^./, (c) => (c === 'V' ? 'W' : 'V')), /damaged or altered/);
    refuse(good, /expected Project/, { expect: ['Project'] });
    refuse(encodeGlobalId('User', 'ghost', UUID), /not configured/);
    refuse(encodeGlobalId('User', 'cf', UUID), /24-character hex/);
    refuse(encodeGlobalId('User', 'dl', '0'), /positive integer/);
    refuse(encodeGlobalId('User', 'dl', '..'), /positive integer/);
    refuse(encodeGlobalId('User', 'local', '../etc/passwd'), /UUID/);
    refuse(encodeGlobalId('Spaceship' as never, 'local', UUID), /unknown type/);
    // Traversal in every spelling never reaches a URL: none of them has a vendor's ID shape.
    for (const sneaky of ['..', '.', '%2e%2e', '.%2e', '%2E%2E', '%252e%252e', '..%2f', '1/../2', '1%2f..%2f2', '12 ']) {
      for (const source of ['cf', 'dl', 'dz', 'tt', 'gz', 'local']) refuse(encodeGlobalId('Task', source, sneaky), /is not|must be/);
    }
  });

  it('checks remote IDs per vendor and encodes path segments', () => {
    expect(() => assertRemoteId('clockify', '5B715612B079875110791111')).not.toThrow();
    expect(() => assertRemoteId('gauzy', 'not-a-uuid')).toThrow(ValidationError);
    expect(pathSegment('a/b')).toBe('a%2Fb');
    expect(pathSegment(42)).toBe('42');
    expect(() => pathSegment('..')).toThrow(ValidationError);
    expect(() => pathSegment('.')).toThrow(ValidationError);
  });
});
