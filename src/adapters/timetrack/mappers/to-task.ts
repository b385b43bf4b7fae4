/**
 * TimeTrack task → unified Task (seed; docs §2.3). Tasks are global activity types ("Design",
 * "Meeting"): no project, no assignees, no workflow. They read as TODO, i.e. open for booking.
 * `timeEstimated` is not documented for tasks; when a server sends it, it is minutes as on projects.
 */
import type { Task } from '../../../domain/entities.js';
import { minutesToSeconds } from '../../../domain/duration.js';
import { idOf, numberOf, type TimeTrackTask } from '../types.js';

export function toTask(source: string, raw: TimeTrackTask): Task {
  return {
    source,
    remoteId: idOf(raw),
    raw,
    name: raw.name,
    description: raw.notes ?? null,
    projectId: null,
    status: 'TODO',
    statusLabel: null,
    priority: null,
    priorityLabel: null,
    assigneeIds: [],
    estimateSeconds: minutesToSeconds(numberOf(raw.timeEstimated)),
    trackedSeconds: null,
  };
}
