/** Desklog client → unified Client. Desklog cannot archive clients, so none is ever archived. */
import type { Client } from '../../../domain/entities.js';
import type { DesklogClient } from '../types.js';
import { idText } from './values.js';

export function toClient(source: string, raw: DesklogClient): Client {
  return {
    source,
    remoteId: idText(raw.id),
    raw,
    // Written as `name`, listed as `first_name`.
    name: raw.first_name ?? '',
    email: raw.email?.trim() || null,
    archived: false,
  };
}
