/**
 * Wire shapes. Stored records already use Dyzo's field names; these functions copy them (so a
 * client cannot mutate state through a response object in-process) and add the derived fields
 * the official frontend reads:
 * - task log: `duration` (`HH:MM:SS`), `user_name`, `user_profile_picture`
 * - task: `total_time` (`H:MM`, the sum of its logs) and `projectName`
 */
import type { DyzoEmployee, DyzoProject, DyzoState, DyzoTask, DyzoTaskLog } from './state.js';
import { formatHm, formatHms } from './time.js';

export function employeeWire(employee: DyzoEmployee): Record<string, unknown> {
  return { ...employee };
}

export function projectWire(project: DyzoProject): Record<string, unknown> {
  return {
    ...project,
    assignee: [...project.assignee],
    clientAssignee: [...project.clientAssignee],
    accessLevels: { ...project.accessLevels },
    status: project.status.map((s) => ({ ...s })),
  };
}

function logSeconds(log: DyzoTaskLog): number {
  return (Date.parse(log.endTime) - Date.parse(log.startTime)) / 1000;
}

export function taskLogWire(state: DyzoState, log: DyzoTaskLog): Record<string, unknown> {
  const user = state.employees.find((e) => e._id === log.userId);
  return {
    ...log,
    duration: formatHms(logSeconds(log)),
    user_name: user?.name ?? '',
    user_profile_picture: user?.profile_picture ?? null,
  };
}

export function taskWire(state: DyzoState, task: DyzoTask): Record<string, unknown> {
  const seconds = state.taskLogs.filter((l) => l.taskId === task.taskId).reduce((sum, l) => sum + logSeconds(l), 0);
  return {
    ...task,
    assigned_users: [...task.assigned_users],
    collaborators: [...task.collaborators],
    repeat_days: [...task.repeat_days],
    attachments: [...task.attachments],
    projectName: state.projects.find((p) => p._id === task.projectId)?.name ?? '',
    total_time: formatHm(seconds),
  };
}
