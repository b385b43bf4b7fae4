import type { Team } from '../../domain/entities.js';
import type { TeamsTable } from '../../store/schema.js';
import type { EntityHandlers, MembershipHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { assertExists, deleteRow, groupLinks, inKeyOrder, iso, newId, reload, type Db, type NativeContext } from './support.js';

async function withMembers(db: Db, source: string, rows: TeamsTable[]): Promise<Team[]> {
  if (!rows.length) return [];
  const links = await db.selectFrom('team_members').selectAll().where('team_id', 'in', rows.map((r) => r.id)).orderBy('user_id').execute();
  const members = groupLinks(links, (l) => l.team_id, (l) => l.user_id);
  return rows.map((r) => ({ source, remoteId: r.id, raw: r, name: r.name, memberIds: members.get(r.id) ?? [] }));
}

export function nativeTeams(ctx: NativeContext): EntityHandlers<'team'> {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    withMembers(db, source, await db.selectFrom('teams').selectAll().where('id', 'in', [...ids]).execute());
  return {
    list: (filter, page) => listByName<TeamsTable, Team>(db, 'teams', page, filter.search, (q) => q, (rows) => withMembers(db, source, rows)),
    getMany: async (ids) => inKeyOrder('Team', ids, await load(ids)),
    create: async (input) => {
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await assertExists(trx, 'users', input.memberIds ?? [], 'input.memberIds');
        await trx.insertInto('teams').values({ id, name: input.name, created_at: iso(ctx.now()) }).execute();
        await setLinks(trx, id, input.memberIds ?? []);
      });
      return reload('Team', id, load);
    },
    update: async (id, patch) => {
      await db.transaction().execute(async (trx) => {
        if (patch.name) await trx.updateTable('teams').set({ name: patch.name }).where('id', '=', id).execute();
        if (patch.memberIds) {
          await assertExists(trx, 'users', patch.memberIds, 'input.memberIds');
          await trx.deleteFrom('team_members').where('team_id', '=', id).execute();
          await setLinks(trx, id, patch.memberIds);
        }
      });
      return reload('Team', id, load);
    },
    // Deleting a team only dissolves the grouping; memberships cascade, people stay.
    delete: (id) => deleteRow(db, 'teams', 'Team', id),
  };
}

async function setLinks(db: Db, teamId: string, userIds: readonly string[]) {
  const unique = [...new Set(userIds)];
  if (unique.length) await db.insertInto('team_members').values(unique.map((user_id) => ({ team_id: teamId, user_id }))).execute();
}

export function nativeTeamMembers(ctx: NativeContext): MembershipHandlers {
  return {
    add: (teamId, userIds) =>
      ctx.db.transaction().execute(async (trx) => {
        await assertExists(trx, 'teams', [teamId], 'input.teamId');
        await assertExists(trx, 'users', userIds, 'input.userIds');
        const existing = await trx.selectFrom('team_members').select('user_id').where('team_id', '=', teamId).execute();
        const have = new Set(existing.map((e) => e.user_id));
        await setLinks(trx, teamId, userIds.filter((u) => !have.has(u)));
      }),
    remove: async (teamId, userIds) => {
      await assertExists(ctx.db, 'teams', [teamId], 'input.teamId');
      if (userIds.length) await ctx.db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', 'in', userIds).execute();
    },
  };
}
