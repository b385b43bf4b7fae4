/**
 * Name → record resolution. TimeTrack references clients, projects, tasks and users by their
 * display name, so every write must resolve names, and an unknown name is a 400 (the request
 * is wrong, not the URL). Matching is exact and case-sensitive: the docs do not say otherwise
 * and a strict match is what a cautious adapter must be prepared for.
 */
import { badRequest, fail, pass, type Outcome } from './envelope.js';
import type { ClientRecord, ProjectRecord, TaskRecord, TimeTrackState, UserRecord } from './state.js';

export function resolveUser(state: TimeTrackState, username: string): Outcome<UserRecord> {
  const user = state.users.find((u) => u.username === username);
  return user ? pass(user) : fail(badRequest(`Unknown user '${username}'`));
}

export function resolveClient(state: TimeTrackState, clientName: string): Outcome<ClientRecord> {
  const client = state.clients.find((c) => c.name === clientName);
  return client ? pass(client) : fail(badRequest(`Unknown client '${clientName}'`));
}

/** Project names are unique per client only, so the client name is part of the reference. */
export function resolveProject(state: TimeTrackState, projectName: string, clientName: string): Outcome<ProjectRecord> {
  const client = resolveClient(state, clientName);
  if (!client.ok) return client;
  const project = state.projects.find((p) => p.clientId === client.value.id && p.projectName === projectName);
  return project ? pass(project) : fail(badRequest(`Unknown project '${projectName}' for client '${clientName}'`));
}

export function resolveTask(state: TimeTrackState, taskName: string): Outcome<TaskRecord> {
  const task = state.tasks.find((t) => t.name === taskName);
  return task ? pass(task) : fail(badRequest(`Unknown task '${taskName}'`));
}

/** Display names for the serialisers; a dangling id would be a simulator bug, so it throws. */
export function clientOf(state: TimeTrackState, clientId: number): ClientRecord {
  const client = state.clients.find((c) => c.id === clientId);
  if (!client) throw new Error(`dangling client id ${clientId}`);
  return client;
}

export function projectOf(state: TimeTrackState, projectId: number): ProjectRecord {
  const project = state.projects.find((p) => p.id === projectId);
  if (!project) throw new Error(`dangling project id ${projectId}`);
  return project;
}

export function userOf(state: TimeTrackState, userId: number): UserRecord {
  const user = state.users.find((u) => u.id === userId);
  if (!user) throw new Error(`dangling user id ${userId}`);
  return user;
}

export function taskOf(state: TimeTrackState, taskId: number | null): TaskRecord | null {
  if (taskId === null) return null;
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw new Error(`dangling task id ${taskId}`);
  return task;
}
