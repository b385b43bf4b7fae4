/** Gauzy tags → unified tags. */
import { createHash } from 'node:crypto';
import type { Tag } from '../../../domain/entities.js';
import type { GauzyTag } from '../types.js';

export function toTag(source: string, raw: GauzyTag): Tag {
  return { source, remoteId: raw.id, raw, name: raw.name };
}

/** Gauzy requires a tag colour; the gateway has none, so one is derived from the name (stable across runs). */
export function tagColor(name: string): string {
  return `#${createHash('sha256').update(name.toLowerCase()).digest('hex').slice(0, 6)}`;
}

export function toGauzyTag(name: string): Record<string, unknown> {
  return { name, color: tagColor(name) };
}
