/** Users = Gauzy employees (`/employee`), with their login user and its role loaded. */
import { randomBytes } from 'node:crypto';
import type { EntityHandlers } from '../contract.js';
import { toGauzyEmployeeCreate, toGauzyEmployeeUpdate, toUser } from './mappers/to-user.js';
import { nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyEmployee } from './types.js';

/** Name, email and role live on the user behind the employee. */
const RELATIONS = { 'relations[]': ['user', 'user.role'] };

export function gauzyUsers(ctx: GauzyContext): EntityHandlers<'user'> {
  const { client, source } = ctx;
  const reads = namedReads(ctx, {
    kind: 'user',
    label: 'User',
    loadAll: () => client.listAll('/employee', GauzyEmployee, RELATIONS),
    loadOne: (id) => client.get(`/employee/${client.seg(id)}`, GauzyEmployee, RELATIONS),
    toEntity: (raw) => toUser(source, raw),
    matches: (filter, user) =>
      nameMatches(filter, user.name) &&
      (!filter.email || user.email?.toLowerCase() === filter.email.toLowerCase()) &&
      (!filter.status || user.status === filter.status),
  });
  return {
    ...reads,
    // Write answers carry the user but not its role, so the employee is read back once.
    create: async (input) => {
      const password = randomBytes(24).toString('base64url');
      const created = await client.write('POST', '/employee', GauzyEmployee, { body: toGauzyEmployeeCreate(input, password) });
      ctx.snapshots.clear();
      return reads.one(created.id);
    },
    update: async (id, patch) => {
      await orNotFound('User', id, client.write('PUT', `/employee/${client.seg(id)}`, GauzyAny, { body: toGauzyEmployeeUpdate(patch) }));
      ctx.snapshots.clear();
      return reads.one(id);
    },
    delete: async (id) => {
      await orNotFound('User', id, client.write('DELETE', `/employee/${client.seg(id)}`, GauzyAny));
      ctx.snapshots.clear();
    },
  };
}
