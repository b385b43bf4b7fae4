/** Clockify user group → unified Team (members are the group's `userIds`). */
import type { Team } from '../../../domain/entities.js';
import type { ClockifyUserGroup } from '../types.js';

export function toTeam(raw: ClockifyUserGroup, source: string): Team {
  return { source, remoteId: raw.id, raw, name: raw.name, memberIds: [...new Set(raw.userIds ?? [])].sort() };
}

/** Which members to add and which to remove to turn `current` into `wanted`. */
export function membershipDiff(current: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current);
  const want = new Set(wanted);
  return { add: [...want].filter((id) => !have.has(id)), remove: [...have].filter((id) => !want.has(id)) };
}
