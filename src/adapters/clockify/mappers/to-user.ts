/**
 * Clockify workspace user → unified User. Role comes from the manager roles that
 * `include-roles=true` adds; status from the workspace membership, then the account.
 */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type Mapped, type UserRole, type UserStatus } from '../../../domain/enums.js';
import type { ClockifyUser } from '../types.js';

const ROLE = enumMapper<UserRole>(
  { OWNER: 'OWNER', WORKSPACE_ADMIN: 'ADMIN', PROJECT_MANAGER: 'MANAGER', TEAM_MANAGER: 'TEAM_LEAD' },
  'OTHER',
);
/** Highest first: a user with several roles shows the strongest one. */
const ROLE_RANK: readonly UserRole[] = ['OWNER', 'ADMIN', 'MANAGER', 'TEAM_LEAD', 'OTHER', 'MEMBER'];

/** Membership status inside the workspace (what `PUT /users/{id}` changes). */
const MEMBERSHIP_STATUS = enumMapper<UserStatus>({ ACTIVE: 'ACTIVE', INACTIVE: 'INACTIVE', PENDING: 'PENDING', DECLINED: 'INACTIVE' }, 'INACTIVE');
/**
 * Account status. UserStatus has no OTHER, so an unknown state reads as INACTIVE (with the
 * label kept): showing a user of unknown standing as active would be the worse mistake.
 */
const ACCOUNT_STATUS = enumMapper<UserStatus>(
  { ACTIVE: 'ACTIVE', LIMITED: 'ACTIVE', PENDING_EMAIL_VERIFICATION: 'PENDING', NOT_REGISTERED: 'PENDING', DELETED: 'ARCHIVED', INACTIVE: 'INACTIVE' },
  'INACTIVE',
);

function roleOf(raw: ClockifyUser): Mapped<UserRole> {
  const roles = (raw.roles ?? []).map((r) => ROLE(typeof r === 'string' ? r : r.role));
  if (roles.length === 0) return { value: 'MEMBER', label: null };
  return roles.sort((a, b) => ROLE_RANK.indexOf(a.value) - ROLE_RANK.indexOf(b.value))[0]!;
}

function statusOf(raw: ClockifyUser, workspaceId: string): Mapped<UserStatus> {
  const membership = raw.memberships?.find((m) => m.membershipType === 'WORKSPACE' && (!m.targetId || m.targetId === workspaceId));
  const inWorkspace = membership?.membershipStatus ? MEMBERSHIP_STATUS(membership.membershipStatus) : null;
  // Deactivated in this workspace wins; otherwise the account says whether it is usable.
  if (inWorkspace && inWorkspace.value !== 'ACTIVE') return inWorkspace;
  if (raw.status) return ACCOUNT_STATUS(raw.status);
  return inWorkspace ?? { value: 'ACTIVE', label: null };
}

export function toUser(raw: ClockifyUser, source: string, workspaceId: string): User {
  const role = roleOf(raw);
  const status = statusOf(raw, workspaceId);
  return {
    source,
    remoteId: raw.id,
    raw,
    name: raw.name ?? raw.email ?? raw.id,
    email: raw.email || null,
    role: role.value,
    roleLabel: role.label,
    status: status.value,
    statusLabel: status.label,
    timeZone: raw.settings?.timeZone || null,
  };
}

/** The only user states Clockify's API can set; anything else has no vendor equivalent. */
export function toClockifyUserStatus(status: UserStatus): 'ACTIVE' | 'INACTIVE' | null {
  return status === 'ACTIVE' || status === 'INACTIVE' ? status : null;
}
