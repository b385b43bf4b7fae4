/**
 * Rows → JSON as Gauzy returns them. Relations appear only when loaded (`relations[]=…`, or
 * where a service loads them itself), and virtual columns are computed here. Nested relation
 * paths (`employee.user`) are honoured one level at a time via `subRelations`.
 */
import { subRelations } from './query.js';
import {
  logDuration,
  tagIdsOf,
  type ContactRow,
  type EmployeeRow,
  type GauzyState,
  type ProjectRow,
  type TagRow,
  type TaskRow,
  type TeamMemberRow,
  type TeamRow,
  type TimeLogRow,
  type TimesheetRow,
  type UserRow,
} from './state.js';
import { timeSlotsOf } from './tracking.js';

type Json = Record<string, unknown>;
const none = new Set<string>();

const userName = (u: UserRow): string => [u.firstName, u.lastName].filter(Boolean).join(' ');

export function tagsJson(state: GauzyState, ids: string[]): TagRow[] {
  return ids.map((id) => state.tags.get(id)).filter((t): t is TagRow => !!t && t.deletedAt === null).map((t) => ({ ...t }));
}

export function userJson(state: GauzyState, user: UserRow, rels: Set<string> = none): Json {
  const out: Json = { ...user, name: userName(user) };
  if (rels.has('role')) out['role'] = state.roles.get(user.roleId) ?? null;
  if (rels.has('tenant')) out['tenant'] = { ...state.tenant };
  if (rels.has('employee')) {
    const emp = [...state.employees.values()].find((e) => e.userId === user.id && e.deletedAt === null);
    out['employee'] = emp ? employeeJson(state, emp, subRelations(rels, 'employee')) : null;
  }
  if (rels.has('organizations')) {
    // user_organization rows; the demo has a single organization.
    out['organizations'] = [
      {
        id: `${user.id.slice(0, 24)}${state.organization.id.slice(24)}`,
        userId: user.id,
        organizationId: state.organization.id,
        tenantId: user.tenantId,
        isDefault: true,
        isActive: true,
        ...(rels.has('organizations.organization') ? { organization: { ...state.organization } } : {}),
      },
    ];
  }
  return out;
}

export function employeeJson(state: GauzyState, emp: EmployeeRow, rels: Set<string> = none): Json {
  const out: Json = { ...emp };
  if (rels.has('user')) {
    const user = state.users.get(emp.userId);
    out['user'] = user ? userJson(state, user, subRelations(rels, 'user')) : null;
    // `fullName` is filled from the loaded user, so it only exists when `user` is loaded.
    if (user) out['fullName'] = userName(user);
  }
  if (rels.has('organization')) out['organization'] = { ...state.organization };
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'employee', emp.id));
  if (rels.has('teams')) {
    const teamIds = new Set(state.teamMembers.filter((m) => m.employeeId === emp.id && m.deletedAt === null).map((m) => m.organizationTeamId));
    out['teams'] = [...teamIds].map((id) => state.teams.get(id)).filter((t) => t && t.deletedAt === null).map((t) => ({ ...t }));
  }
  if (rels.has('projects')) {
    out['projects'] = state.projectMembers
      .filter((m) => m.employeeId === emp.id && m.deletedAt === null)
      .map((m) => state.projects.get(m.organizationProjectId))
      .filter((p): p is ProjectRow => !!p && p.deletedAt === null)
      .map((p) => projectJson(state, p));
  }
  return out;
}

function employeeById(state: GauzyState, id: string, rels: Set<string>): Json | null {
  const emp = state.employees.get(id);
  return emp ? employeeJson(state, emp, rels) : null;
}

export function teamMemberJson(state: GauzyState, m: TeamMemberRow, rels: Set<string>): Json {
  const out: Json = { ...m };
  if (rels.has('employee')) out['employee'] = employeeById(state, m.employeeId, subRelations(rels, 'employee'));
  if (rels.has('role')) out['role'] = m.roleId ? (state.roles.get(m.roleId) ?? null) : null;
  return out;
}

export function teamJson(state: GauzyState, team: TeamRow, rels: Set<string> = none): Json {
  const out: Json = { ...team };
  if (rels.has('members')) {
    out['members'] = state.teamMembers
      .filter((m) => m.organizationTeamId === team.id && m.deletedAt === null)
      .map((m) => teamMemberJson(state, m, subRelations(rels, 'members')));
  }
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'team', team.id));
  return out;
}

export function contactJson(state: GauzyState, c: ContactRow, rels: Set<string> = none): Json {
  const out: Json = { ...c };
  if (rels.has('members')) {
    out['members'] = state.contactMembers
      .filter((m) => m.ownerId === c.id)
      .map((m) => employeeById(state, m.employeeId, subRelations(rels, 'members')))
      .filter(Boolean);
  }
  if (rels.has('projects')) {
    out['projects'] = [...state.projects.values()]
      .filter((p) => p.organizationContactId === c.id && p.deletedAt === null)
      .map((p) => projectJson(state, p, subRelations(rels, 'projects')));
  }
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'contact', c.id));
  return out;
}

