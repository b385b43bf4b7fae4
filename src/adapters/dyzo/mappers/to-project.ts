/**
 * Dyzo projects ↔ unified projects. Dyzo has no billable flag and no colour; a project's
 * state is two booleans (`isCompleted`, `isActive`), named here and mapped in one table. The
 * `status` array on a Dyzo project is its list of custom *task* statuses, not its own state.
 * Projects have no client link in the unified model (see `clientId` below).
 */
import type { Project } from '../../../domain/entities.js';
import { enumMapper, type ProjectStatus } from '../../../domain/enums.js';
import type { CreateInputMap } from '../../contract.js';
import type { DyzoProject, DyzoProjectCreateBody } from '../types.js';
import { hoursToSeconds, DYZO_OWN_KEYS, pickId, secondsToHours, toDyzoInt } from './ids.js';

export const dyzoProjectStatus = enumMapper<ProjectStatus>({ active: 'ACTIVE', completed: 'COMPLETED', inactive: 'ARCHIVED' }, 'OTHER');

export function dyzoProjectStatusName(raw: DyzoProject): string {
  if (raw.isCompleted) return 'completed';
  if (raw.isActive === false) return 'inactive';
  return 'active';
}

export function toProject(source: string, raw: DyzoProject): Project {
  const status = dyzoProjectStatus(dyzoProjectStatusName(raw));
  // The leader leads from inside the project: count them as a member even if not an assignee.
  const members = [...(raw.assignee ?? []), ...(raw.project_leader ? [raw.project_leader] : [])].map(String);
  return {
    source,
    remoteId: pickId(raw, DYZO_OWN_KEYS.project)!,
    raw,
    name: raw.name,
    // Dyzo's `client` names a client *person* (an employee; in the docs' example the same id is an
    // assignee with viewer access), and Dyzo offers no client records to read (vendor-docs/dyzo.md
    // §3, §7). A unified Client link would dangle and fail every `project { client }`, so the
    // project has no client link here; Dyzo's value stays in `raw.client`.
    clientId: null,
    billable: false,
    status: status.value,
    statusLabel: status.label,
    color: null,
    memberIds: [...new Set(members)],
    estimateSeconds: hoursToSeconds(raw.allocated_hours),
  };
}

/**
 * `POST /project-v2/{user_id}/`. `billable`, `color` and `status` have no place in Dyzo's create
 * body; they are left out rather than refused, so a migration still creates the project that its
 * tasks and entries need, and the project read back shows what Dyzo holds.
 */
export function toDyzoProjectCreate(input: CreateInputMap['project'], companyId: number): DyzoProjectCreateBody {
  const body: DyzoProjectCreateBody = { name: input.name.trim(), companyId };
  if (input.clientId) body.client = toDyzoInt(input.clientId, 'input.clientId');
  if (input.memberIds?.length) body.assignee = [...new Set(input.memberIds)].map((id) => toDyzoInt(id, 'input.memberIds'));
  if (input.estimateSeconds !== null && input.estimateSeconds !== undefined) body.allocated_hours = secondsToHours(input.estimateSeconds);
  return body;
}
