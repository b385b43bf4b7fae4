/**
 * The project timer (docs §3.9): `start` and `stop` of `timers/project_timer` (pause and resume
 * exist too but have no place in the contract). One timer per user, addressed by username;
 * every call carries the client-side `date`, which TimeTrack takes as "now".
 *
 * - start: status, then (when a timer is already running) a stop at the new start, so the
 *   previous session is booked as the contract asks, then start. The running timer is not a
 *   project time entry yet and has no TimeTrack id: it is returned with the remote id
 *   `timer-<userId>`, which the gateway cannot look up (it is not an integer) — by design,
 *   because there is nothing to look up until the timer stops.
 * - stop: status (nothing running → null), stop, then the entry TimeTrack booked is found by
 *   user and start time and returned with its real id.
 *
 * The docs ask for the user's local time with a literal `Z` (§1.4): `date` and `startedAt` go
 * through the source's WallClock (wall-clock.ts), like every other TimeTrack timestamp.
 */
import type { TimeEntry } from '../../domain/entities.js';
import { ValidationError } from '../../domain/errors.js';
import type { TimerHandlers } from '../contract.js';
import { projectNameOf } from './mappers/to-project.js';
import { timerState, toRunningEntry } from './mappers/to-time-entry.js';
import { withKnown } from './refs.js';
import { afterWrite, PATHS, referenced, resolverFor, type TimeTrackContext } from './support.js';
import type { TimeTrackTimeEntries } from './time-entries.js';
import { idOf, TimeTrackTimeEntry, TimeTrackTimer, TimeTrackUser, type TimeTrackTimer as Timer } from './types.js';

/** Widening of the search for the booked entry, so it is found whichever way `from`/`to` filter. */
const FIND_MARGIN_MS = 60_000;

export const runningEntryId = (userId: string) => `timer-${userId}`;

export function timeTrackTimer(ctx: TimeTrackContext, entries: TimeTrackTimeEntries): TimerHandlers {
  const { client, source } = ctx;
  const status = (username: string, at: Date) => client.timerStatus(TimeTrackTimer, { username, date: ctx.clock.toWire(at) });
  const act = (action: 'start' | 'stop', body: Record<string, unknown>) => client.timerAction(action, TimeTrackTimer, body);

  /** The entry a stop booked: same user, same start, the newest if several. */
  async function booked(username: string, timer: Timer, stoppedAt: Date): Promise<TimeEntry | null> {
    const startedAt = timer.startedAt ? ctx.clock.fromWire(timer.startedAt) : null;
    if (!startedAt) return null;
    const raws = await client.listAll(PATHS.timeEntry, TimeTrackTimeEntry, {
      username,
      from: ctx.clock.toWire(new Date(startedAt.getTime() - FIND_MARGIN_MS)),
      to: ctx.clock.toWire(new Date(stoppedAt.getTime() + FIND_MARGIN_MS)),
    });
    const candidates = raws
      .filter((r) => ctx.clock.fromWire(r.from)?.getTime() === startedAt.getTime())
      .filter((r) => !timer.projectName || r.projectName === timer.projectName)
      .sort((a, b) => idOf(b).length - idOf(a).length || (idOf(b) > idOf(a) ? 1 : -1));
    const [mapped] = await entries.mapAll(candidates.slice(0, 1));
    return mapped ?? null;
  }

  return {
    start: async (input) => {
      if (input.tagIds?.length) throw ValidationError.field('input.tagIds', 'cannot be stored on TimeTrack: it has no tag records');
      if (input.billable === false) throw ValidationError.field('input.billable', 'cannot be false for a TimeTrack timer: it books billable entries (change the entry after stopping)');
      if (!input.userId) throw ValidationError.field('input.userId', 'is required: a TimeTrack timer runs for one user');
      if (!input.projectId) throw ValidationError.field('input.projectId', "is required: a TimeTrack timer runs on a client's project");
      const refs = await entries.namesFor(input);
      const username = refs.user?.username;
      if (!username || !refs.project?.clientName) throw ValidationError.field('input.projectId', 'names a record TimeTrack cannot refer to by name');
      const at = input.start ?? ctx.now();
      const date = ctx.clock.toWire(at);
      try {
        if (timerState(await status(username, at)) !== 'stopped') await act('stop', { username, date });
        const body: Record<string, unknown> = {
          username,
          clientName: refs.project.clientName,
          projectName: projectNameOf(refs.project),
          date,
        };
        if (refs.task) body['taskName'] = refs.task.name;
        if (input.description) body['note'] = input.description;
        const started = await act('start', body);
        return toRunningEntry(source, runningEntryId(input.userId), started, withKnown(refs.known), at, ctx.clock);
      } finally {
        afterWrite(ctx);
      }
    },

    stop: async ({ userId, end }) => {
      if (!userId) throw ValidationError.field('input.userId', 'is required: a TimeTrack timer runs for one user');
      const user = await referenced(ctx, PATHS.user, TimeTrackUser, 'User', userId, 'input.userId');
      if (!user.username) throw ValidationError.field('input.userId', 'names a user without a username');
      const at = end ?? ctx.now();
      const before = await status(user.username, at);
      if (timerState(before) === 'stopped') return null;
      const startedAt = before.startedAt ? ctx.clock.fromWire(before.startedAt) : null;
      if (startedAt && at.getTime() < startedAt.getTime()) throw ValidationError.field('input.end', 'is before the running timer started');
      try {
        await act('stop', { username: user.username, date: ctx.clock.toWire(at) });
      } finally {
        afterWrite(ctx);
      }
      const entry = await booked(user.username, before, at);
      if (entry) return entry;
      // A server that books nothing on stop: answer with the session that was just stopped.
      const refs = withKnown({ userId: new Map([[user.username, userId]]) }, await resolverFor(ctx));
      return { ...toRunningEntry(source, runningEntryId(userId), before, refs, startedAt ?? at, ctx.clock), end: at };
    },
  };
}
