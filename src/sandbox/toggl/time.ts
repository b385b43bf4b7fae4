/**
 * Timestamps as Toggl writes and reads them.
 *
 * Responses carry RFC 3339 instants in UTC; the documented examples write `start`/`at` with a
 * `+00:00` offset and `stop` with `Z` (developers.track.toggl.com/docs/tracking, the
 * `GET /me/time_entries` sample in github.com/garyhtou/toggl-track README). Both forms are kept
 * so a client that only parses one of them fails here, not in production.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function utcParts(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** `2026-11-02T09:00:00+00:00`: the form of `start` and `at`. */
export const formatOffset = (ms: number): string => `${utcParts(ms)}+00:00`;

/** `2026-11-02T11:30:00Z`: the form of `stop`. */
export const formatZulu = (ms: number): string => `${utcParts(ms)}Z`;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an RFC 3339 instant (with an offset); undefined when it is not one. */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * `start_date`/`end_date` of `GET /me/time_entries` accept `YYYY-MM-DD` or an RFC 3339 time
 * (developers.track.toggl.com/docs/api/time_entries, "GET TimeEntries", Query). A bare date is
 * midnight UTC (assumption: the docs do not say which zone a bare date is read in).
 */
export function parseDateOrInstant(value: string): number | undefined {
  if (DATE_ONLY.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return parseInstant(value);
}

/** Reports API v3 dates are `time.DateOnly` (`YYYY-MM-DD`): reports/detailed_reports, Body. */
export function parseDateOnly(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

export const DAY_MS = 86_400_000;
