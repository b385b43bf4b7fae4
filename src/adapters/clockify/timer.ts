/**
 * Timers. Start is a time entry without an end (Clockify has no separate start call; it stops
 * the user's previous timer itself). Stop is `PATCH /user/{userId}/time-entries {end}`, which
 * answers 404 when nothing runs: that is "nothing to stop", so null. The user defaults to the
 * API key's owner.
 *
 * Cost: start 1, stop 1 (+1 once per adapter to learn the key owner when no userId is given,
 * or when a start names a user).
 */
import type { CreateInputMap, TimerHandlers } from '../contract.js';
import type { TimeEntry } from '../../domain/entities.js';
import { clockifyInstant, toTimeEntry } from './mappers/to-time-entry.js';
import type { ClockifyContext } from './support.js';

export function clockifyTimer(ctx: ClockifyContext, insert: (input: CreateInputMap['timeEntry']) => Promise<TimeEntry>): TimerHandlers {
  return {
    start: (input) => insert({ ...input, start: input.start ?? ctx.now(), end: null }),
    stop: async ({ userId, end }) => {
      const user = userId ?? (await ctx.ownerId());
      const raw = await ctx.api.stopTimer(user, clockifyInstant(end ?? ctx.now()));
      return raw ? toTimeEntry(raw, ctx.source) : null;
    },
  };
}
