/** Gauzy organization teams → unified teams; members are employees (= unified users). */
import type { Team } from '../../../domain/entities.js';
import type { CreateInputMap } from '../../contract.js';
import type { GauzyTeam, GauzyTeamMember } from '../types.js';

export function toTeam(source: string, raw: GauzyTeam): Team {
  return { source, remoteId: raw.id, raw, name: raw.name, memberIds: unique((raw.members ?? []).map((m) => m.employeeId)) };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** A team member is a manager when it carries the MANAGER role (loaded or only by id). */
export function isTeamManager(member: GauzyTeamMember): boolean {
  return member.role ? member.role.name === 'MANAGER' : Boolean(member.roleId);
}

export function teamManagerIds(raw: GauzyTeam): string[] {
  return unique((raw.members ?? []).filter(isTeamManager).map((m) => m.employeeId));
}

/**
 * Gauzy replaces the whole membership from `memberIds` + `managerIds` on every write that
 * sends either, so managers still in the new member set are sent again to keep their role.
 */
export function toGauzyTeamMembers(memberIds: readonly string[], currentManagers: readonly string[]): { memberIds: string[]; managerIds: string[] } {
  const wanted = unique([...memberIds]);
  return { memberIds: wanted, managerIds: currentManagers.filter((id) => wanted.includes(id)) };
}

export function toGauzyTeamCreate(input: CreateInputMap['team']): Record<string, unknown> {
  return { name: input.name, ...(input.memberIds ? { memberIds: unique(input.memberIds) } : {}) };
}
