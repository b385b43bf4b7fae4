/**
 * Gauzy organization projects → unified projects. The client is `organizationContactId`; an
 * estimate exists only as an hours budget (`budgetType` is lowercase `hours`/`cost` in code).
 */
import type { Project } from '../../../domain/entities.js';
import { enumMapper, type ProjectStatus } from '../../../domain/enums.js';
import { ValidationError } from '../../../domain/errors.js';
import type { CreateInputMap, UpdateInputMap } from '../../contract.js';
import type { GauzyProject } from '../types.js';

/** ProjectStatusEnum; `cancelled` and `custom` have no gateway equivalent and become OTHER. */
export const gauzyProjectStatus = enumMapper<ProjectStatus>(
  { open: 'ACTIVE', 'in-progress': 'ACTIVE', completed: 'COMPLETED' },
  'OTHER',
);

/** Unified → Gauzy; ON_HOLD, ARCHIVED and OTHER have no Gauzy status to write. */
const TO_GAUZY_STATUS: Partial<Record<ProjectStatus, string>> = { ACTIVE: 'open', COMPLETED: 'completed' };

function statusOf(raw: GauzyProject): { value: ProjectStatus; label: string | null } {
  if (raw.isArchived) return { value: 'ARCHIVED', label: raw.status ?? null };
  // Gauzy leaves status empty on most projects: that is an ordinary active project.
  if (!raw.status) return { value: 'ACTIVE', label: null };
  return gauzyProjectStatus(raw.status);
}

export function budgetSeconds(raw: Pick<GauzyProject, 'budget' | 'budgetType'>): number | null {
  if (raw.budget === null || raw.budget === undefined || (raw.budgetType ?? 'hours').toLowerCase() !== 'hours') return null;
  return Math.round(raw.budget * 3600);
}

export function projectManagerIds(raw: GauzyProject): string[] {
  return [...new Set((raw.members ?? []).filter((m) => m.isManager).map((m) => m.employeeId))];
}

export function toProject(source: string, raw: GauzyProject): Project {
  const status = statusOf(raw);
  return {
    source,
    remoteId: raw.id,
    raw,
    name: raw.name,
    clientId: raw.organizationContactId ?? null,
    billable: raw.billable === true,
    status: status.value,
    statusLabel: status.label,
    color: raw.color ?? null,
    memberIds: [...new Set((raw.members ?? []).map((m) => m.employeeId))],
    estimateSeconds: budgetSeconds(raw),
  };
}

function gauzyStatus(status: ProjectStatus): string {
  const value = TO_GAUZY_STATUS[status];
  if (!value) throw ValidationError.field('input.status', `${status} has no Gauzy project status`);
  return value;
}

/** Fields shared by create and update; members are handled by the caller (managers must be kept). */
export function toGauzyProjectFields(input: UpdateInputMap['project']): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (input.name !== undefined && input.name !== null) body['name'] = input.name;
  if (input.clientId !== undefined) body['organizationContactId'] = input.clientId;
  if (input.billable !== undefined && input.billable !== null) body['billable'] = input.billable;
  if (input.status !== undefined && input.status !== null) body['status'] = gauzyStatus(input.status);
  if (input.color !== undefined) body['color'] = input.color;
  if (input.estimateSeconds !== undefined) {
    body['budget'] = input.estimateSeconds === null ? null : input.estimateSeconds / 3600;
    if (input.estimateSeconds !== null) body['budgetType'] = 'hours';
  }
  return body;
}

export function toGauzyProjectCreate(input: CreateInputMap['project']): Record<string, unknown> {
  return { ...toGauzyProjectFields(input), ...(input.memberIds ? { memberIds: [...new Set(input.memberIds)] } : {}) };
}
