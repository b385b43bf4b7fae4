/**
 * Users: `user_list`, `user_profile`, `user_profile_update`, `user_register`.
 * `user_list` and `user_profile` are printed as POST but their curl sends GET with a body
 * (desklog.md note A), so both methods are served and the JSON body is read either way; query
 * parameters are read as well so a body-less GET still works.
 */
import type { SimRequest } from '../../kit.js';
import { DesklogError, guarded, ok } from '../envelope.js';
import { type Body, objectBody, readInt, readString } from '../input.js';
import type { DesklogState, DesklogUser, UserType } from '../state.js';
import { takeId } from '../state.js';
import type { DesklogRoute } from './types.js';

const USER_TYPES: readonly UserType[] = ['admin', 'manager', 'team_leader', 'user'];

/**
 * `user_register.user_role` is a role id "obtained from /user_roles", an endpoint that is not
 * documented. This simulator's table: 1 admin … 4 user, with display names for `role`.
 */
const ROLE_IDS: Record<number, { user_type: UserType; role: string }> = {
  1: { user_type: 'admin', role: 'System Admin' },
  2: { user_type: 'manager', role: 'Manager' },
  3: { user_type: 'team_leader', role: 'Team Leader' },
  4: { user_type: 'user', role: 'Employee' },
};

/** Body fields first, then query parameters for a GET that carried no body. */
function bodyOrQuery(req: SimRequest): Body {
  const body: Body = {};
  for (const key of new Set(req.query.keys())) {
    const values = req.query.getAll(key);
    if (key.endsWith('[]')) body[key.slice(0, -2)] = values;
    else body[key] = values[values.length - 1];
  }
  return { ...body, ...objectBody(req) };
}

function userJson(state: DesklogState, user: DesklogUser) {
  const team = state.teams.find((t) => t.id === user.team_id);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    active: user.active,
    phone: user.phone,
    team_id: team ? team.id : null,
    team_name: team ? team.team_name : null,
    user_type: user.user_type,
    role: user.role,
    time_zone: user.time_zone,
    app_and_os: user.app_and_os,
  };
}

export function findUserByEmail(state: DesklogState, email: string): DesklogUser | undefined {
  const wanted = email.trim().toLowerCase();
  return state.users.find((u) => u.email.toLowerCase() === wanted);
}

function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function userRoutes(state: DesklogState): DesklogRoute[] {
  const list = guarded((req) => {
    const body = bodyOrQuery(req);
    const status = readString(body, 'status');
    if (status !== undefined && status !== 'active' && status !== 'archive') {
      throw new DesklogError('The selected status is invalid.');
    }
    // The documented curl sends `"role": {}`: an empty object means "no filter".
    let roles: string[] | undefined;
    const rawRole = body.role;
    if (Array.isArray(rawRole)) {
      if (!rawRole.every((r): r is string => typeof r === 'string' && (USER_TYPES as string[]).includes(r))) {
        throw new DesklogError('The selected role is invalid.');
      }
      roles = rawRole.length > 0 ? rawRole : undefined;
    } else if (rawRole !== undefined && rawRole !== null) {
      const isEmptyObject = typeof rawRole === 'object' && Object.keys(rawRole).length === 0;
      if (!isEmptyObject) throw new DesklogError('The role must be an array.');
    }
    const tracking = readString(body, 'tracking_type');
    if (tracking !== undefined && tracking !== 'app' && tracking !== 'web') {
      throw new DesklogError('The selected tracking type is invalid.');
    }
    const rows = state.users
      .filter((u) => status === undefined || u.active === (status === 'active'))
      .filter((u) => roles === undefined || roles.includes(u.user_type))
      .filter((u) => tracking === undefined || u.tracking_type === tracking)
      .map((u) => userJson(state, u));
    return ok('success', rows);
  });

  const profile = guarded((req) => {
    const email = readString(bodyOrQuery(req), 'email', true);
    const user = findUserByEmail(state, email);
    if (!user) throw new DesklogError('User not found');
    // The one documented numeric-string id: `user_profile` returns `"id": "1"`.
    return ok('success', { ...userJson(state, user), id: String(user.id) });
  });

  const update = guarded((req) => {
    const body = objectBody(req);
    const email = readString(body, 'email', true);
    const newName = readString(body, 'new_name');
    const newPhone = readInt(body, 'new_phone');
    const user = findUserByEmail(state, email);
    if (!user) throw new DesklogError('User not found');
    if (newName !== undefined) {
      if (newName.trim() === '') throw new DesklogError('The new name field must not be empty.');
      user.name = newName;
    }
    // `new_phone` is a number on input; `phone` is read back as a string.
    if (newPhone !== undefined) user.phone = String(newPhone);
    return ok('User profile successfully updated', {});
  });

  const register = guarded((req) => {
    const body = objectBody(req);
    const roleId = readInt(body, 'user_role', true);
    const email = readString(body, 'email', true).trim();
    const trackingSelected = readString(body, 'tracking_selected', true);
    const teamId = readInt(body, 'team');
    readString(body, 'tracking_type'); // accepted; its meaning is undocumented
    const employeeId = readInt(body, 'employee_id');
    const punchingId = readInt(body, 'punching_id');
    const jiraAccountId = readString(body, 'jira_account_id');
    const clickupId = readInt(body, 'clickup_id');

    const role = ROLE_IDS[roleId];
    if (!role) throw new DesklogError('The selected user role is invalid.');
    if (!isEmail(email)) throw new DesklogError('The email must be a valid email address.');
    if (findUserByEmail(state, email)) throw new DesklogError('The email has already been taken.');
    // Printed enum is `app` / `Web`; both spellings of web are accepted.
    const tracking = trackingSelected.toLowerCase();
    if (tracking !== 'app' && tracking !== 'web') throw new DesklogError('The selected tracking selected is invalid.');
    if (teamId !== undefined && !state.teams.some((t) => t.id === teamId)) {
      throw new DesklogError('The selected team is invalid.');
    }
    state.users.push({
      id: takeId(state, 'user'),
      // Registration takes no name; the email's local part stands in until `user_profile_update`.
      name: email.split('@')[0] ?? email,
      email,
      active: true,
      phone: null,
      team_id: teamId ?? null,
      user_type: role.user_type,
      role: role.role,
      time_zone: 'UTC',
      app_and_os: null,
      tracking_type: tracking,
      employee_id: employeeId ?? null,
      punching_id: punchingId ?? null,
      jira_account_id: jiraAccountId ?? null,
      clickup_id: clickupId ?? null,
      minimum_working_minutes: 480,
      isWorkWithIdle: 1,
    });
    // No id is returned; callers look the user up with `user_profile`.
    return ok('User added successfully', null);
  });

  return [
    { method: 'POST', path: 'user_list', handler: list },
    { method: 'GET', path: 'user_list', handler: list },
    { method: 'POST', path: 'user_profile', handler: profile },
    { method: 'GET', path: 'user_profile', handler: profile },
    { method: 'POST', path: 'user_profile_update', handler: update },
    { method: 'POST', path: 'user_register', handler: register },
  ];
}
