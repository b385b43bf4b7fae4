/**
 * Pieces shared by the TimeTrack entity handlers: the context, memoised whole-list reads,
 * the name resolver, 404 translation and the batched get behind every `getMany`.
 */
import type { WallClock } from './wall-clock.js';
import { NotFoundError, UpstreamError, ValidationError } from '../../domain/errors.js';
import { pathSegment } from '../../domain/ids.js';
import type { z } from 'zod';
import type { TimeTrackClient } from './client.js';
import type { NameResolver } from './mappers/to-time-entry.js';
import type { Memo } from '../memo.js';
import { buildResolver, clientIdIndex } from './refs.js';
import { idOf, TimeTrackClient as ClientShape, TimeTrackProject, TimeTrackTask, TimeTrackUser } from './types.js';
import { mapLimit } from '../map-limit.js';

export interface TimeTrackContext {
  source: string;
  client: TimeTrackClient;
  memo: Memo;
  now: () => Date;
  /** The account's wall clock: every timestamp on the wire is local time with a `Z`. */
  clock: WallClock;
}

export const PATHS = {
  user: '/users',
  client: '/clients',
  project: '/projects',
  task: '/tasks',
  timeEntry: '/project_time_entries',
} as const;

export const recordPath = (collection: string, id: string) => `${collection}/${pathSegment(id)}`;

// Whole collections, memoised: one read (of ⌈n/1000⌉ pages) serves every page and every lookup.
export const allUsers = (ctx: TimeTrackContext) => ctx.memo.get('users', () => ctx.client.listAll(PATHS.user, TimeTrackUser));
export const allClients = (ctx: TimeTrackContext) => ctx.memo.get('clients', () => ctx.client.listAll(PATHS.client, ClientShape));
export const allProjects = (ctx: TimeTrackContext) => ctx.memo.get('projects', () => ctx.client.listAll(PATHS.project, TimeTrackProject));
export const allTasks = (ctx: TimeTrackContext) => ctx.memo.get('tasks', () => ctx.client.listAll(PATHS.task, TimeTrackTask));

/** Users, projects and tasks, read concurrently (3 requests when nothing is memoised). */
export async function resolverFor(ctx: TimeTrackContext): Promise<NameResolver> {
  const [users, projects, tasks] = await Promise.all([allUsers(ctx), allProjects(ctx), allTasks(ctx)]);
  return buildResolver(users, projects, tasks);
}

export async function clientIdsFor(ctx: TimeTrackContext) {
  return clientIdIndex(await allClients(ctx));
}

/** Writes change names that entries and lookups show, so every memoised list is dropped. */
export function afterWrite(ctx: TimeTrackContext): void {
  ctx.memo.clear();
}

export function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_NOT_FOUND';
}

/** One record by id; a vendor 404 becomes the domain's NotFoundError. */
export async function readOne<T>(ctx: TimeTrackContext, collection: string, schema: z.ZodType<T>, label: string, id: string): Promise<T> {
  try {
    return await ctx.client.get(recordPath(collection, id), schema);
  } catch (error) {
    if (isNotFound(error)) throw new NotFoundError(label, id);
    throw error;
  }
}

/** Runs a write on a record; a vendor 404 (the record is gone) becomes NotFoundError. */
export async function onRecord<T>(label: string, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isNotFound(error)) throw new NotFoundError(label, id);
    throw error;
  }
}

/** A record an input refers to; a missing one is the caller's mistake, named by its field. */
export async function referenced<T>(ctx: TimeTrackContext, collection: string, schema: z.ZodType<T>, label: string, id: string, field: string): Promise<T> {
  try {
    return await readOne(ctx, collection, schema, label, id);
  } catch (error) {
    if (error instanceof NotFoundError) throw ValidationError.field(field, `refers to ${label.toLowerCase()} ${id}, which does not exist`);
    throw error;
  }
}

/** At most this many single-record GETs at once, to stay polite to an unknown rate limit. */
const PARALLEL_GETS = 4;
/** From this many ids on, reading the whole collection is cheaper than one GET each. */
const BULK_FROM = 3;

/** Shared with the other adapters (map-limit.ts); re-exported for this adapter's handlers. */
export { mapLimit };

export interface BatchSpec<R, E> {
  label: string;
  collection: string;
  schema: z.ZodType<R>;
  /** A memoised whole list when one is fresh, or (with `load`) read for a large batch. */
  all?: { peek: () => Promise<R[]> | undefined; load: () => Promise<R[]> };
  /** Raw records → entities (may read lookups, e.g. the client index for projects). */
  map: (raws: R[]) => Promise<E[]>;
}

/**
 * `getMany` for any collection: served from a fresh memoised list where possible, otherwise
 * one GET per id (TimeTrack has no bulk read). An id the list lacks is still fetched by id, in
 * case it was created since the list was read. Results in key order, NotFoundError in a
 * missing key's slot; any other failure fails the batch.
 */
export async function getBatch<R extends { id?: number | string | undefined; ID?: number | string | undefined }, E extends { remoteId: string }>(
  ctx: TimeTrackContext,
  spec: BatchSpec<R, E>,
  ids: readonly string[],
): Promise<Array<E | Error>> {
  const unique = [...new Set(ids)];
  const listed = spec.all?.peek() ?? (spec.all && unique.length >= BULK_FROM ? spec.all.load() : undefined);
  const raws = new Map<string, R>();
  for (const raw of listed ? await listed : []) raws.set(idOf(raw), raw);
  const missing = new Map<string, Error>();
  await mapLimit(
    unique.filter((id) => !raws.has(id)),
    PARALLEL_GETS,
    async (id) => {
      try {
        raws.set(id, await readOne(ctx, spec.collection, spec.schema, spec.label, id));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        missing.set(id, error);
      }
    },
  );
  const wanted = unique.map((id) => raws.get(id)).filter((r): r is R => r !== undefined);
  const entities = new Map((await spec.map(wanted)).map((e) => [e.remoteId, e]));
  return ids.map((id) => entities.get(id) ?? missing.get(id) ?? new NotFoundError(spec.label, id));
}

export function nameMatches(search: string | null | undefined, name: string): boolean {
  return !search || name.toLowerCase().includes(search.toLowerCase());
}
