/**
 * The few role permissions the simulator decides on, as Gauzy seeds them by default
 * (role-permission/default-role-permissions.ts): SUPER_ADMIN and ADMIN hold
 * CHANGE_SELECTED_EMPLOYEE (act on and read other employees' time); SUPER_ADMIN, ADMIN and
 * EMPLOYEE hold ORG_MEMBER_LAST_LOG_VIEW (see other members' last log in the timer status).
 */
import type { Caller } from './auth.js';
import type { GauzyState, RoleName } from './state.js';

export const SIM_PERMISSIONS = ['CHANGE_SELECTED_EMPLOYEE', 'ORG_MEMBER_LAST_LOG_VIEW'] as const;
export type SimPermission = (typeof SIM_PERMISSIONS)[number];

const DEFAULTS: Record<SimPermission, readonly RoleName[]> = {
  CHANGE_SELECTED_EMPLOYEE: ['SUPER_ADMIN', 'ADMIN'],
  ORG_MEMBER_LAST_LOG_VIEW: ['SUPER_ADMIN', 'ADMIN', 'EMPLOYEE'],
};

export function roleHas(role: RoleName | undefined, permission: SimPermission): boolean {
  return !!role && DEFAULTS[permission].includes(role);
}

/** Whether the signed-in user's role holds `permission` (RequestContext.hasPermission). */
export function callerCan(state: GauzyState, caller: Caller, permission: SimPermission): boolean {
  return roleHas(state.roles.get(caller.user.roleId)?.name, permission);
}
