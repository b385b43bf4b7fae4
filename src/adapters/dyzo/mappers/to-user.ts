/**
 * Dyzo employees ↔ unified users. Dyzo has no role field: a role is the pair of booleans
 * `isAdmin` and `isTeamLeader` (also spelt `team_leader`), plus `is_client` for client users
 * (vendor-docs/dyzo.md §5). The mapper names the combination and maps that name in one table.
 */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type UserRole, type UserStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { DyzoEmployee, DyzoEmployeeAddBody, DyzoEmployeePatchBody } from '../types.js';
import { DYZO_OWN_KEYS, pickId } from './ids.js';

export const dyzoUserRole = enumMapper<UserRole>({ admin: 'ADMIN', team_leader: 'TEAM_LEAD', employee: 'MEMBER' }, 'OTHER');

/** Every derived name is in the table; the fallback only guards against a future edit. */
export const dyzoUserStatus = enumMapper<UserStatus>({ active: 'ACTIVE', inactive: 'INACTIVE', deleted: 'ARCHIVED' }, 'ACTIVE');

/** The role the flags describe; `client` has no unified counterpart and becomes OTHER. */
export function dyzoRoleName(raw: DyzoEmployee): string {
  if (raw.isAdmin) return 'admin';
  if (raw.isTeamLeader || raw.team_leader) return 'team_leader';
  if (raw.is_client) return 'client';
  return 'employee';
}

export function dyzoStatusName(raw: DyzoEmployee): string {
  if (raw.isDeleted) return 'deleted';
  // Both spellings exist; either one saying false is a deactivation. Neither means active.
  return raw.isActive === false || raw.is_active === false ? 'inactive' : 'active';
}

export function toUser(source: string, raw: DyzoEmployee): User {
  const remoteId = pickId(raw, DYZO_OWN_KEYS.employee)!;
  const role = dyzoUserRole(dyzoRoleName(raw));
  const status = dyzoUserStatus(dyzoStatusName(raw));
  const joined = [raw.first_name, raw.last_name].filter(Boolean).join(' ');
  return {
    source,
    remoteId,
    raw,
    name: raw.name?.trim() || joined || raw.email || `Employee ${remoteId}`,
    email: raw.email || null,
    role: role.value,
    roleLabel: role.label,
    status: status.value,
    statusLabel: status.label,
    timeZone: raw.timezone || null,
  };
}

/** Dyzo stores first and last name separately and requires both. */
export function splitName(name: string): { first_name: string; last_name: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const cut = trimmed.lastIndexOf(' ');
  if (cut <= 0) throw ValidationError.field('input.name', 'needs a first and a last name on a Dyzo source');
  return { first_name: trimmed.slice(0, cut), last_name: trimmed.slice(cut + 1) };
}

function roleFlags(role: UserRole): Pick<DyzoEmployeePatchBody, 'isAdmin' | 'isTeamLeader'> {
  switch (role) {
    case 'OWNER':
    case 'ADMIN':
      return { isAdmin: true, isTeamLeader: false };
    // Dyzo's one rank between admin and employee is team leader: the nearest for a manager.
    case 'MANAGER':
    case 'TEAM_LEAD':
      return { isAdmin: false, isTeamLeader: true };
    case 'MEMBER':
      return { isAdmin: false, isTeamLeader: false };
    default:
      throw ValidationError.field('input.role', `${role} cannot be written to Dyzo`);
  }
}

function activeFlag(status: UserStatus): boolean {
  if (status === 'ACTIVE') return true;
  if (status === 'INACTIVE') return false;
  throw ValidationError.field('input.status', `${status} cannot be written to Dyzo (only ACTIVE or INACTIVE)`);
}

/** `POST /employee/add/`: the add form takes `isAdmin` but no team-leader or active flag. */
export function toDyzoEmployeeAdd(input: CreateInputMap['user'], companyId: number): DyzoEmployeeAddBody {
  const body: DyzoEmployeeAddBody = { ...splitName(input.name), email: input.email, companyId };
  if (input.role) body.isAdmin = roleFlags(input.role).isAdmin === true;
  if (input.status) activeFlag(input.status); // refuse PENDING/ARCHIVED before anything is written
  return body;
}

/** What the add form could not say, as the follow-up PATCH; null when nothing is left. */
export function toDyzoEmployeeFollowUp(input: CreateInputMap['user']): DyzoEmployeePatchBody | null {
  const body: DyzoEmployeePatchBody = {};
  if (input.role && roleFlags(input.role).isTeamLeader) body.isTeamLeader = true;
  if (input.status && !activeFlag(input.status)) body.is_active = false;
  return Object.keys(body).length ? body : null;
}

/** `PATCH /api/employees/{_id}/` in the documented spelling (`isTeamLeader`, `is_active`). */
export function toDyzoEmployeePatch(patch: UpdateInputMap['user']): DyzoEmployeePatchBody {
  const body: DyzoEmployeePatchBody = {};
  if (patch.name) Object.assign(body, splitName(patch.name), { name: patch.name.trim().replace(/\s+/g, ' ') });
  if (patch.email) body.email = patch.email;
  if (patch.role) Object.assign(body, roleFlags(patch.role));
  if (patch.status) body.is_active = activeFlag(patch.status);
  return body;
}
