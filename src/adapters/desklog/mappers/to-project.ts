/** Desklog project → unified Project, and a create input → `POST project` body. */
import type { Project } from '../../../domain/entities.js';
import { enumMapper, type ProjectStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap } from '../../contract.js';
import { intId } from '../endpoints.js';
import type { DesklogProjectDetails, DesklogProjectRow } from '../types.js';
import { idText, numberOrNull, optionalId } from './values.js';

/** `project_status` is a display string; only "Ongoing" is documented, the rest are likely names. */
export const desklogProjectStatus = enumMapper<ProjectStatus>(
  {
    ongoing: 'ACTIVE',
    active: 'ACTIVE',
    'in progress': 'ACTIVE',
    'on hold': 'ON_HOLD',
    paused: 'ON_HOLD',
    completed: 'COMPLETED',
    finished: 'COMPLETED',
    done: 'COMPLETED',
    archived: 'ARCHIVED',
    archive: 'ARCHIVED',
  },
  'OTHER',
);

/**
 * Works on a list row too (with no members or allocation), so list filters can use the very
 * mapping `get` shows. Desklog keeps billability per task and has no project colour, and it
 * never shows a project's client (`client_id` is used only if a response happens to carry it).
 */
export function toProject(source: string, raw: DesklogProjectRow | DesklogProjectDetails): Project {
  const status = desklogProjectStatus(raw.project_status);
  const details = raw as Partial<DesklogProjectDetails>;
  const hours = numberOrNull(details.project_working_hour);
  return {
    source,
    remoteId: idText(raw.id),
    raw,
    name: raw.project_name ?? '',
    clientId: optionalId(raw.client_id),
    billable: false,
    status: status.value,
    statusLabel: status.label,
    color: null,
    memberIds: [...new Set((details.board_members ?? []).map(idText))],
    // The allocation is whole hours; 0 is how an unset allocation reads.
    estimateSeconds: hours && hours > 0 ? Math.round(hours * 3600) : null,
  };
}

export interface DesklogProjectCreateBody {
  project_name: string;
  client_id?: number;
  project_estimated_hours?: number;
}

/**
 * `billable` and `color` have no home in a Desklog project and are not written (the created
 * project then reads back billable false, colour null). A status other than ACTIVE or members
 * would change what the project means, so those are refused rather than dropped.
 */
export function toDesklogProjectCreate(input: CreateInputMap['project']): DesklogProjectCreateBody {
  const name = input.name.trim();
  if (!name) throw ValidationError.field('input.name', 'must not be empty');
  if (input.status && input.status !== 'ACTIVE') {
    throw ValidationError.field('input.status', 'Desklog creates projects as Ongoing (ACTIVE) only');
  }
  if (input.memberIds?.length) {
    throw ValidationError.field('input.memberIds', 'Desklog has no API to set project members');
  }
  const body: DesklogProjectCreateBody = { project_name: name };
  if (input.clientId) body.client_id = intId(input.clientId, 'input.clientId');
  if (input.estimateSeconds !== null && input.estimateSeconds !== undefined) {
    if (input.estimateSeconds < 0) throw ValidationError.field('input.estimateSeconds', 'must not be negative');
    body.project_estimated_hours = Math.round((input.estimateSeconds / 3600) * 100) / 100;
  }
  return body;
}
