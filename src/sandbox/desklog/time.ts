/**
 * Calendar and time-zone arithmetic with node's built-in Intl. Attendance clock times are kept
 * as UTC instants and shown in each user's own zone, as Desklog documents.
 */

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    // h23 avoids the "24:05" that some ICU builds print for just after midnight.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a zone. */
function wall(utcMs: number, timeZone: string): { date: string; minutes: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Minutes since local midnight of an instant in the given zone. */
export function localMinutesOfDay(utcIso: string, timeZone: string): number {
  return wall(Date.parse(utcIso), timeZone).minutes;
}

/** The UTC instant at which the wall clock in `timeZone` shows `date` + `minutes`. */
export function zonedToUtc(date: string, minutes: number, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // The zone offset at the guessed instant; one correction pass is enough outside DST gaps.
  const seen = wall(guess, timeZone);
  const seenMs = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000;
  return new Date(guess - (seenMs - guess)).toISOString();
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Inclusive list of `YYYY-MM-DD` dates from `from` to `to`, Monday to Friday only. */
export function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += 86_400_000) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}
