/**
 * Users. Desklog has no get-by-id: `user_profile` looks up one email, so reads by id scan
 * `user_list`, which is not paginated: one request serves any number of ids (and is memoised).
 *
 * Requests: list 1 (0 while memoised); getMany 1 for the whole batch; create 3
 * (user_register, which returns no id; user_profile_update to set the name, which
 * registration does not take; user_profile to read the new user back by email); update 3
 * (user_list to learn the email, user_profile_update, user_profile). There is no delete.
 */
import type { User } from '../../domain/entities.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import type { EntityHandlers, UpdateInputMap } from '../contract.js';
import { toDesklogRoleId, toUser } from './mappers/to-user.js';
import { nameMatches, pageByName, writing, type DesklogContext } from './support.js';
import type { DesklogUser } from './types.js';

export function loadUsers(ctx: DesklogContext): Promise<DesklogUser[]> {
  return ctx.memo.get('users', () => ctx.api.userList());
}

/** Fields Desklog cannot change through its API; a patch may repeat the current value. */
function refuseUnchangeable(current: User, patch: UpdateInputMap['user']): void {
  const refuse = (field: string, what: string) => {
    throw ValidationError.field(`input.${field}`, `Desklog's API cannot change a user's ${what}`);
  };
  if (patch.email !== undefined && (patch.email ?? '').toLowerCase() !== (current.email ?? '').toLowerCase()) refuse('email', 'email');
  if (patch.role !== undefined && patch.role !== current.role) refuse('role', 'role');
  if (patch.status !== undefined && patch.status !== current.status) refuse('status', 'status');
  if (patch.timeZone !== undefined && patch.timeZone !== current.timeZone) refuse('timeZone', 'time zone (the Desklog app sets it)');
}

export function desklogUsers(ctx: DesklogContext): EntityHandlers<'user'> {
  const all = async () => (await loadUsers(ctx)).map((u) => toUser(ctx.source, u));
  const byId = async (id: string): Promise<User> => {
    const user = (await all()).find((u) => u.remoteId === id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  };
  const byEmail = async (email: string) => toUser(ctx.source, await ctx.api.userProfile(email));

  return {
    list: async (filter, page) => {
      const email = filter.email?.trim().toLowerCase();
      const users = (await all()).filter(
        (u) =>
          nameMatches(filter.search, u.name) &&
          (!email || u.email?.toLowerCase() === email) &&
          (!filter.status || u.status === filter.status),
      );
      return pageByName('user', users, page, (u) => u.name, (u) => u.remoteId);
    },

    getMany: async (ids) => {
      const users = new Map((await all()).map((u) => [u.remoteId, u]));
      return ids.map((id) => users.get(id) ?? new NotFoundError('User', id));
    },

    create: (input) =>
      writing(ctx, async () => {
        const email = input.email.trim();
        const name = input.name.trim();
        if (!name) throw ValidationError.field('input.name', 'must not be empty');
        if (input.status && input.status !== 'ACTIVE') {
          throw ValidationError.field('input.status', 'Desklog registers users as active only');
        }
        // The time zone is not settable: Desklog takes it from the tracking app.
        await ctx.api.userRegister({ user_role: toDesklogRoleId(input.role), email, tracking_selected: 'app' });
        await ctx.api.userProfileUpdate({ email, new_name: name });
        return byEmail(email);
      }),

    update: (id, patch) =>
      writing(ctx, async () => {
        const current = await byId(id);
        refuseUnchangeable(current, patch);
        if (!current.email) throw ValidationError.field('id', 'this Desklog user has no email, which updates are keyed by');
        if (patch.name !== undefined) {
          const name = patch.name?.trim();
          if (!name) throw ValidationError.field('input.name', 'must not be empty');
          await ctx.api.userProfileUpdate({ email: current.email, new_name: name });
        }
        return byEmail(current.email);
      }),
  };
}
