/** Tag: a label on time entries. */
import type { Tag } from '../domain/entities.js';
import { builder } from './builder.js';
import { crudMutations, requiredName } from './crud.js';
import { commonFields, entityNode, listField } from './kit.js';

export const TagRef = entityNode('tag');
TagRef.implement({
  description: 'A label on time entries.',
  fields: (t) => ({ ...commonFields(t), name: t.string({ resolve: (x) => (x as Tag).name }) }),
});

const TagFilter = builder.inputType('TagFilter', { fields: (t) => ({ sources: t.stringList(), search: t.string() }) });
listField('tags', 'tag', TagRef, TagFilter, (f: { search?: string | null }) => () => ({ search: f.search }));

crudMutations({
  kind: 'tag',
  ref: TagRef,
  createFields: (t) => ({ name: t.string({ required: true }) }),
  updateFields: (t) => ({ name: t.string() }),
  validate: (input, path, creating) => requiredName(input.name, path, creating),
  toCreate: (input) => ({ name: input.name.trim() }),
  toUpdate: (input) => ({ name: input.name?.trim() }),
});
