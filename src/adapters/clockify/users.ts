/**
 * Users. Clockify has no user create through this API (adding a member is an e-mail invitation
 * on paid plans that answers with the workspace) and no working delete, and the only field it
 * lets a client change is the workspace status, so `update` takes `status` and nothing else.
 *
 * Records are read one by one: one that cannot be read (no id) is reported as an error of its
 * own next to the page (`Page.errors`), and the others are listed.
 *
 * Cost: list 1 request per page; getMany and update read the user directory
 * (ceil(users / 200) requests, none while the snapshot is warm); update adds 1 PUT.
 */
import type { User } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { readUser, toClockifyUserStatus } from './mappers/to-user.js';
import { matchesSearch, vendorPage } from './paging.js';
import { byId, inKeyOrder, type ClockifyContext } from './support.js';

export function clockifyUsers(ctx: ClockifyContext): EntityHandlers<'user'> {
  const map = (record: unknown) => readUser(record, ctx.source, ctx.workspaceId);
  const lookup = async (ids: readonly string[], reload = false): Promise<Array<User | Error>> => {
    if (reload) ctx.directory.invalidate();
    const { value, fresh } = await ctx.directory.get();
    const found = inKeyOrder('User', ids, value.map(map).filter((u): u is User => !(u instanceof Error)));
    // A kept snapshot may predate the user; one reload settles it.
    if (!fresh && found.some((f) => f instanceof Error)) return lookup(ids, true);
    return found;
  };

  return {
    list: (filter, page) => {
      const email = filter.email?.toLowerCase();
      // Clockify's `name`/`email` are substring filters and its `status` is the membership
      // alone, so the vendor narrows and the exact rule is applied here.
      const query = {
        'sort-column': 'NAME_LOWERCASE',
        'sort-order': 'ASCENDING',
        name: filter.search || undefined,
        email: filter.email || undefined,
      };
      return vendorPage<unknown, User>(
        page,
        (p, s) => ctx.api.users(query, p, s),
        map,
        (u) => matchesSearch(u.name, filter.search) && (!email || u.email?.toLowerCase() === email) && (!filter.status || u.status === filter.status),
      );
    },

    getMany: (ids) => lookup(ids),

    update: async (id, patch) => {
      const unsupported = (['name', 'email', 'role', 'timeZone'] as const).filter((field) => patch[field] !== undefined);
      if (unsupported.length) {
        throw ValidationError.field(`input.${unsupported[0]}`, 'cannot be changed through the Clockify API; only the status (ACTIVE or INACTIVE) can');
      }
      if (patch.status) {
        const status = toClockifyUserStatus(patch.status);
        if (!status) throw ValidationError.field('input.status', `${patch.status} cannot be set in Clockify; use ACTIVE or INACTIVE`);
        await byId('User', id, () => ctx.api.updateUserStatus(id, status));
      }
      const [user] = await lookup([id], Boolean(patch.status));
      if (!user || user instanceof Error) throw user ?? new Error('user lookup returned nothing');
      return user;
    },
  };
}
