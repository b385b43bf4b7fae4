/** User: a person in a source, with role and status in the gateway's enums. */
import type { User } from '../domain/entities.js';
import { canonicalTimeZone, timeZoneIssues } from '../domain/zoned.js';
import { builder } from './builder.js';
import { UserRoleEnum, UserStatusEnum } from './enums.js';
import { commonFields, entityNode, listField } from './kit.js';
import { crudMutations, requiredName } from './crud.js';

export const UserRef = entityNode('user');
UserRef.implement({
  description: 'A person in one source.',
  fields: (t) => ({
    ...commonFields(t),
    name: t.string({ resolve: (u) => (u as User).name }),
    email: t.string({ nullable: true, resolve: (u) => (u as User).email }),
    role: t.field({ type: UserRoleEnum, resolve: (u) => (u as User).role }),
    roleLabel: t.string({ nullable: true, description: "The vendor's own role value.", resolve: (u) => (u as User).roleLabel }),
    status: t.field({ type: UserStatusEnum, resolve: (u) => (u as User).status }),
    statusLabel: t.string({ nullable: true, resolve: (u) => (u as User).statusLabel }),
    timeZone: t.string({ nullable: true, resolve: (u) => (u as User).timeZone }),
  }),
});

const UserFilter = builder.inputType('UserFilter', {
  fields: (t) => ({
    sources: t.stringList({ description: 'Source keys; all sources when absent.' }),
    search: t.string({ description: 'Case-insensitive part of the name.' }),
    email: t.string(),
    status: t.field({ type: UserStatusEnum }),
  }),
});

listField('users', 'user', UserRef, UserFilter, (f: { search?: string | null; email?: string | null; status?: User['status'] | null }) => () => ({
  search: f.search,
  email: f.email,
  status: f.status,
}));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const email = (value: string | null | undefined, path: string) => {
  if (value !== undefined && value !== null && !EMAIL.test(value)) return [{ path: [path, 'email'], message: 'is not an email address' }];
  return [];
};

/** Canonical zone for a validated input; null (clear) and undefined (leave as is) pass through. */
const zoneOrAbsent = (timeZone: string | null | undefined) => (timeZone === null || timeZone === undefined ? timeZone : canonicalTimeZone(timeZone));

crudMutations({
  kind: 'user',
  ref: UserRef,
  createFields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum }),
    status: t.field({ type: UserStatusEnum }),
    timeZone: t.string({ description: 'IANA zone such as Europe/Berlin, or a UTC offset such as +05:30.' }),
  }),
  updateFields: (t) => ({
    name: t.string(),
    email: t.string(),
    role: t.field({ type: UserRoleEnum }),
    status: t.field({ type: UserStatusEnum }),
    timeZone: t.string({ description: 'IANA zone such as Europe/Berlin, or a UTC offset such as +05:30; null clears it.' }),
  }),
  // The same time-zone rule as report input (domain/zoned.ts), stored in its canonical spelling.
  validate: (input, path, creating) => [...requiredName(input.name, path, creating), ...email(input.email, path), ...timeZoneIssues(input.timeZone, [path, 'timeZone'])],
  toCreate: (input) => ({ name: input.name.trim(), email: input.email.trim(), role: input.role, status: input.status, timeZone: zoneOrAbsent(input.timeZone) }),
  toUpdate: (input) => ({ name: input.name?.trim(), email: input.email?.trim(), role: input.role, status: input.status, timeZone: zoneOrAbsent(input.timeZone) }),
});

