import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { decryptSecret, encryptSecret, parseSecretKey } from '../../src/security/secret-box.js';

const key = randomBytes(32);
const keyHex = key.toString('hex');

describe('credentials encrypted at rest (AES-256-GCM)', () => {
  it('round-trips, and never writes the same ciphertext twice', () => {
    const a = encryptSecret('clockify-key-123', key);
    const b = encryptSecret('clockify-key-123', key);
    expect(a).toMatch(/^enc:v1:/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('clockify-key-123');
    expect(decryptSecret(a, key)).toBe('clockify-key-123');
  });

  it('refuses a wrong key and an altered value', () => {
    const sealed = encryptSecret('secret', key);
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA');
    expect(() => decryptSecret(tampered, key)).toThrow();
  });

  it('reads keys as hex or base64 and refuses other lengths', () => {
    expect(parseSecretKey(keyHex)).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey(undefined)).toBeNull();
    expect(() => parseSecretKey('abcd')).toThrow(/32 bytes/);
  });

  it('decrypts encrypted config strings at load, and lists what it cannot decrypt by path', () => {
    const sealed = encryptSecret('real-api-key', key);
    const source = { key: 'cf', vendor: 'clockify', workspaceId: 'a'.repeat(24), apiKey: sealed };
    const config = parseConfig({ sources: [source] }, { TIMEGATE_SECRET_KEY: keyHex });
    expect((config.sources[0] as { apiKey: string }).apiKey).toBe('real-api-key');

    const noKey = () => parseConfig({ sources: [source] }, {});
    expect(noKey).toThrow(ConfigError);
    expect(noKey).toThrow(/sources\.0\.apiKey: is encrypted, but TIMEGATE_SECRET_KEY is not set/);
    expect(() => parseConfig({ sources: [source] }, { TIMEGATE_SECRET_KEY: randomBytes(32).toString('hex') })).toThrow(/sources\.0\.apiKey: cannot be decrypted/);
  });
});
