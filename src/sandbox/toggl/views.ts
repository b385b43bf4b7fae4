/**
 * Stored objects → the JSON Toggl v9 returns. Field names follow the v9 reference pages
 * (developers.track.toggl.com/docs/api/{me,projects,clients,tags,tasks,time_entries}); Toggl
 * still sends the legacy short names (`wid`, `pid`, `tid`, `uid`, `cid`) beside the long ones
 * ("Project ID, legacy field" etc. in the time entry schema), so both are emitted.
 */
import type { StoredClient, StoredProject, StoredTag, StoredTask, StoredTimeEntry, StoredUser, TogglState } from './state.js';
import { formatOffset, formatZulu } from './time.js';

export function meView(state: TogglState, user: StoredUser, apiToken: string) {
  return {
    id: user.id,
    email: user.email,
    fullname: user.fullname,
    timezone: user.timezone,
    default_workspace_id: state.workspace.id,
    beginning_of_week: 1,
    image_url: 'https://assets.track.toggl.com/images/profile.png',
    // /me returns the caller's own api_token (docs/api/me, "GET Me" response: `api_token`).
    api_token: apiToken,
    created_at: formatOffset(Date.UTC(2020, 0, 1)),
    at: formatOffset(Date.UTC(2026, 9, 1)),
  };
}

export function workspaceUserView(user: StoredUser, workspaceId: number) {
  return {
    id: user.id,
    email: user.email,
    fullname: user.fullname,
    timezone: user.timezone,
    admin: user.adminOf.includes(workspaceId),
    active: true,
    image_url: 'https://assets.track.toggl.com/images/profile.png',
    at: formatOffset(Date.UTC(2026, 9, 1)),
  };
}

export function workspaceView(state: TogglState) {
  const ws = state.workspace;
  return { id: ws.id, organization_id: ws.organizationId, name: ws.name, default_currency: ws.defaultCurrency, premium: true, admin: true, at: formatOffset(Date.UTC(2026, 9, 1)) };
}

export function clientView(c: StoredClient) {
  return { id: c.id, wid: c.workspaceId, archived: c.archived, name: c.name, notes: c.notes, at: formatOffset(c.at) };
}

/** Seconds tracked on a project (finished entries only), the `actual_seconds` Toggl reports. */
function trackedSeconds(state: TogglState, match: (e: StoredTimeEntry) => boolean): number {
  return state.timeEntries.filter((e) => match(e) && e.stop !== null).reduce((sum, e) => sum + Math.round((e.stop! - e.start) / 1000), 0);
}

export function projectView(state: TogglState, p: StoredProject) {
  const actualSeconds = trackedSeconds(state, (e) => e.projectId === p.id);
  return {
    id: p.id,
    workspace_id: p.workspaceId,
    wid: p.workspaceId,
    client_id: p.clientId,
    cid: p.clientId,
    name: p.name,
    is_private: p.isPrivate,
    active: p.active,
    at: formatOffset(p.at),
    created_at: formatOffset(p.createdAt),
    server_deleted_at: null,
    color: p.color,
    billable: p.billable,
    template: p.template,
    auto_estimates: false,
    estimated_hours: p.estimatedHours,
    rate: p.rate,
    currency: p.currency,
    recurring: false,
    actual_hours: Math.floor(actualSeconds / 3600),
    actual_seconds: actualSeconds,
  };
}

export function taskView(state: TogglState, t: StoredTask) {
  return {
    id: t.id,
    name: t.name,
    workspace_id: t.workspaceId,
    project_id: t.projectId,
    user_id: t.userId,
    active: t.active,
    at: formatOffset(t.at),
    estimated_seconds: t.estimatedSeconds,
    tracked_seconds: trackedSeconds(state, (e) => e.taskId === t.id),
    server_deleted_at: null,
  };
}

export function tagView(t: StoredTag) {
  return { id: t.id, workspace_id: t.workspaceId, name: t.name, at: formatOffset(t.at), deleted_at: null };
}

/**
 * A running entry has `stop: null` and a negative `duration`: "Time entry duration. For running
 * entries should be negative, preferable -1" (docs/api/time_entries, schema), and the documented
 * `GET /me/time_entries/current` example answers `"duration": -1` (docs/tracking). Clients must
 * compute the elapsed time from `start`, never from `duration`.
 */
export function timeEntryView(state: TogglState, e: StoredTimeEntry) {
  const tags = e.tagIds.map((id) => state.tags.find((t) => t.id === id)?.name).filter((n): n is string => n !== undefined);
  return {
    id: e.id,
    workspace_id: e.workspaceId,
    wid: e.workspaceId,
    project_id: e.projectId,
    pid: e.projectId,
    task_id: e.taskId,
    tid: e.taskId,
    user_id: e.userId,
    uid: e.userId,
    billable: e.billable,
    start: formatOffset(e.start),
    stop: e.stop === null ? null : formatZulu(e.stop),
    duration: e.stop === null ? -1 : Math.round((e.stop - e.start) / 1000),
    description: e.description,
    // "Tag names, null if tags were not provided" / "Tag IDs, null if ..." (time entry schema).
    tags: e.tagIds.length === 0 ? null : tags,
    tag_ids: e.tagIds.length === 0 ? null : e.tagIds,
    // "duronly ... deprecated for GET endpoints where the value will always be true".
    duronly: true,
    at: formatOffset(e.at),
    server_deleted_at: null,
    permissions: null,
  };
}
