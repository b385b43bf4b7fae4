/** Desklog user → unified User, and the unified role → Desklog's register role id. */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type UserRole } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { DesklogUser } from '../types.js';
import { idText } from './values.js';

/** `user_type`; the free-text `role` ("System Admin") stays in raw. */
export const desklogUserRole = enumMapper<UserRole>(
  { admin: 'ADMIN', manager: 'MANAGER', team_leader: 'TEAM_LEAD', user: 'MEMBER' },
  'OTHER',
);

/** Desklog's status filter words: `active` and `archive`. */
export const desklogUserStatus = enumMapper({ active: 'ACTIVE', archive: 'ARCHIVED' } as const, 'ACTIVE');

/** `active` is documented as a boolean but 0/1 and strings are tolerated. */
export function isActive(value: DesklogUser['active']): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return !/^(0|false|archived?|inactive)$/i.test(value.trim());
  return Boolean(value);
}

export function toUser(source: string, raw: DesklogUser): User {
  const role = desklogUserRole(raw.user_type);
  const status = desklogUserStatus(isActive(raw.active) ? 'active' : 'archive');
  const email = raw.email?.trim() || null;
  return {
    source,
    remoteId: idText(raw.id),
    raw,
    // Registration takes no name, so a nameless user is shown by email rather than as "".
    name: raw.name?.trim() || email || `User ${idText(raw.id)}`,
    email,
    role: role.value,
    roleLabel: role.label,
    status: status.value,
    statusLabel: status.label,
    timeZone: raw.time_zone?.trim() || null,
  };
}

/**
 * `user_register.user_role` is an id "from /user_roles", an endpoint the docs never show.
 * Assumed numbering (the order the docs list the types in): 1 admin, 2 manager,
 * 3 team_leader, 4 user. OWNER and OTHER have no Desklog counterpart.
 */
const ROLE_IDS: Partial<Record<UserRole, number>> = { ADMIN: 1, MANAGER: 2, TEAM_LEAD: 3, MEMBER: 4 };

export function toDesklogRoleId(role: UserRole | null | undefined): number {
  const id = ROLE_IDS[role ?? 'MEMBER'];
  if (id === undefined) throw ValidationError.field('input.role', `Desklog has no ${role} role (use ADMIN, MANAGER, TEAM_LEAD or MEMBER)`);
  return id;
}
