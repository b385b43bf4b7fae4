/**
 * Users: the key's owner (`GET /v1/user`), the workspace member list with its documented
 * filters (query form and the `POST /users/info` body form), and the status update, which
 * Clockify answers with the workspace object rather than the user.
 */
import type { SimRoute } from '../../kit.js';
import { badRequest, notFound, ok, paginateBody, paginate, route } from '../envelope.js';
import { findById, MEMBERSHIP_STATUSES, owner, type ClockifyState, type StoredUser } from '../state.js';
import {
  optBool,
  optEnum,
  optInt,
  optString,
  optStringArray,
  queryBool,
  queryEnum,
  queryList,
  requireObject,
  type SortOrder,
} from '../validate.js';
import { userView, workspaceView, type MembershipsMode } from '../views.js';
import { ws, type RouteContext } from './context.js';

const STATUS_FILTER = [...MEMBERSHIP_STATUSES, 'ALL'] as const;
const MEMBERSHIPS = ['ALL', 'NONE', 'WORKSPACE', 'PROJECT', 'USERGROUP'] as const;
const SORT_COLUMNS = ['ID', 'EMAIL', 'NAME', 'NAME_LOWERCASE', 'ACCESS', 'HOURLYRATE', 'COSTRATE'] as const;
/** Without `account-statuses` the docs say only these account states are listed. */
const DEFAULT_ACCOUNT_STATUSES = ['ACTIVE', 'PENDING_EMAIL_VERIFICATION', 'NOT_REGISTERED'];

interface UserFilter {
  email?: string;
  name?: string;
  status?: (typeof STATUS_FILTER)[number];
  projectId?: string;
  accountStatuses: string[];
  userGroups: string[];
  sortColumn: (typeof SORT_COLUMNS)[number];
  sortOrder: SortOrder;
}

const ROLE_RANK: Record<StoredUser['role'], number> = { OWNER: 0, WORKSPACE_ADMIN: 1, MEMBER: 2 };

/** Users a project is visible to: everyone for a public project, its members otherwise. */
function hasProjectAccess(state: ClockifyState, user: StoredUser, projectId: string): boolean {
  const project = findById(state.projects, projectId);
  if (!project) return false;
  return project.public || project.memberships.some((m) => m.userId === user.id);
}

function filterUsers(state: ClockifyState, f: UserFilter): StoredUser[] {
  const email = f.email?.toLowerCase();
  const name = f.name?.toLowerCase();
  const list = state.users.filter(
    (u) =>
      (email === undefined || u.email.toLowerCase().includes(email)) &&
      (name === undefined || u.name.toLowerCase().includes(name)) &&
      (f.status === undefined || f.status === 'ALL' || u.membershipStatus === f.status) &&
      (f.projectId === undefined || hasProjectAccess(state, u, f.projectId)) &&
      f.accountStatuses.includes(u.status) &&
      (f.userGroups.length === 0 || state.userGroups.some((g) => f.userGroups.includes(g.id) && g.userIds.includes(u.id))),
  );
  const key = (u: StoredUser): string | number => {
    switch (f.sortColumn) {
      case 'ID':
        return u.id;
      case 'NAME':
        return u.name;
      case 'NAME_LOWERCASE':
        return u.name.toLowerCase();
      case 'ACCESS':
        return ROLE_RANK[u.role];
      case 'HOURLYRATE':
        return u.hourlyRate?.amount ?? 0;
      case 'COSTRATE':
        return u.costRate?.amount ?? 0;
      default:
        return u.email;
    }
  };
  const sign = f.sortOrder === 'ASCENDING' ? 1 : -1;
  return list.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const primary = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
    return sign * (primary || a.id.localeCompare(b.id));
  });
}

/**
 * `include-roles=true` adds each user's manager roles, "including projects and members which
 * they manage" (seed, "Find all users on workspace"), as `roles: [{role, entities: [{id, name}]}]`
 * (lucassabreu/clockify-cli api/dto/dto.go: `User.Roles *[]Role`, `Role{Role, Entities}`,
 * `RoleEntity{ID, Name}`); without it the field is absent (the seed's response sample has none).
 * Workspace-wide roles manage no listed entity. The store knows OWNER and WORKSPACE_ADMIN.
 */
