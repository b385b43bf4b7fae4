/**
 * Users (p:users): list with `username` search, read, create (`username`, `firstName`,
 * `lastName`, `email`, `password` required), update (everything except `username` and
 * `enabled`), delete. Roles are the two booleans `admin` and `teamLead`; `password` is
 * write-only.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { badRequest, created, noContent, ok } from '../envelope.js';
import { paginate } from '../paging.js';
import { userJson } from '../serialize.js';
import { allocateId, type TimeTrackState, type UserRecord } from '../state.js';
import { definedOnly, isJsonObject, name, parseBody, rejectImmutable } from '../validate.js';
import { bail, findById, handler, route, unwrap } from './shared.js';

const editable = z
  .object({
    firstName: name,
    lastName: name,
    email: z.email(),
    password: z.string().min(1, 'must not be empty'),
    admin: z.boolean(),
    teamLead: z.boolean(),
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO-639-1 code such as en or de'),
    personalNumber: z.union([z.number().int(), z.string()]).nullable(),
  })
  .partial();

const createSchema = editable
  .required({ firstName: true, lastName: true, email: true, password: true })
  .extend({ username: name, enabled: z.boolean().optional() });

/**
 * The docs' own update example spells `"langauge"`; scripts copied from it must still work,
 * so the typo is read as `language` unless the correct key is present too.
 */
function withLanguageTypo(body: unknown): unknown {
  if (!isJsonObject(body) || body.langauge === undefined || body.language !== undefined) return body;
  const { langauge, ...rest } = body;
  return { ...rest, language: langauge };
}

export function userRoutes(state: TimeTrackState): SimRoute[] {
  const emailTaken = (email: string, except?: number) =>
    state.users.some((u) => u.email.toLowerCase() === email.toLowerCase() && u.id !== except);

  return [
    ...route(
      'GET',
      '/users',
      handler((req) => {
        // A username filter is a lookup of one login name, not a text search: exact match.
        const username = req.query.get('username') ?? req.query.get('user');
        const rows = username ? state.users.filter((u) => u.username === username) : state.users;
        return ok(unwrap(paginate(rows, req.query)).map(userJson));
      }),
    ),
    ...route(
      'GET',
      '/users/:id',
      handler((req) => ok(userJson(unwrap(findById(req, state.users, 'User'))))),
    ),
    ...route(
      'POST',
      '/users',
      handler((req) => {
        const body = unwrap(parseBody(createSchema, withLanguageTypo(req.body)));
        if (state.users.some((u) => u.username === body.username)) bail(badRequest(`Username '${body.username}' already exists`));
        if (emailTaken(body.email)) bail(badRequest(`Email '${body.email}' is already used by another user`));
        const record: UserRecord = {
          id: allocateId(state, 'user'),
          username: body.username,
          firstName: body.firstName,
          lastName: body.lastName,
          email: body.email,
          password: body.password,
          admin: body.admin ?? false,
          teamLead: body.teamLead ?? false,
          language: body.language ?? 'en',
          personalNumber: body.personalNumber ?? null,
          enabled: body.enabled ?? true,
        };
        state.users.push(record);
        return created(userJson(record));
      }),
    ),
    ...route(
      'PUT',
      '/users/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.users, 'User'));
        unwrap(rejectImmutable(req.body, ['username', 'enabled'], 'user'));
        const body = unwrap(parseBody(editable, withLanguageTypo(req.body)));
        if (body.email !== undefined && emailTaken(body.email, record.id)) bail(badRequest(`Email '${body.email}' is already used by another user`));
        Object.assign(record, definedOnly(body));
        return ok(userJson(record));
      }),
    ),
    ...route(
      'DELETE',
      '/users/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.users, 'User'));
        const used = state.entries.filter((e) => e.userId === record.id).length;
        if (used > 0) bail(badRequest(`User '${record.username}' has ${used} project time entries`));
        if (record.admin && state.users.filter((u) => u.admin).length === 1) bail(badRequest('The last admin user cannot be deleted'));
        state.users.splice(state.users.indexOf(record), 1);
        state.timers.delete(record.id);
        return noContent();
      }),
    ),
  ];
}
