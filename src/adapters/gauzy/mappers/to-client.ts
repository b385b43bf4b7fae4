/** Gauzy organization contacts → unified clients (every contact type; time logs may point at any). */
import type { Client } from '../../../domain/entities.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { GauzyContact } from '../types.js';

export function toClient(source: string, raw: GauzyContact): Client {
  return { source, remoteId: raw.id, raw, name: raw.name, email: raw.primaryEmail ?? null, archived: raw.isArchived === true };
}

export function toGauzyContactCreate(input: CreateInputMap['client']): Record<string, unknown> {
  return { name: input.name, contactType: 'CLIENT', ...(input.email ? { primaryEmail: input.email } : {}) };
}

/** The contact DTO has no archive field, so an archive request is refused rather than dropped. */
export function toGauzyContactUpdate(patch: UpdateInputMap['client']): Record<string, unknown> {
  if (patch.archived !== undefined && patch.archived !== null) {
    throw ValidationError.field('input.archived', 'cannot be changed on a Gauzy source');
  }
  const body: Record<string, unknown> = {};
  if (patch.name !== undefined && patch.name !== null) body['name'] = patch.name;
  if (patch.email !== undefined) body['primaryEmail'] = patch.email;
  return body;
}
