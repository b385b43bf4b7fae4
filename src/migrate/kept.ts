/**
 * Values a target accepted but did not keep. Some vendors drop a field without a word (Dyzo
 * task logs have no billable flag); the record the create answers with shows it, and the
 * loss is counted like a refused field instead of passing unseen.
 */
import type { CreateInputMap } from '../adapters/contract.js';
import type { EntityMap } from '../domain/entities.js';
import type { MigrateKind } from './model.js';

type Check<K extends MigrateKind> = (draft: CreateInputMap[K], record: EntityMap[K]) => string[];

const text = (value: string | null | undefined) => (value ?? '').trim();
const differs = (field: string, sent: unknown, got: unknown) => (sent !== null && sent !== undefined && sent !== false && sent !== got ? [field] : []);

/** Only the fields that make the record what it is; cosmetic ones are not checked. */
const CHECKS: { [K in MigrateKind]: Check<K> } = {
  user: () => [],
  client: () => [],
  tag: () => [],
  project: (d, r) => [...differs('billable', d.billable, r.billable), ...differs('clientId', d.clientId, r.clientId)],
  task: (d, r) => differs('projectId', d.projectId, r.projectId),
  timeEntry: (d, r) => [
    ...differs('billable', d.billable, r.billable),
    ...(text(d.description) !== text(r.description) ? ['description'] : []),
    ...(d.end && r.end?.getTime() !== d.end.getTime() && Math.floor(d.end.getTime() / 1000) !== Math.floor((r.end?.getTime() ?? 0) / 1000) ? ['end'] : []),
    ...differs('projectId', d.projectId, r.projectId),
    ...differs('taskId', d.taskId, r.taskId),
  ],
};

export function unkept<K extends MigrateKind>(kind: K, draft: CreateInputMap[K], record: EntityMap[K]): string[] {
  return (CHECKS[kind] as Check<K>)(draft, record);
}
