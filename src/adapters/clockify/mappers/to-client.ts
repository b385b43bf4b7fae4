/** Clockify client ↔ unified Client. */
import type { Client } from '../../../domain/entities.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { ClockifyClient, ClockifyClientBody } from '../types.js';

export function toClient(raw: ClockifyClient, source: string): Client {
  return { source, remoteId: raw.id, raw, name: raw.name, email: raw.email || null, archived: raw.archived ?? false };
}

export function toClockifyClientCreate(input: CreateInputMap['client']): ClockifyClientBody {
  return { name: input.name, ...(input.email ? { email: input.email } : {}) };
}

/** Only the fields the patch names; Clockify leaves the others as they are. An empty email clears it. */
export function toClockifyClientPatch(patch: UpdateInputMap['client']): ClockifyClientBody {
  const body: ClockifyClientBody = {};
  if (patch.name) body.name = patch.name;
  if (patch.email !== undefined) body.email = patch.email ?? '';
  if (patch.archived !== undefined && patch.archived !== null) body.archived = patch.archived;
  return body;
}
