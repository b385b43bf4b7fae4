/** Clockify tag → unified Tag. */
import type { Tag } from '../../../domain/entities.js';
import type { ClockifyTag } from '../types.js';

export function toTag(raw: ClockifyTag, source: string): Tag {
  return { source, remoteId: raw.id, raw, name: raw.name };
}
