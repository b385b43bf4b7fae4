/**
 * Teams: `team_list`, `team_show`, `team_create`, `team_delete`, `rename_team`,
 * `add_team_member`, `remove_team_member`. All are POST with a JSON body, except `team_list`,
 * which has no body and is printed with a copy-pasted heading, so it answers GET and POST
 * (desklog.md note B).
 *
 * A user belongs to at most one team (users carry a single `team_id`), so adding a user to a
 * team moves them out of their previous one.
 */
import { DesklogError, guarded, ok } from '../envelope.js';
import { objectBody, readInt, readIntArray, readString } from '../input.js';
import type { DesklogState, DesklogTeam } from '../state.js';
import { takeId } from '../state.js';
import type { DesklogRoute } from './types.js';

function findTeam(state: DesklogState, teamId: number): DesklogTeam {
  const team = state.teams.find((t) => t.id === teamId);
  if (!team) throw new DesklogError('Team not found');
  return team;
}

function requireUsers(state: DesklogState, ids: number[], field: string): void {
  const unknown = ids.filter((id) => !state.users.some((u) => u.id === id));
  if (unknown.length > 0) throw new DesklogError(`The selected ${field} is invalid.`);
}

function nameTaken(state: DesklogState, name: string, exceptId?: number): boolean {
  const wanted = name.trim().toLowerCase();
  return state.teams.some((t) => t.id !== exceptId && t.team_name.toLowerCase() === wanted);
}

export function teamRoutes(state: DesklogState): DesklogRoute[] {
  // Note the capital S: team list and show say "Success", most other endpoints "success".
  const list = guarded(() =>
    ok(
      'Success',
      state.teams.map((t) => ({ team_id: t.id, team_name: t.team_name, lead_by: t.lead_by, added_by: t.added_by })),
    ),
  );

  const show = guarded((req) => {
    const team = findTeam(state, readInt(objectBody(req), 'team_id', true));
    return ok('Success', {
      id: team.id,
      team_name: team.team_name,
      lead_by: team.lead_by,
      added_by: team.added_by,
      members: state.users.filter((u) => u.team_id === team.id).map((u) => ({ user_id: u.id, email: u.email })),
    });
  });

  const create = guarded((req) => {
    const body = objectBody(req);
    const name = readString(body, 'team_name', true).trim();
    const members = readIntArray(body, 'team_member', true);
    const leadBy = readInt(body, 'lead_by');
    requireUsers(state, members, 'team member');
    if (leadBy !== undefined) requireUsers(state, [leadBy], 'lead by');
    if (nameTaken(state, name)) throw new DesklogError('Team name already exists');
    const team: DesklogTeam = { id: takeId(state, 'team'), team_name: name, lead_by: leadBy ?? null, added_by: state.ownerId };
    state.teams.push(team);
    for (const user of state.users) if (members.includes(user.id)) user.team_id = team.id;
    // No id in the response; callers re-read `team_list`.
    return ok('New team created successfully.', null);
  });

  const remove = guarded((req) => {
    const team = findTeam(state, readInt(objectBody(req), 'team_id', true));
    // "deletes all associated data and members": members become team-less, users survive.
    state.teams.splice(state.teams.indexOf(team), 1);
    for (const user of state.users) if (user.team_id === team.id) user.team_id = null;
    return ok('Team has been deleted successfully!', null);
  });

  const rename = guarded((req) => {
    const body = objectBody(req);
    const team = findTeam(state, readInt(body, 'team_id', true));
    const name = readString(body, 'team_name', true).trim();
    if (nameTaken(state, name, team.id)) throw new DesklogError('Team name already exists');
    team.team_name = name;
    return ok('Team Name Changed', null);
  });

  // The docs print "Team Name Changed" for add and remove too (a copy-paste); it is kept
  // verbatim because it is the only documented string and clients must go by `status` anyway.
  const addMember = guarded((req) => {
    const body = objectBody(req);
    const team = findTeam(state, readInt(body, 'team_id', true));
    const newMembers = readIntArray(body, 'new_member', true);
    requireUsers(state, newMembers, 'new member');
    for (const user of state.users) if (newMembers.includes(user.id)) user.team_id = team.id;
    return ok('Team Name Changed', null);
  });

  const removeMember = guarded((req) => {
    const body = objectBody(req);
    const team = findTeam(state, readInt(body, 'team_id', true));
    const memberId = readInt(body, 'member_id', true);
    const user = state.users.find((u) => u.id === memberId && u.team_id === team.id);
    if (!user) throw new DesklogError('The member is not part of this team');
    user.team_id = null;
    if (team.lead_by === memberId) team.lead_by = null;
    return ok('Team Name Changed', null);
  });

  return [
    { method: 'GET', path: 'team_list', handler: list },
    { method: 'POST', path: 'team_list', handler: list },
    { method: 'POST', path: 'team_show', handler: show },
    { method: 'POST', path: 'team_create', handler: create },
    { method: 'POST', path: 'team_delete', handler: remove },
    { method: 'POST', path: 'rename_team', handler: rename },
    { method: 'POST', path: 'add_team_member', handler: addMember },
    { method: 'POST', path: 'remove_team_member', handler: removeMember },
  ];
}
