/**
 * Name → id resolution (docs §1.2): TimeTrack entries, timers and projects name their user,
 * client, project and task instead of pointing at them. These indexes are pure: built from
 * lists the caller already read, so one list call resolves every item with no further I/O.
 *
 * Matching is exact first. When no exact match exists, a case-insensitive match is used if it
 * is unique, since the vendor's own case rules are undocumented. Two records with one exact
 * name (the vendor should prevent this) resolve to the lowest id, so the answer is stable.
 */
import type { NameResolver } from './mappers/to-time-entry.js';
import { idOf, type TimeTrackClient, type TimeTrackProject, type TimeTrackTask, type TimeTrackUser } from './types.js';
import { projectNameOf } from './mappers/to-project.js';

const AMBIGUOUS = Symbol('ambiguous');

interface NameIndex {
  find(name: string | null | undefined): string | null;
}

function byNumericId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function nameIndex<T>(items: readonly T[], nameOf: (item: T) => string | null | undefined, id: (item: T) => string): NameIndex {
  const exact = new Map<string, string>();
  const folded = new Map<string, string | typeof AMBIGUOUS>();
  const sorted = [...items].sort((a, b) => byNumericId(id(a), id(b)));
  for (const item of sorted) {
    const name = nameOf(item);
    if (!name) continue;
    if (!exact.has(name)) exact.set(name, id(item));
    const key = name.toLowerCase();
    const seen = folded.get(key);
    folded.set(key, seen === undefined ? id(item) : seen === id(item) ? seen : AMBIGUOUS);
  }
  return {
    find(name) {
      if (!name) return null;
      const hit = exact.get(name) ?? folded.get(name.toLowerCase());
      return typeof hit === 'string' ? hit : null;
    },
  };
}

/** Projects are unique per client only, so the key is the pair; a lone project name is a fallback. */
const pairKey = (clientName: string | null | undefined, projectName: string | null | undefined) =>
  `${clientName ?? ''}\u0000${projectName ?? ''}`;

export function buildResolver(users: readonly TimeTrackUser[], projects: readonly TimeTrackProject[], tasks: readonly TimeTrackTask[]): NameResolver {
  const userIndex = nameIndex(users, (u) => u.username, idOf);
  const pairIndex = nameIndex(projects, (p) => pairKey(p.clientName, projectNameOf(p)), idOf);
  const projectIndex = nameIndex(projects, projectNameOf, idOf);
  const taskIndex = nameIndex(tasks, (t) => t.name, idOf);
  return {
    userId: (username) => userIndex.find(username),
    projectId: (clientName, projectName) => {
      if (!projectName) return null;
      if (clientName) return pairIndex.find(pairKey(clientName, projectName));
      // Without a client name only a project name that is unique across clients is trusted.
      const sameName = projects.filter((p) => projectNameOf(p) === projectName);
      return sameName.length === 1 ? projectIndex.find(projectName) : null;
    },
    taskId: (name) => taskIndex.find(name),
  };
}

/** A resolver that knows only a few records for sure (those a write just used), then defers. */
export function withKnown(known: Partial<Record<keyof NameResolver, Map<string, string>>>, fallback?: NameResolver): NameResolver {
  return {
    userId: (username) => (username ? known.userId?.get(username) : undefined) ?? fallback?.userId(username) ?? null,
    projectId: (clientName, projectName) => known.projectId?.get(pairKey(clientName, projectName)) ?? fallback?.projectId(clientName, projectName) ?? null,
    taskId: (name) => (name ? known.taskId?.get(name) : undefined) ?? fallback?.taskId(name) ?? null,
  };
}

export function knownProject(clientName: string, projectName: string, id: string): Map<string, string> {
  return new Map([[pairKey(clientName, projectName), id]]);
}

export function clientIdIndex(clients: readonly TimeTrackClient[]): (name: string | null | undefined) => string | null {
  const index = nameIndex(clients, (c) => c.name, idOf);
  return (name) => index.find(name);
}
