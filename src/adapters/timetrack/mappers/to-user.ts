/**
 * TimeTrack user → unified User, and unified user input → TimeTrack body (docs §2.8, §3.11).
 * The role is two booleans, `admin` and `teamLead`; they are read as one vendor value so the
 * usual enum table (and its OTHER fallback) applies.
 */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type UserRole, type UserStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import { flagOf, idOf, type TimeTrackUser } from '../types.js';

export const roleOf = enumMapper<UserRole>({ admin: 'ADMIN', teamLead: 'TEAM_LEAD', user: 'MEMBER' }, 'OTHER');
export const userStatusOf = enumMapper<UserStatus>({ enabled: 'ACTIVE', disabled: 'INACTIVE' }, 'ACTIVE');

/** The booleans as one value; null when the vendor sent neither flag (then the role is OTHER). */
export function roleKey(raw: Pick<TimeTrackUser, 'admin' | 'teamLead'>): string | null {
  const admin = flagOf(raw.admin);
  const teamLead = flagOf(raw.teamLead);
  if (admin === null && teamLead === null) return null;
  return admin ? 'admin' : teamLead ? 'teamLead' : 'user';
}

export function displayName(raw: Pick<TimeTrackUser, 'firstName' | 'lastName' | 'username'>): string {
  const full = [raw.firstName, raw.lastName].map((p) => p?.trim()).filter(Boolean).join(' ');
  return full || raw.username || '';
}

export function toUser(source: string, raw: TimeTrackUser): User {
  const role = roleOf(roleKey(raw));
  const enabled = flagOf(raw.enabled);
  const status = userStatusOf(enabled === null ? null : enabled ? 'enabled' : 'disabled');
  return {
    source,
    remoteId: idOf(raw),
    raw,
    name: displayName(raw),
    email: raw.email ?? null,
    role: role.value,
    roleLabel: role.label,
    status: status.value,
    statusLabel: status.label,
    // TimeTrack users carry a language, not a time zone.
    timeZone: null,
  };
}

/** The two flags for a unified role. OWNER and MANAGER have no flag of their own: the nearest is used. */
export function roleFlags(role: UserRole, path: string): { admin: boolean; teamLead: boolean } {
  switch (role) {
    case 'OWNER':
    case 'ADMIN':
      return { admin: true, teamLead: false };
    case 'MANAGER':
    case 'TEAM_LEAD':
      return { admin: false, teamLead: true };
    case 'MEMBER':
      return { admin: false, teamLead: false };
    default:
      throw ValidationError.field(path, `${role} has no TimeTrack equivalent (admin, team lead or member)`);
  }
}

/** TimeTrack wants a first and a last name; the unified model has one name, split at its last space. */
export function splitName(name: string, path: string): { firstName: string; lastName: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const cut = trimmed.lastIndexOf(' ');
  if (cut <= 0) throw ValidationError.field(path, 'needs a first and a last name on TimeTrack (e.g. "Ada Lovelace")');
  return { firstName: trimmed.slice(0, cut), lastName: trimmed.slice(cut + 1) };
}

/**
 * A login name from an email's local part, made unique against the names already taken.
 * Usernames are how entries point at users, so a clash must never be left to chance.
 */
export function usernameFor(email: string, taken: ReadonlySet<string>): string {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z0-9._-]+/g, '').replace(/^[._-]+|[._-]+$/g, '');
  const base = local || 'user';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
