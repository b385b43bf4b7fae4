/**
 * Clockify project ↔ unified Project. Clockify knows only "archived or not", so ACTIVE and
 * ARCHIVED are the two statuses it can hold; the others are refused on write, not guessed.
 */
import type { Project } from '../../../domain/entities.js';
import { enumMapper, type ProjectStatus } from '../../../domain/enums.js';
import { formatIsoDuration, parseClockifyDuration } from '../../../domain/duration.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { ClockifyMembership, ClockifyProject, ClockifyProjectBody } from '../types.js';

const PROJECT_STATUS = enumMapper<ProjectStatus>({ ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' }, 'OTHER');

/** Seconds of a duration field, with "no estimate" (absent or zero) as null. */
export function estimateSeconds(value: string | number | null | undefined): number | null {
  const seconds = parseClockifyDuration(value);
  return seconds ? seconds : null;
}

/** User ids of project memberships (other membership kinds are ignored). */
export function projectMemberIds(memberships: readonly ClockifyMembership[] | null | undefined): string[] {
  const ids = (memberships ?? []).filter((m) => !m.membershipType || m.membershipType === 'PROJECT').map((m) => m.userId);
  return [...new Set(ids)].sort();
}

export function toProject(raw: ClockifyProject, source: string): Project {
  const status = PROJECT_STATUS(raw.archived ? 'ARCHIVED' : 'ACTIVE');
  // The time estimate counts only while active; older workspaces only fill `estimate`.
  const estimate = raw.timeEstimate?.active ? raw.timeEstimate.estimate : raw.estimate?.estimate;
  return {
    source,
    remoteId: raw.id,
    raw,
    name: raw.name,
    clientId: raw.clientId || null,
    billable: raw.billable ?? false,
    status: status.value,
    statusLabel: status.label,
    color: raw.color || null,
    memberIds: projectMemberIds(raw.memberships),
    estimateSeconds: estimateSeconds(estimate),
  };
}

/** ACTIVE → not archived, ARCHIVED → archived; anything else Clockify cannot hold. */
export function archivedFor(status: ProjectStatus | null | undefined, path: string): boolean | undefined {
  if (status === null || status === undefined) return undefined;
  if (status === 'ACTIVE') return false;
  if (status === 'ARCHIVED') return true;
  throw ValidationError.field(path, `${status} cannot be stored in Clockify, which knows only ACTIVE and ARCHIVED projects`);
}

export function toClockifyProjectCreate(input: CreateInputMap['project']): ClockifyProjectBody {
  const body: ClockifyProjectBody = { name: input.name };
  if (input.clientId) body.clientId = input.clientId;
  if (input.billable !== undefined && input.billable !== null) body.billable = input.billable;
  if (input.color) body.color = input.color;
  if (input.memberIds) body.memberships = [...new Set(input.memberIds)].map((userId) => ({ userId }));
  if (input.estimateSeconds) body.estimate = { estimate: formatIsoDuration(input.estimateSeconds), type: 'MANUAL' };
  return body;
}

/** The PUT body of a patch: only named fields; an empty clientId detaches the client. */
export function toClockifyProjectPatch(patch: UpdateInputMap['project']): ClockifyProjectBody {
  const body: ClockifyProjectBody = {};
  if (patch.name) body.name = patch.name;
  if (patch.clientId !== undefined) body.clientId = patch.clientId ?? '';
  if (patch.billable !== undefined && patch.billable !== null) body.billable = patch.billable;
  if (patch.color) body.color = patch.color;
  const archived = archivedFor(patch.status, 'input.status');
  if (archived !== undefined) body.archived = archived;
  return body;
}
