/**
 * Users (docs §3.11): list, read, create, update (not `username`, not `enabled`), delete.
 *
 * Create needs what the unified input does not have: a login name (derived from the email,
 * unique against the user list) and a password (a random one: the person sets their own
 * through TimeTrack's reset; it is never logged or returned). `timeZone` has no TimeTrack
 * field and is not stored.
 */
import { randomBytes } from 'node:crypto';
import { ValidationError } from '../../domain/errors.js';
import type { EntityHandlers } from '../contract.js';
import { roleFlags, splitName, toUser, usernameFor } from './mappers/to-user.js';
import { pageByName } from './paging.js';
import { afterWrite, allUsers, getBatch, nameMatches, onRecord, PATHS, readOne, recordPath, type TimeTrackContext } from './support.js';
import { TimeTrackUser } from './types.js';

const LABEL = 'User';

export function timeTrackUsers(ctx: TimeTrackContext): EntityHandlers<'user'> {
  const { client, source } = ctx;
  const map = async (raws: TimeTrackUser[]) => raws.map((r) => toUser(source, r));

  return {
    list: async (filter, page) => {
      const users = (await allUsers(ctx)).map((r) => toUser(source, r));
      const email = filter.email?.toLowerCase();
      return pageByName(
        users.filter(
          (u) => nameMatches(filter.search, u.name) && (!email || u.email?.toLowerCase() === email) && (!filter.status || u.status === filter.status),
        ),
        page,
      );
    },

    getMany: (ids) =>
      getBatch(ctx, { label: LABEL, collection: PATHS.user, schema: TimeTrackUser, all: { peek: () => ctx.memo.peek<TimeTrackUser[]>('users'), load: () => allUsers(ctx) }, map }, ids),

    create: async (input) => {
      const names = splitName(input.name, 'input.name');
      const body: Record<string, unknown> = { ...names, email: input.email, ...roleFlags(input.role ?? 'MEMBER', 'input.role') };
      if (input.status === 'INACTIVE') body['enabled'] = false;
      else if (input.status && input.status !== 'ACTIVE') {
        throw ValidationError.field('input.status', `${input.status} has no TimeTrack equivalent (users are enabled or disabled)`);
      }
      const taken = new Set((await allUsers(ctx)).map((u) => u.username ?? '').filter(Boolean));
      body['username'] = usernameFor(input.email, taken);
      body['password'] = randomBytes(18).toString('base64url');
      try {
        return toUser(source, await client.write('POST', PATHS.user, TimeTrackUser, body));
      } finally {
        afterWrite(ctx);
      }
    },

    update: async (id, patch) => {
      // `enabled` cannot be changed through the API (docs §3.11), so neither can the status.
      if (patch.status !== undefined) throw ValidationError.field('input.status', 'cannot be changed on TimeTrack: enabling or disabling a user is not possible through its API');
      const body: Record<string, unknown> = {};
      if (patch.name !== undefined) {
        if (!patch.name) throw ValidationError.field('input.name', 'must not be empty');
        Object.assign(body, splitName(patch.name, 'input.name'));
      }
      if (patch.email !== undefined) {
        if (!patch.email) throw ValidationError.field('input.email', 'cannot be cleared: TimeTrack requires an email');
        body['email'] = patch.email;
      }
      if (patch.role) Object.assign(body, roleFlags(patch.role, 'input.role'));
      // Nothing TimeTrack stores changes: answer with the record instead of an empty write.
      if (!Object.keys(body).length) return toUser(source, await readOne(ctx, PATHS.user, TimeTrackUser, LABEL, id));
      try {
        return toUser(source, await onRecord(LABEL, id, () => client.write('PUT', recordPath(PATHS.user, id), TimeTrackUser, body)));
      } finally {
        afterWrite(ctx);
      }
    },

    delete: async (id) => {
      try {
        await onRecord(LABEL, id, () => client.remove(recordPath(PATHS.user, id)));
      } finally {
        afterWrite(ctx);
      }
    },
  };
}
