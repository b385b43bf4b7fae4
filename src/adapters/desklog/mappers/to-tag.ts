/** Desklog task tag → unified Tag (input field `name`, output field `tag`). */
import type { Tag } from '../../../domain/entities.js';
import type { DesklogTag } from '../types.js';
import { idText } from './values.js';

export function toTag(source: string, raw: DesklogTag): Tag {
  return { source, remoteId: idText(raw.id), raw, name: raw.tag ?? '' };
}