function withRoles(view: Record<string, unknown>, user: StoredUser, include: boolean): Record<string, unknown> {
  if (!include) return view;
  const roles = user.role === 'MEMBER' ? [] : [{ role: user.role, entities: [] }];
  return { ...view, roles };
}

export function userRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  return [
    route('GET', `${ctx.api}/user`, (req) => {
      const include = queryBool(req.query, 'include-memberships') ?? false;
      return ok(userView(state, owner(state), include ? 'ALL' : 'NONE'));
    }),

    route('GET', `${ws(ctx)}/users`, (req) => {
      const q = req.query;
      const accountStatuses = queryList(q, 'account-statuses');
      // `include-roles` is marked required in the seed but has a default ("false"): accept both.
      const includeRoles = q.get('include-roles');
      if (includeRoles !== null && includeRoles !== 'true' && includeRoles !== 'false') {
        throw badRequest(`Invalid value for 'include-roles': ${includeRoles}`);
      }
      const users = filterUsers(state, {
        email: q.get('email') || undefined,
        name: q.get('name') || undefined,
        status: queryEnum(q, 'status', STATUS_FILTER),
        projectId: q.get('project-id') || undefined,
        accountStatuses: accountStatuses.length > 0 ? accountStatuses : DEFAULT_ACCOUNT_STATUSES,
        userGroups: [],
        sortColumn: queryEnum(q, 'sort-column', SORT_COLUMNS) ?? 'EMAIL',
        sortOrder: queryEnum(q, 'sort-order', ['ASCENDING', 'DESCENDING'] as const) ?? 'ASCENDING',
      });
      const memberships: MembershipsMode = queryEnum(q, 'memberships', MEMBERSHIPS) ?? 'NONE';
      return ok(paginate(users, q).map((u) => withRoles(userView(state, u, memberships), u, includeRoles === 'true')));
    }),

    route('POST', `${ws(ctx)}/users/info`, (req) => {
      const body = requireObject(req);
      const page = optInt(body, 'page', { min: 1 }) ?? 1;
      const pageSize = optInt(body, 'pageSize', { min: 1 }) ?? 50;
      const includeRoles = optBool(body, 'includeRoles') ?? false;
      const users = filterUsers(state, {
        email: optString(body, 'email') || undefined,
        name: optString(body, 'name') || undefined,
        status: optEnum(body, 'status', STATUS_FILTER),
        projectId: optString(body, 'projectId') || undefined,
        accountStatuses: optStringArray(body, 'accountStatuses') ?? DEFAULT_ACCOUNT_STATUSES,
        userGroups: optStringArray(body, 'userGroups') ?? [],
        sortColumn: optEnum(body, 'sortColumn', SORT_COLUMNS) ?? 'EMAIL',
        sortOrder: optEnum(body, 'sortOrder', ['ASCENDING', 'DESCENDING'] as const) ?? 'ASCENDING',
      });
      const memberships: MembershipsMode = optEnum(body, 'memberships', MEMBERSHIPS) ?? 'NONE';
      return ok(paginateBody(users, page, Math.min(pageSize, 5000)).map((u) => withRoles(userView(state, u, memberships), u, includeRoles)));
    }),

    // Update a member's status; the response is the workspace (seed, §2.8).
    route('PUT', `${ws(ctx)}/users/:userId`, (req) => {
      const user = findById(state.users, req.params['userId'] ?? '');
      if (!user) throw notFound('User not found');
      const body = requireObject(req);
      const status = optEnum(body, 'status', ['ACTIVE', 'INACTIVE'] as const);
      if (!status) throw badRequest("Field 'status' is required");
      if (user.id === state.ownerId && status === 'INACTIVE') throw badRequest('The workspace owner cannot be deactivated');
      user.membershipStatus = status;
      return ok(workspaceView(state));
    }),
  ];
}
