/**
 * Users = Dyzo employees of the configured company.
 *   list    GET   /employee/list/{company_id}/           (paged to the end, memoised)
 *   get     GET   /employee/me/{id}/ per id, or the list when 3+ ids are asked for
 *   create  POST  /employee/add/  (+ PATCH when the role or status needs a flag add lacks)
 *   update  PATCH /api/employees/{_id}/
 * No delete: only an undocumented `employee/{id}/` ("deactivates", per old docs) exists.
 */
import type { User } from '../../domain/entities.js';
import { NotFoundError, UpstreamError } from '../../domain/errors.js';
import type { EntityHandlers, UserFilter } from '../contract.js';
import { toDyzoEmployeeAdd, toDyzoEmployeeFollowUp, toDyzoEmployeePatch, toUser } from './mappers/to-user.js';
import { nameMatches, namedReads, orNotFound, writing, type DyzoContext } from './support.js';

function matches(filter: UserFilter, user: User): boolean {
  if (!nameMatches(filter.search, user.name)) return false;
  if (filter.email && user.email?.toLowerCase() !== filter.email.toLowerCase()) return false;
  if (filter.status && user.status !== filter.status) return false;
  return true;
}

export function dyzoUsers(ctx: DyzoContext): EntityHandlers<'user'> {
  const { client, source } = ctx;
  const loadOne = async (id: string) => {
    const user = toUser(source, await client.getEmployee(id));
    // The detail call is not scoped to a company; this source shows only its own.
    const company = (user.raw as { companyId?: number | null }).companyId;
    if (company !== null && company !== undefined && company !== client.companyId) throw new NotFoundError('User', id);
    return user;
  };
  const reads = namedReads<User>(ctx, {
    entity: 'User',
    memoKey: 'users',
    loadAll: async () => (await client.listEmployees()).map((e) => toUser(source, e)),
    loadOne,
  });
  const fresh = (id: string) => orNotFound('User', id, 'read', () => loadOne(id));

  return {
    list: async (filter, page) => reads.page((await reads.all()).filter((u) => matches(filter, u)), page),
    getMany: reads.getMany,
    create: async (input) => {
      const body = toDyzoEmployeeAdd(input, client.companyId);
      const followUp = toDyzoEmployeeFollowUp(input);
      const outcome = await writing(ctx, async () => {
        const added = await client.addEmployee(body);
        // The add answer is undocumented; without a record in it, find the new employee by email.
        const id = added ? toUser(source, added).remoteId : await findByEmail(input.email);
        const patched = followUp ? await client.patchEmployee(id, followUp) : added;
        return { id, record: patched };
      });
      return outcome.record ? toUser(source, outcome.record) : fresh(outcome.id);
    },
    update: async (id, patch) => {
      const body = toDyzoEmployeePatch(patch);
      if (!Object.keys(body).length) return fresh(id);
      const updated = await writing(ctx, () => orNotFound('User', id, 'write', () => client.patchEmployee(id, body)));
      return updated ? toUser(source, updated) : fresh(id);
    },
  };

  async function findByEmail(email: string): Promise<string> {
    const wanted = email.trim().toLowerCase();
    const match = (await client.listEmployees()).map((e) => toUser(source, e)).find((u) => u.email?.toLowerCase() === wanted);
    if (!match) throw new UpstreamError('RESPONSE_VALIDATION_FAILED', source, `dyzo source "${source}": the employee was added but is not in the employee list`);
    return match.remoteId;
  }
}
