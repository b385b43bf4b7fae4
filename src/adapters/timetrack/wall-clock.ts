/**
 * TimeTrack's "local timestamp" (vendor-docs/timetrack.md §1.4): every timestamp on the wire is
 * the user's wall-clock time, written in the ISO form with a literal `Z` (`2020-10-23T15:00:00.000Z`
 * means 15:00 where the user is, not 15:00 UTC). The gateway's instants are real UTC, so every
 * timestamp crossing the boundary is converted here, both ways, with the account's time zone.
 *
 * TimeTrack's user object carries no time zone (§2.8), so the zone is the source's configured
 * `timeZone` (one per account), UTC when none is configured. A timestamp that carries a real
 * offset (`+01:00`) is already an instant and is read as one.
 */
import { Temporal } from 'temporal-polyfill';
import { parseInstant } from './types.js';

export interface WallClock {
  readonly timeZone: string;
  /** An instant as the wall-clock text TimeTrack expects: `YYYY-MM-DDTHH:MM:SS.fffZ` in the zone. */
  toWire(instant: Date): string;
  /** A wire timestamp (wall clock with `Z`) as the instant it names; null when unreadable. */
  fromWire(text: string): Date | null;
}

const HAS_REAL_OFFSET = /[+-]\d{2}:?\d{2}$/;

export function wallClock(timeZone = 'UTC'): WallClock {
  return {
    timeZone,
    toWire: (instant) => {
      const local = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDateTime();
      return `${local.toString({ smallestUnit: 'millisecond' })}Z`;
    },
    fromWire: (text) => {
      const read = parseInstant(text);
      if (!read || HAS_REAL_OFFSET.test(text.trim())) return read;
      // `read` holds the wall-clock fields as if they were UTC; place them in the zone. A time
      // that does not exist or exists twice (DST change) resolves as Temporal's 'compatible' does.
      const wall = new Temporal.PlainDateTime(
        read.getUTCFullYear(),
        read.getUTCMonth() + 1,
        read.getUTCDate(),
        read.getUTCHours(),
        read.getUTCMinutes(),
        read.getUTCSeconds(),
        read.getUTCMilliseconds(),
      );
      return new Date(wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
    },
  };
}

