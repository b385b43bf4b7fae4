import { randomUUID } from 'node:crypto';
import { attachTimesheet } from './gauzy/tracking.js';
import type { World, WorldVendor } from './world.js';

/** The vendors whose adapters are in this build: the demo and the fan-out tests start these. */
export const DEMO_VENDORS: WorldVendor[] = ['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack'];

/** How long the demo's running timers have been running when the demo starts. */
export const RUNNING_TIMER_MINUTES = 25;

/**
 * The datasets are fixed weeks of November 2026, and their running timers were started there
 * (Clockify: Ada's last afternoon entry; Gauzy: Ada's log of 2026-11-20). A timer runs until
 * now, so left there it would add weeks of "running" time to every November report the demo
 * shows. The demo starts them a few minutes before it starts instead, as a person who is
 * tracking right now would have. (Desklog, Dyzo and TimeTrack have no running timer in their
 * demo data.) The tests keep the fixed dates: only `npm run demo` calls this.
 */
export function startRunningTimersRecently(world: World, now: Date = new Date()): void {
  const startedAt = new Date(now.getTime() - RUNNING_TIMER_MINUTES * 60_000);
  if (world.clockify) {
    // Clockify keeps instants in whole seconds, `end: null` while the timer runs (state.ts).
    for (const entry of world.clockify.state.timeEntries) {
      if (entry.end === null) entry.start = startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
  }
  if (world.gauzy) {
    const { state } = world.gauzy;
    for (const log of state.timeLogs.values()) {
      if (!log.isRunning || log.deletedAt !== null) continue;
      // A running log's stoppedAt is its last periodic save (dataset.ts): the latest one
      // before now, on the desktop timer's 10-minute slots (tracking.ts SLOT_MS).
      const lastSave = new Date(startedAt.getTime() + Math.floor(RUNNING_TIMER_MINUTES / 10) * 600_000);
      Object.assign(log, { startedAt: startedAt.toISOString(), stoppedAt: lastSave.toISOString(), createdAt: startedAt.toISOString(), updatedAt: lastSave.toISOString() });
      // The log now belongs to this week's timesheet, and both sheets' totals change.
      attachTimesheet(state, log, now.toISOString(), randomUUID);
    }
  }
}
