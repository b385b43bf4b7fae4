/**
 * TimeTrack project → unified Project (docs §2.2). The client is named, not pointed at, so the
 * caller passes a name → id lookup. `timeEstimated` is minutes. TimeTrack keeps `billable` on
 * time entries, not projects, and its entries default to billable, so projects read as billable.
 */
import type { Project } from '../../../domain/entities.js';
import { minutesToSeconds } from '../../../domain/duration.js';
import { enumMapper, type ProjectStatus } from '../../../domain/enums.js';
import { flagOf, idOf, numberOf, type TimeTrackProject } from '../types.js';

export const projectStatusOf = enumMapper<ProjectStatus>({ enabled: 'ACTIVE', disabled: 'ARCHIVED' }, 'OTHER');

/** Documented as `projectName`; one real-world client reads `name`. */
export function projectNameOf(raw: Pick<TimeTrackProject, 'projectName' | 'name'>): string {
  return raw.projectName ?? raw.name ?? '';
}

export function toProject(source: string, raw: TimeTrackProject, clientIdOf: (name: string | null | undefined) => string | null): Project {
  // An absent flag is an enabled project: the flag only ever switches a project off.
  const status = projectStatusOf(flagOf(raw.projectEnabled) === false ? 'disabled' : 'enabled');
  return {
    source,
    remoteId: idOf(raw),
    raw,
    name: projectNameOf(raw),
    clientId: clientIdOf(raw.clientName),
    billable: true,
    status: status.value,
    statusLabel: status.label,
    color: null,
    memberIds: [],
    estimateSeconds: minutesToSeconds(numberOf(raw.timeEstimated)),
  };
}

/** Seconds → whole minutes for `timeEstimated`; null clears it. */
export function estimateMinutes(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 60);
}
