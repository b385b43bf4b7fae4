/** TimeTrack client → unified Client (docs §2.1). `enabled: false` is an archived client. */
import type { Client } from '../../../domain/entities.js';
import { flagOf, idOf, type TimeTrackClient } from '../types.js';

export function toClient(source: string, raw: TimeTrackClient): Client {
  return {
    source,
    remoteId: idOf(raw),
    raw,
    name: raw.name,
    email: raw.email ?? null,
    archived: flagOf(raw.enabled) === false,
  };
}
