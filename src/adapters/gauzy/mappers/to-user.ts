/**
 * Gauzy employees → unified users. Time is tracked by employees (employeeId ≠ userId), so the
 * employee id is the user's remote id and the login user record supplies name, email, role.
 */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type UserRole, type UserStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { GauzyEmployee } from '../types.js';

/** RolesEnum; VIEWER, CANDIDATE and INTERVIEWER have no gateway equivalent and become OTHER. */
export const gauzyUserRole = enumMapper<UserRole>(
  { SUPER_ADMIN: 'OWNER', ADMIN: 'ADMIN', MANAGER: 'MANAGER', EMPLOYEE: 'MEMBER', DATA_ENTRY: 'MEMBER' },
  'OTHER',
);

export function gauzyUserName(raw: GauzyEmployee): string {
  const u = raw.user;
  const joined = [u?.firstName, u?.lastName].filter((p) => p && p.trim()).join(' ').trim();
  return joined || raw.fullName?.trim() || u?.name?.trim() || u?.email || raw.id;
}

/** Archived wins over inactive: both flags live on the employee and on its user. */
function statusOf(raw: GauzyEmployee): UserStatus {
  if (raw.isArchived || raw.user?.isArchived) return 'ARCHIVED';
  if (raw.isActive === false || raw.user?.isActive === false) return 'INACTIVE';
  return 'ACTIVE';
}

export function toUser(source: string, raw: GauzyEmployee): User {
  const role = gauzyUserRole(raw.user?.role?.name);
  return {
    source,
    remoteId: raw.id,
    raw,
    name: gauzyUserName(raw),
    email: raw.user?.email ?? null,
    role: role.value,
    roleLabel: role.label,
    status: statusOf(raw),
    statusLabel: null,
    timeZone: raw.user?.timeZone ?? null,
  };
}

/** Gauzy keeps first and last name apart; the unified name is split at its first space. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim();
  const at = trimmed.indexOf(' ');
  return at < 0 ? { firstName: trimmed, lastName: '' } : { firstName: trimmed.slice(0, at), lastName: trimmed.slice(at + 1).trim() };
}

/**
 * Gauzy creates employees with the EMPLOYEE role and no API field sets another one, and
 * activity is not writable on the employee DTO: asking for either is refused, not ignored.
 */
function assertWritable(input: { role?: UserRole | null; status?: UserStatus | null }): void {
  if (input.role && input.role !== 'MEMBER') {
    throw ValidationError.field('input.role', 'cannot be set on a Gauzy source (employees are created as EMPLOYEE; change roles in Gauzy)');
  }
  if (input.status && input.status !== 'ACTIVE') {
    throw ValidationError.field('input.status', 'cannot be set on a Gauzy source');
  }
}

/**
 * `POST /employee` with a new user. Gauzy demands a password for a new user; the gateway has
 * none to give, so a random one is sent and the person signs in via Gauzy's password reset.
 * `user.role` must be a non-empty object (employee/dto/user-input-dto.ts); the create handler
 * replaces it with the tenant's EMPLOYEE role anyway (employee.create.handler.ts L104-118).
 */
export function toGauzyEmployeeCreate(input: CreateInputMap['user'], password: string): Record<string, unknown> {
  assertWritable(input);
  return {
    user: { ...splitName(input.name), email: input.email, role: { name: 'EMPLOYEE' }, ...(input.timeZone ? { timeZone: input.timeZone } : {}) },
    password,
  };
}

/** `PUT /user/{userId}` (UpdateUserDTO): the fields of the person behind the employee. */
export function toGauzyUserUpdate(patch: UpdateInputMap['user']): Record<string, unknown> {
  assertWritable(patch);
  const user: Record<string, unknown> = {};
  if (patch.name !== undefined && patch.name !== null) Object.assign(user, splitName(patch.name));
  if (patch.email !== undefined && patch.email !== null) user['email'] = patch.email;
  if (patch.timeZone !== undefined) user['timeZone'] = patch.timeZone;
  return user;
}
