/**
 * Credentials at rest: a config may hold vendor secrets encrypted with AES-256-GCM
 * (`enc:v1:…`), decrypted at load with the key in TIMEGATE_SECRET_KEY, so a config file
 * checked into a deployment repo or left on a disk never holds a plaintext API key.
 * `timegate encrypt-secret` writes such values.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const isEncrypted = (value: string) => value.startsWith(PREFIX);

/** Reads the 32-byte key from its environment form: 64 hex digits or base64. */
export function parseSecretKey(text: string | undefined): Buffer | null {
  if (!text) return null;
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('TIMEGATE_SECRET_KEY must be 32 bytes: 64 hex digits or base64');
  return key;
}

export function encryptSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Decrypts an `enc:v1:` value; a wrong key or an altered value throws (GCM authenticates). */
export function decryptSecret(value: string, key: Buffer): string {
  const packed = Buffer.from(value.slice(PREFIX.length), 'base64url');
  if (!isEncrypted(value) || packed.length < IV_BYTES + TAG_BYTES) throw new Error('is not an encrypted secret');
  const decipher = createDecipheriv('aes-256-gcm', key, packed.subarray(0, IV_BYTES));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
