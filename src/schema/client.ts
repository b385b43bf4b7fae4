/** Client: who the work is for (Gauzy contacts, Clockify/Desklog/TimeTrack clients). */
import type { Client } from '../domain/entities.js';
import { builder } from './builder.js';
import { crudMutations, requiredName } from './crud.js';
import { commonFields, entityNode, listField } from './kit.js';

export const ClientRef = entityNode('client');
ClientRef.implement({
  description: 'A customer that projects are done for.',
  fields: (t) => ({
    ...commonFields(t),
    name: t.string({ resolve: (x) => (x as Client).name }),
    email: t.string({ nullable: true, resolve: (x) => (x as Client).email }),
    archived: t.boolean({ resolve: (x) => (x as Client).archived }),
  }),
});

const ClientFilter = builder.inputType('ClientFilter', {
  fields: (t) => ({ sources: t.stringList(), search: t.string(), archived: t.boolean() }),
});
listField('clients', 'client', ClientRef, ClientFilter, (f: { search?: string | null; archived?: boolean | null }) => () => ({
  search: f.search,
  archived: f.archived,
}));

crudMutations({
  kind: 'client',
  ref: ClientRef,
  createFields: (t) => ({ name: t.string({ required: true }), email: t.string() }),
  updateFields: (t) => ({ name: t.string(), email: t.string(), archived: t.boolean() }),
  validate: (input, path, creating) => requiredName(input.name, path, creating),
  toCreate: (input) => ({ name: input.name.trim(), email: input.email }),
  toUpdate: (input) => ({ name: input.name?.trim(), email: input.email, archived: input.archived }),
});
