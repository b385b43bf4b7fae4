/**
 * Clockify workspace user → unified User. Role comes from the manager roles that
 * `include-roles=true` adds; status from the workspace membership, then the account.
 */
import type { User } from '../../../domain/entities.js';
import { enumMapper, type Mapped, type UserRole, type UserStatus } from '../../../domain/enums.js';
import { UpstreamError } from '../../../domain/errors.js';
import { ClockifyUser } from '../types.js';

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

/** The role name in one `roles` item, whatever its shape; null when there is none. */
function roleName(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item !== 'object' || item === null) return null;
  const role = (item as { role?: unknown }).role;
  if (typeof role === 'string') return role;
  const name = typeof role === 'object' && role !== null ? (role as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : null;
}

function roleOf(raw: ClockifyUser): Mapped<UserRole> {
  const roles = (raw.roles ?? []).flatMap((r) => {
    const name = roleName(r);
    return name ? [ROLE(name)] : [];
  });
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

/** `original` is the record as the vendor sent it (kept as `raw`); `raw` is what was read from it. */
export function toUser(raw: ClockifyUser, source: string, workspaceId: string, original: unknown = raw): User {
  const role = roleOf(raw);
  const status = statusOf(raw, workspaceId);
  return {
    source,
    remoteId: raw.id,
    raw: original,
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

/**
 * One vendor record → User, or an error for that record alone (no usable `id`): a list shows
 * the others and reports this one, instead of failing whole.
 */
export function readUser(record: unknown, source: string, workspaceId: string): User | UpstreamError {
  const parsed = ClockifyUser.safeParse(record);
  if (parsed.success) return toUser(parsed.data, source, workspaceId, record);
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  const which = typeof id === 'string' && id ? `user ${id}` : 'a user record without an id';
  return new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `clockify source "${source}": ${which} could not be read (${parsed.error.issues[0]?.path.join('.') || 'record'}: ${parsed.error.issues[0]?.message ?? 'invalid'}); it is left out`);
}
