/**
 * `/api/organization-team`: CRUD with members. Membership is managed through `memberIds` and
 * `managerIds` on create/update (managers get the MANAGER role on the team-employee row). The
 * team name must be unique in the organization (`@IsTeamAlreadyExist`).
 */
import type { SimRoute } from '../../kit.js';
import type { Caller } from '../auth.js';
import type { SimContext } from '../context.js';
import { forbidden, json, notFound, uuidParam } from '../envelope.js';
import { checkOrganization, findAll, organizationIdOf, parseListQuery } from '../listing.js';
import { parseQuery, parseRelations } from '../query.js';
import { teamJson } from '../serialize.js';
import { baseColumns, roleByName, setTags, type TeamRow } from '../state.js';
import * as v from '../validate.js';
import { bodyOf, checkIdList, countRoute, deleteResult, fieldPatch, type FieldKind } from './common.js';

const TEAM_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  color: 'string',
  emoji: 'string',
  teamSize: 'string',
  logo: 'string',
  prefix: 'string',
  public: 'boolean',
  profile_link: 'string',
  shareProfileView: 'boolean',
  requirePlanToTrack: 'boolean',
};

const WITH_MEMBERS = new Set(['members', 'members.employee', 'members.employee.user', 'members.role']);

export function teamRoutes(ctx: SimContext): SimRoute[] {
  const { state, route } = ctx;
  const load = (id: string): TeamRow => {
    const t = state.teams.get(id);
    if (!t || t.deletedAt !== null) throw notFound();
    return t;
  };
  /**
   * TeamAlreadyExistConstraint (shared/validators/constraints/team-already-exist.constraint.ts):
   * a team of the same name in the payload's organization, other than `payload.id`, fails; with
   * no `id` in the body the team's own name counts as taken.
   */
  const nameTaken = (name: unknown, organizationId: string | undefined, exceptId?: unknown) =>
    !!organizationId && [...state.teams.values()].some((t) => t.deletedAt === null && t.name === name && t.organizationId === organizationId && t.id !== exceptId);

  /** Replaces the member rows from memberIds/managerIds (managers are members too). */
  const setMembers = (team: TeamRow, memberIds: string[], managerIds: string[], caller: Caller) => {
    const managerRole = roleByName(state, 'MANAGER')?.id ?? null;
    const wanted = [...new Set([...managerIds, ...memberIds])].filter((id) => state.employees.has(id));
    const existing = state.teamMembers.filter((m) => m.organizationTeamId === team.id);
    state.teamMembers = state.teamMembers.filter((m) => m.organizationTeamId !== team.id);
    wanted.forEach((employeeId, order) => {
      const prior = existing.find((m) => m.employeeId === employeeId);
      const at = ctx.nowIso();
      state.teamMembers.push({
        ...(prior ?? { ...baseColumns(ctx.newId(), at, caller.user.id), tenantId: team.tenantId, organizationId: team.organizationId }),
        organizationTeamId: team.id,
        employeeId,
        roleId: managerIds.includes(employeeId) ? managerRole : null,
        isTrackingEnabled: prior?.isTrackingEnabled ?? true,
        activeTaskId: prior?.activeTaskId ?? null,
        order,
        updatedAt: at,
      });
    });
  };

  const list = route('GET', '/api/organization-team', (req, caller) => {
    const q = parseListQuery(ctx, caller, req);
    // organization-team.service.ts `findAll` (L560-561; `pagination` ends there too):
    // `skip` is a page number, and without `take` every team comes back.
    const page = findAll(state.teams.values(), q, { skip: 'page', defaultTake: null });
    return json({ items: page.items.map((t) => teamJson(state, t, q.relations)), total: page.total });
  });

  return [
    route('GET', '/api/organization-team/count', countRoute(ctx, () => state.teams.values())),
    { ...list, pattern: '/api/organization-team/pagination' },
    list,
    route('GET', '/api/organization-team/:id', (req) => {
      const t = load(uuidParam(req.params));
      return json(teamJson(state, t, parseRelations(parseQuery(req.query)['relations'])));
    }),
    route('POST', '/api/organization-team', (req, caller) => {
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      if (v.notEmpty(errors, 'name', body['name'])) {
        v.string(errors, 'name', body['name'], true);
        if (nameTaken(body['name'], organizationIdOf(body))) errors.push(`The team name '${String(body['name'])}' is already in use. Please choose a different name.`);
      }
      const patch = fieldPatch(errors, body, TEAM_FIELDS);
      const memberIds = checkIdList(errors, 'memberIds', body['memberIds']);
      const managerIds = checkIdList(errors, 'managerIds', body['managerIds']);
      const tagIds = checkIdList(errors, 'tags', body['tags']);
      v.throwIfAny(errors);
      const at = ctx.nowIso();
      const team: TeamRow = {
        ...baseColumns(ctx.newId(), at, caller.user.id),
        tenantId: caller.tenantId,
        organizationId: organizationIdOf(body) ?? state.organization.id,
        name: String(body['name']),
        color: null,
        emoji: null,
        teamSize: null,
        logo: null,
        prefix: String(body['name']).slice(0, 3).toUpperCase(),
        public: false,
        profile_link: null,
        shareProfileView: true,
        requirePlanToTrack: false,
        imageId: null,
        ...(patch as Partial<TeamRow>),
      };
      state.teams.set(team.id, team);
      setMembers(team, memberIds, managerIds, caller);
      setTags(state, 'team', team.id, tagIds);
      return json(teamJson(state, team, WITH_MEMBERS), 201);
    }),
    route('PUT', '/api/organization-team/:id', (req, caller) => {
      const team = load(uuidParam(req.params));
      const body = bodyOf(req);
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, body);
      // UpdateOrganizationTeamDTO (organization-team/dto/update-organization-team.dto.ts): `id`
      // is @IsNotEmpty @IsUUID in the body, and the name check excludes only that id.
      if (v.notEmpty(errors, 'id', body['id'])) v.uuid(errors, 'id', body['id'], true);
      if ('name' in body) {
        if (v.notEmpty(errors, 'name', body['name']) && nameTaken(body['name'], organizationIdOf(body), body['id'])) {
          errors.push(`The team name '${String(body['name'])}' is already in use. Please choose a different name.`);
        }
      }
      const patch = fieldPatch(errors, body, TEAM_FIELDS);
      const memberIds = checkIdList(errors, 'memberIds', body['memberIds']);
      const managerIds = checkIdList(errors, 'managerIds', body['managerIds']);
      const tagIds = 'tags' in body ? checkIdList(errors, 'tags', body['tags']) : undefined;
      v.throwIfAny(errors);
      Object.assign(team, patch, { updatedAt: ctx.nowIso(), updatedByUserId: caller.user.id });
      if ('memberIds' in body || 'managerIds' in body) setMembers(team, memberIds, managerIds, caller);
      if (tagIds) setTags(state, 'team', team.id, tagIds);
      return json(teamJson(state, team, WITH_MEMBERS), 202);
    }),
    // organization-team.controller.ts `delete` validates DeleteQueryDTO (organizationId,
    // tenantId) with `whitelist`; organization-team.service.ts `deleteTeam` (L592-626) finds the
    // team in that organization and turns any failure, "not found" included, into a 403.
    route('DELETE', '/api/organization-team/:id', (req, caller) => {
      const id = uuidParam(req.params);
      const q = parseQuery(req.query) as Record<string, unknown>;
      const errors: v.Errors = [];
      checkOrganization(errors, ctx, caller, q);
      v.throwIfAny(errors);
      const team = state.teams.get(id);
      if (!team || team.deletedAt !== null || team.organizationId !== organizationIdOf(q)) throw forbidden();
      state.teams.delete(team.id);
      state.teamMembers = state.teamMembers.filter((m) => m.organizationTeamId !== team.id);
      state.taskTeams = state.taskTeams.filter((l) => l.organizationTeamId !== team.id);
      setTags(state, 'team', team.id, []);
      // time_log.organizationTeamId is ON DELETE SET NULL.
      for (const log of state.timeLogs.values()) if (log.organizationTeamId === team.id) log.organizationTeamId = null;
      return deleteResult(1);
    }),
  ];
}
