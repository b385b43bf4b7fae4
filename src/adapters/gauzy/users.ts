/**
 * Users = Gauzy employees, with their login user and its role loaded.
 *
 * - Read through `GET /employee/pagination` (employee.service.ts `pagination`): `GET /employee`
 *   forces `user: { isActive: true, isArchived: false }` into its query (employee.controller.ts
 *   `findAll`), which would hide deactivated people instead of showing them INACTIVE. That
 *   endpoint pages by page number (`skip` = page, L583-584).
 * - Name, e-mail and time zone live on the user: `PUT /employee/:id` strips `user` (whitelisted
 *   UpdateEmployeeDTO, still 202), so they are written with `PUT /user/:userId`.
 * - `POST /employee` with a new user needs `user.role` as a non-empty object (UserInputDTO); the
 *   server assigns the tenant's EMPLOYEE role whatever it says.
 * - `DELETE /employee/:id` validates `organizationId` in the query (TenantOrganizationBaseDTO).
 */
import { randomBytes } from 'node:crypto';
import type { EntityHandlers } from '../contract.js';
import { toGauzyEmployeeCreate, toGauzyUserUpdate, toUser } from './mappers/to-user.js';
import { NotFoundError } from '../../domain/errors.js';
import { inOrganization, nameMatches, namedReads, orNotFound, type GauzyContext } from './support.js';
import { GauzyAny, GauzyEmployee } from './types.js';

/** Name, email and role live on the user behind the employee. */
const RELATIONS = { 'relations[]': ['user', 'user.role'] };

export function gauzyUsers(ctx: GauzyContext): EntityHandlers<'user'> {
  const { client, source } = ctx;
  const loadOne = (id: string) => client.get(`/employee/${client.seg(id)}`, GauzyEmployee, RELATIONS);
  const reads = namedReads(ctx, {
    kind: 'user',
    label: 'User',
    loadAll: () => client.listAll('/employee/pagination', GauzyEmployee, RELATIONS, 'page'),
    loadOne,
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
      const body = toGauzyUserUpdate(patch);
      if (Object.keys(body).length) {
        const employee = await orNotFound('User', id, loadOne(id));
        if (!inOrganization(ctx, employee)) throw new NotFoundError('User', id);
        const userId = employee.userId ?? employee.user?.id;
        if (!userId) throw new Error(`Gauzy employee ${id} names no user`);
        await orNotFound('User', id, client.write('PUT', `/user/${client.seg(userId)}`, GauzyAny, { body }));
        ctx.snapshots.clear();
      }
      return reads.one(id);
    },
    delete: async (id) => {
      await orNotFound('User', id, client.write('DELETE', `/employee/${client.seg(id)}`, GauzyAny, { query: { organizationId: client.organizationId, tenantId: client.tenantId } }));
      ctx.snapshots.clear();
    },
  };
}
