/**
 * Records → wire objects, with the raw field names from the docs and `id` in lowercase (the
 * docs' tables print `ID`, real client code reads `entry.id`). Every documented field is always
 * present, `null` when empty, so the shape never depends on the data.
 */
import { clientOf, projectOf, taskOf, userOf } from './resolve.js';
import {
  workedMinutes,
  type ClientRecord,
  type EntryRecord,
  type ProjectRecord,
  type TaskRecord,
  type TimeTrackState,
  type TimerRecord,
  type UserRecord,
} from './state.js';
import { formatTimestamp } from './time.js';

export function clientJson(c: ClientRecord) {
  return {
    id: c.id,
    name: c.name,
    enabled: c.enabled,
    color: c.color,
    notes: c.notes,
    email: c.email,
    phone: c.phone,
    address: c.address,
    address2: c.address2,
    addressZipCode: c.addressZipCode,
    addressCity: c.addressCity,
    addressCountry: c.addressCountry,
    contactPerson: c.contactPerson,
    field1: c.field1,
    field2: c.field2,
    field3: c.field3,
  };
}

export function projectJson(state: TimeTrackState, p: ProjectRecord) {
  return {
    id: p.id,
    projectName: p.projectName,
    clientName: clientOf(state, p.clientId).name,
    projectEnabled: p.projectEnabled,
    notes: p.notes,
    hourRate: p.hourRate,
    timeEstimated: p.timeEstimated,
    budgetEstimated: p.budgetEstimated,
  };
}

export function taskJson(t: TaskRecord) {
  return { id: t.id, name: t.name, notes: t.notes, hourRate: t.hourRate };
}

/** `password` is write-only and never leaves the server. */
export function userJson(u: UserRecord) {
  return {
    id: u.id,
    username: u.username,
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    admin: u.admin,
    teamLead: u.teamLead,
    language: u.language,
    personalNumber: u.personalNumber,
    enabled: u.enabled,
  };
}

export function entryJson(state: TimeTrackState, e: EntryRecord) {
  const project = projectOf(state, e.projectId);
  return {
    id: e.id,
    user: userOf(state, e.userId).username,
    clientName: clientOf(state, project.clientId).name,
    projectName: project.projectName,
    task: taskOf(state, e.taskId)?.name ?? null,
    hourRate: e.hourRate,
    latitude: e.latitude,
    longitude: e.longitude,
    latitude1: e.latitude1,
    longitude1: e.longitude1,
    billable: e.billable,
    flatRate: e.flatRate,
    details: e.details,
    tags: e.tags,
    from: formatTimestamp(e.from),
    to: formatTimestamp(e.to),
    workedMinutes: workedMinutes(e),
    breakMinutes: e.breakMinutes,
  };
}

/**
 * A user who never started a timer reads as a blank stopped timer. A stopped timer may still
 * point at a project or task deleted since, so its names are looked up leniently.
 */
export function timerJson(state: TimeTrackState, user: UserRecord, timer: TimerRecord | undefined) {
  const project = state.projects.find((p) => p.id === timer?.projectId);
  const client = state.clients.find((c) => c.id === project?.clientId);
  const task = state.tasks.find((t) => t.id === timer?.taskId);
  const status = timer?.status ?? 'stopped';
  return {
    username: user.username,
    startedAt: timer?.startedAt != null ? formatTimestamp(timer.startedAt) : null,
    workedSeconds: timer?.workedSeconds ?? 0,
    breakSeconds: timer?.breakSeconds ?? 0,
    playing: status === 'playing',
    paused: status === 'paused',
    stopped: status === 'stopped',
    clientName: client?.name ?? null,
    projectName: project?.projectName ?? null,
    taskName: task?.name ?? null,
    note: timer?.note ?? null,
  };
}
