/**
 * Global IDs (contract, ARCHITECTURE.md §3): opaque, stable, and self-checking.
 *
 * Wire form: base64url("<Type>:<sourceKey>:<remoteId>") + "." + a six-character check of that
 * text. The check is not a secret: it catches hand-edited and truncated IDs so they fail as a
 * typed error instead of reaching a vendor as a plausible-looking request.
 */
import { createHash } from 'node:crypto';
import { ValidationError } from './errors.js';

export const NODE_TYPES = ['User', 'Team', 'Client', 'Project', 'Task', 'Tag', 'TimeEntry', 'Source', 'Migration', 'Timesheet', 'Person'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * A Person spans sources, so its ID names none: the source part is "*", which no source key
 * can be (SOURCE_KEY_PATTERN), and the remote part is the hash domain/person.ts derives.
 */
export const PERSON_SCOPE = '*';
export const PERSON_ID_PART = /^[0-9a-f]{32}$/;

export const VENDORS = ['native', 'clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack'] as const;
export type Vendor = (typeof VENDORS)[number];

/** Source keys appear inside IDs and URLs, so they are kept to a safe alphabet. */
export const SOURCE_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const INTEGER = /^[1-9][0-9]{0,17}$/;

/** The shape of a vendor's own IDs; anything else is refused before it can reach a URL. */
export const REMOTE_ID_SHAPES: Record<Vendor, { pattern: RegExp; describe: string }> = {
  native: { pattern: UUID, describe: 'a UUID' },
  clockify: { pattern: OBJECT_ID, describe: 'a 24-character hex id' },
  gauzy: { pattern: UUID, describe: 'a UUID' },
  desklog: { pattern: INTEGER, describe: 'a positive integer' },
  dyzo: { pattern: INTEGER, describe: 'a positive integer' },
  timetrack: { pattern: INTEGER, describe: 'a positive integer' },
};

export interface GlobalIdParts {
  type: NodeType;
  source: string;
  remoteId: string;
}

function check(payload: string): string {
  return createHash('sha256').update(payload).digest('base64url').slice(0, 6);
}

export function encodeGlobalId(type: NodeType, source: string, remoteId: string): string {
  const payload = `${type}:${source}:${remoteId}`;
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${check(payload)}`;
}

/** Looks up the vendor of a configured source key; undefined when no such source exists. */
export type SourceVendorLookup = (sourceKey: string) => Vendor | undefined;

export interface DecodeOptions {
  /** Types the caller accepts here; an ID of another type is refused. */
  expect?: readonly NodeType[];
  /** Field path used in the ValidationError, e.g. "input.projectId". */
  path?: string;
}

/**
 * Decodes and validates a global ID: well-formed, untampered, of an accepted type, from a
 * configured source, with a remote ID of that vendor's shape. Every failure is a
 * ValidationError naming the field; nothing here does I/O.
 */
export function decodeGlobalId(id: string, lookup: SourceVendorLookup, options: DecodeOptions = {}): GlobalIdParts {
  const path = options.path ?? 'id';
  const fail = (message: string) => ValidationError.field(path, message);
  const dot = id.lastIndexOf('.');
  if (dot <= 0 || id.length > 600 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/.test(id)) throw fail('is not a timegate ID');
  const payload = Buffer.from(id.slice(0, dot), 'base64url').toString('utf8');
  if (check(payload) !== id.slice(dot + 1)) throw fail('is not a valid timegate ID (damaged or altered)');
  const match = /^([A-Za-z]+):([^:]+):(.+)$/s.exec(payload);
  if (!match) throw fail('is not a timegate ID');
  const [, type, source, remoteId] = match as unknown as [string, string, string, string];
  if (!(NODE_TYPES as readonly string[]).includes(type)) throw fail(`names an unknown type "${type}"`);
  if (options.expect && !options.expect.includes(type as NodeType)) {
    throw fail(`is a ${type} ID; expected ${options.expect.join(' or ')}`);
  }
  if (type === 'Person') {
    if (source !== PERSON_SCOPE || !PERSON_ID_PART.test(remoteId)) throw fail('is not a valid Person ID');
    return { type, source, remoteId };
  }
  const vendor = lookup(source);
  if (!vendor) throw fail(`names source "${source}", which is not configured`);
  if (type !== 'Source' && type !== 'Migration') assertRemoteId(vendor, remoteId, path);
  return { type: type as NodeType, source, remoteId };
}

/** Refuses a remote ID that does not have its vendor's shape (this also rules out `.`, `..`, `/`). */
export function assertRemoteId(vendor: Vendor, remoteId: string, path = 'id'): void {
  const shape = REMOTE_ID_SHAPES[vendor];
  if (!shape.pattern.test(remoteId)) {
    throw ValidationError.field(path, `holds a ${vendor} id that is not ${shape.describe}`);
  }
}

/**
 * Encodes one remote ID as a URL path segment. IDs are validated first, but encoding
 * anyway means a future vendor with looser IDs cannot smuggle `/` or `..` into a path.
 */
export function pathSegment(remoteId: string | number): string {
  const text = String(remoteId);
  if (text === '' || text === '.' || text === '..') throw ValidationError.field('id', 'is not a usable id');
  return encodeURIComponent(text);
}