export function projectJson(state: GauzyState, p: ProjectRow, rels: Set<string> = none): Json {
  const members = state.projectMembers.filter((m) => m.organizationProjectId === p.id && m.deletedAt === null);
  // membersCount is a virtual column Gauzy fills on load.
  const out: Json = { ...p, membersCount: members.length };
  if (rels.has('members')) {
    const sub = subRelations(rels, 'members');
    out['members'] = members.map((m) => ({
      ...m,
      ...(sub.has('employee') ? { employee: employeeById(state, m.employeeId, subRelations(sub, 'employee')) } : {}),
    }));
  }
  if (rels.has('organizationContact')) {
    const c = p.organizationContactId ? state.contacts.get(p.organizationContactId) : undefined;
    out['organizationContact'] = c ? contactJson(state, c) : null;
  }
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'project', p.id));
  if (rels.has('tasks')) {
    out['tasks'] = [...state.tasks.values()].filter((t) => t.projectId === p.id && t.deletedAt === null).map((t) => ({ ...t }));
  }
  return out;
}

export function taskJson(state: GauzyState, t: TaskRow, rels: Set<string> = none): Json {
  const out: Json = { ...t };
  if (rels.has('members')) {
    out['members'] = state.taskMembers
      .filter((m) => m.ownerId === t.id)
      .map((m) => employeeById(state, m.employeeId, subRelations(rels, 'members')))
      .filter(Boolean);
  }
  if (rels.has('teams')) {
    out['teams'] = state.taskTeams
      .filter((l) => l.taskId === t.id)
      .map((l) => state.teams.get(l.organizationTeamId))
      .filter((team): team is TeamRow => !!team && team.deletedAt === null)
      .map((team) => ({ ...team }));
  }
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'task', t.id));
  if (rels.has('project')) {
    const p = t.projectId ? state.projects.get(t.projectId) : undefined;
    out['project'] = p ? projectJson(state, p, subRelations(rels, 'project')) : null;
  }
  if (rels.has('creator')) {
    const u = t.creatorId ? state.users.get(t.creatorId) : undefined;
    out['creator'] = u ? userJson(state, u) : null;
  }
  return out;
}

export function timeLogJson(state: GauzyState, log: TimeLogRow, rels: Set<string>, now: Date): Json {
  // duration and isEdited are virtual columns computed on load.
  const out: Json = { ...log, duration: logDuration(log, now), isEdited: !!log.editedAt };
  if (rels.has('employee')) out['employee'] = employeeById(state, log.employeeId, subRelations(rels, 'employee'));
  if (rels.has('project')) {
    const p = log.projectId ? state.projects.get(log.projectId) : undefined;
    out['project'] = p ? projectJson(state, p, subRelations(rels, 'project')) : null;
  }
  if (rels.has('task')) {
    const t = log.taskId ? state.tasks.get(log.taskId) : undefined;
    out['task'] = t ? taskJson(state, t, subRelations(rels, 'task')) : null;
  }
  if (rels.has('organizationContact')) {
    const c = log.organizationContactId ? state.contacts.get(log.organizationContactId) : undefined;
    out['organizationContact'] = c ? contactJson(state, c) : null;
  }
  if (rels.has('organizationTeam')) {
    const team = log.organizationTeamId ? state.teams.get(log.organizationTeamId) : undefined;
    out['organizationTeam'] = team ? { ...team } : null;
  }
  if (rels.has('timesheet')) {
    const ts = log.timesheetId ? state.timesheets.get(log.timesheetId) : undefined;
    out['timesheet'] = ts ? timesheetJson(state, ts) : null;
  }
  if (rels.has('timeSlots')) out['timeSlots'] = timeSlotsOf(log);
  // TimeLog has no tag relation in Gauzy's entity; the simulator keeps manual-time `tags` ids and
  // shows them only when explicitly asked for.
  if (rels.has('tags')) out['tags'] = tagsJson(state, tagIdsOf(state, 'timeLog', log.id));
  return out;
}

export function timesheetJson(state: GauzyState, ts: TimesheetRow, rels: Set<string> = none): Json {
  const out: Json = { ...ts, isEdited: !!ts.editedAt };
  if (rels.has('employee')) out['employee'] = employeeById(state, ts.employeeId, subRelations(rels, 'employee'));
  if (rels.has('approvedBy')) {
    const u = ts.approvedById ? state.users.get(ts.approvedById) : undefined;
    out['approvedBy'] = u ? userJson(state, u) : null;
  }
  return out;
}
