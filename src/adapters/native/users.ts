import type { User } from '../../domain/entities.js';
import type { UserRole, UserStatus } from '../../domain/enums.js';
import { ConflictError, ValidationError } from '../../domain/errors.js';
import type { UsersTable } from '../../store/schema.js';
import type { EntityHandlers } from '../contract.js';
import { listByName } from './by-name.js';
import { deleteRow, inKeyOrder, iso, newId, reload, shownId, type NativeContext } from './support.js';

export function toUser(source: string, row: UsersTable): User {
  return {
    source,
    remoteId: row.id,
    raw: row,
    name: row.name,
    email: row.email,
    role: row.role as UserRole,
    roleLabel: null,
    status: row.status as UserStatus,
    statusLabel: null,
    timeZone: row.time_zone,
  };
}

export function nativeUsers(ctx: NativeContext): EntityHandlers<'user'> {
  const { db, source } = ctx;
  const load = async (ids: readonly string[]) =>
    (await db.selectFrom('users').selectAll().where('id', 'in', [...ids]).execute()).map((r) => toUser(source, r));

  const assertEmailFree = async (email: string, exceptId?: string) => {
    let q = db.selectFrom('users').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()));
    if (exceptId) q = q.where('id', '!=', exceptId);
    if (await q.executeTakeFirst()) throw ValidationError.field('input.email', `is already used by another user`);
  };

  return {
    list: (filter, page) =>
      listByName<UsersTable, User>(db, 'users', page, filter.search, (q) => {
        if (filter.email) q = q.where((eb: any) => eb(eb.fn('lower', ['email']), '=', filter.email!.toLowerCase()));
        if (filter.status) q = q.where('status', '=', filter.status);
        return q;
      }, async (rows) => rows.map((r) => toUser(source, r))),
    getMany: async (ids) => inKeyOrder('User', ids, await load(ids)),
    create: async (input) => {
      await assertEmailFree(input.email);
      const row: UsersTable = {
        id: newId(),
        name: input.name,
        email: input.email,
        role: input.role ?? 'MEMBER',
        status: input.status ?? 'ACTIVE',
        time_zone: input.timeZone ?? null,
        created_at: iso(ctx.now()),
      };
      await db.insertInto('users').values(row).execute();
      return toUser(source, row);
    },
    update: async (id, patch) => {
      if (patch.email) await assertEmailFree(patch.email, id);
      const values: Partial<UsersTable> = {};
      if (patch.name !== undefined && patch.name !== null) values.name = patch.name;
      if (patch.email !== undefined && patch.email !== null) values.email = patch.email;
      if (patch.role) values.role = patch.role;
      if (patch.status) values.status = patch.status;
      if (patch.timeZone !== undefined) values.time_zone = patch.timeZone;
      if (Object.keys(values).length) await db.updateTable('users').set(values).where('id', '=', id).execute();
      return reload('User', id, load);
    },
    delete: async (id) => {
      // Tracked time is never orphaned: a user with entries is refused; memberships cascade.
      const entries = await db.selectFrom('time_entries').select('id').where('user_id', '=', id).limit(1).execute();
      if (entries.length) throw new ConflictError(`User ${shownId(ctx, 'User', id)} has time entries; delete or reassign them first`);
      await deleteRow(db, 'users', 'User', id);
    },
  };
}
