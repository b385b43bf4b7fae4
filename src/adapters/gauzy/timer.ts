/**
 * Gauzy's timer (`/timesheet/timer/start|stop`). It always runs for the employee the
 * credentials belong to, so a request for another user is refused instead of silently
 * tracking the wrong person. Starting stops the previous running log server-side, as Gauzy does.
 */
import { UpstreamError, ValidationError } from '../../domain/errors.js';
import type { TimerHandlers } from '../contract.js';
import { assertNoLogTags } from './mappers/to-time-entry.js';
import type { GauzyContext } from './support.js';
import type { GauzyTimeEntries } from './time-entries.js';
import { GauzyTimeLog } from './types.js';

/** Sent explicitly: the DTO validates both enums, and `BROWSER` is WEB_TIMER's wire value. */
const TIMER_ORIGIN = { source: 'BROWSER', logType: 'TRACKED' } as const;

export function gauzyTimer(ctx: GauzyContext, entries: GauzyTimeEntries): TimerHandlers {
  const { client } = ctx;

  const assertSelf = async (userId: string | null | undefined) => {
    if (!userId) return;
    const own = await client.ownEmployeeId();
    if (own !== userId) throw ValidationError.field('input.userId', "must be the source's own employee: Gauzy's timer only runs for the signed-in employee");
  };

  return {
    start: async (input) => {
      assertNoLogTags(input.tagIds);
      await assertSelf(input.userId);
      const body: Record<string, unknown> = { ...TIMER_ORIGIN, isBillable: input.billable === true };
      if (input.description) body['description'] = input.description;
      if (input.projectId) body['projectId'] = input.projectId;
      if (input.taskId) body['taskId'] = input.taskId;
      if (input.start) body['startedAt'] = input.start.toISOString();
      try {
        return await entries.complete(await client.write('POST', '/timesheet/timer/start', GauzyTimeLog, { body }));
      } finally {
        ctx.snapshots.clear();
      }
    },
    stop: async ({ userId, end }) => {
      await assertSelf(userId);
      const body: Record<string, unknown> = { ...TIMER_ORIGIN };
      if (end) body['stoppedAt'] = end.toISOString();
      try {
        return await entries.complete(await client.write('POST', '/timesheet/timer/stop', GauzyTimeLog, { body }));
      } catch (error) {
        // 406 "No running log found": nothing was running, which the contract answers with null.
        if (error instanceof UpstreamError && error.status === 406) return null;
        throw error;
      } finally {
        ctx.snapshots.clear();
      }
    },
  };
}
