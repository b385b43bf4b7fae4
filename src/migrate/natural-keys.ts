/**
 * Natural keys: how a record is recognised in a target that already holds it, without the ID
 * map. The same function reads a target record and a draft (a create input whose references
 * are already target IDs), so "would this draft duplicate that record?" is one string compare.
 *
 * - user: email, by the one identity rule (domain/person.ts normalizeEmail: trimmed, case-insensitive);
 * - client, tag: name (trimmed, case-insensitive: vendors differ in how they keep case);
 * - project: name + client; task: name + project;
 * - time entry: user + start + end (whole seconds: some vendors drop milliseconds) + project +
 *   task + description (trimmed). Two entries of one person that start together on the same
 *   task are still two pieces of work when they end differently or say different things, and
 *   a record that differs in any of these is not the same record.
 *   Billable and tags are left out on purpose: some targets drop them without a word (Dyzo
 *   keeps no billable flag, Gauzy no tags; see kept.ts), and a key those targets can never
 *   give back would make a retried write look absent and create it twice. Entries alike
 *   even so are still told apart: a target entry stands for one source entry only
 *   (TargetIndex), so two such source entries get two target entries.
 *
 * A null key means "cannot be recognised" (a user without email): such a record is never
 * matched, only the ID map keeps it from being created twice.
 */
import type { CreateInputMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import { normalizeEmail } from '../domain/person.js';
import type { MigrateKind } from './model.js';

const name = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();
const ref = (value: string | null | undefined) => value ?? '-';
const text = (value: string | null | undefined) => (value ?? '').trim();
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

type Keyed<K extends MigrateKind> = EntityMap[K] | CreateInputMap[K];

const KEYS: { [K in MigrateKind]: (record: Keyed<K>) => string | null } = {
  user: (u) => normalizeEmail(u.email),
  client: (c) => (name(c.name) ? name(c.name) : null),
  tag: (t) => (name(t.name) ? name(t.name) : null),
  project: (p) => (name(p.name) ? `${name(p.name)}|${ref(p.clientId)}` : null),
  task: (t) => (name(t.name) && t.projectId ? `${name(t.name)}|${t.projectId}` : null),
  // The description goes last: it is the only part that may itself hold a "|".
  timeEntry: (e) => `${ref(e.userId)}|${seconds(e.start)}|${e.end ? seconds(e.end) : '-'}|${ref(e.projectId)}|${ref(e.taskId)}|${text(e.description)}`,
};

export function naturalKey<K extends MigrateKind>(kind: K, record: Keyed<K>): string | null {
  return (KEYS[kind] as (r: Keyed<K>) => string | null)(record);
}
