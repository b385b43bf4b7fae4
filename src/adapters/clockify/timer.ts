/**
 * Timers. Start is a time entry without an end (Clockify has no separate start call). Clockify
 * does not promise to stop the user's previous timer itself, so the running one is stopped
 * first, at the new start, the way the official CLI does (lucassabreu/clockify-cli,
 * pkg/cmd/time-entry/util/out-in-progress.go `OutInProgressFn`: `PATCH` the user's entries
 * with `end` = the new start, a 404 meaning nothing ran). Stop is that same `PATCH /user/{userId}/time-entries {end}`;
 * its 404 is "nothing to stop", so null. The user defaults to the API key's owner.
 *
 * Cost: start 2 (stop, then create), stop 1 (+1 once per adapter to learn the key owner).
 */
import type { CreateInputMap, TimerHandlers } from '../contract.js';
import type { TimeEntry } from '../../domain/entities.js';
import { clockifyInstant, toTimeEntry } from './mappers/to-time-entry.js';
import type { ClockifyContext } from './support.js';

export function clockifyTimer(
  ctx: ClockifyContext,
  insert: (input: CreateInputMap['timeEntry']) => Promise<TimeEntry>,
  forget: () => void,
): TimerHandlers {
  return {
    start: async (input) => {
      const start = input.start ?? ctx.now();
      const user = input.userId ?? (await ctx.ownerId());
      await ctx.api.stopTimer(user, clockifyInstant(start));
      return insert({ ...input, start, end: null });
    },
    stop: async ({ userId, end }) => {
      const user = userId ?? (await ctx.ownerId());
      try {
        const raw = await ctx.api.stopTimer(user, clockifyInstant(end ?? ctx.now()));
        return raw ? toTimeEntry(raw, ctx.source) : null;
      } finally {
        forget();
      }
    },
  };
}
