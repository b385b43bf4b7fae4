/**
 * Harvest's time formats (docs: Overview, "Data types"): `date` is `2017-12-31`, `datetime` is
 * ISO 8601 in UTC with a `Z` and whole seconds (`2017-12-31T14:59:22Z`), `time` is `14:59` or
 * `2:59pm`; responses write times as `3:00pm` (Time Entries, example responses).
 */

/**
 * Harvest names zones the Rails way (Users, example `"timezone":"Mountain Time (US & Canada)"`).
 * Only the zones the simulator's users need are mapped; an unknown name falls back to UTC.
 */
const ZONES: Record<string, string> = {
  UTC: 'UTC',
  London: 'Europe/London',
  Helsinki: 'Europe/Helsinki',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Mountain Time (US & Canada)': 'America/Denver',
};

export const ianaZone = (harvestZone: string): string => ZONES[harvestZone] ?? 'UTC';

export function formatDateTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Parses `updated_since` and other datetimes; `null` when not ISO 8601. */
export function parseDateTime(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

interface LocalParts {
  date: string;
  hour: number;
  minute: number;
}

function localParts(ms: number, zone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')), minute: Number(get('minute')) };
}

/** Calendar date of an instant in a zone: the `spent_date` a timer started now gets. */
export function localDate(ms: number, zone: string): string {
  return localParts(ms, zone).date;
}

/** `3:00pm` / `11:40am` / `12:05am`, the way the example responses write `started_time`. */
export function formatClock(ms: number, zone: string): string {
  const { hour, minute } = localParts(ms, zone);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:${String(minute).padStart(2, '0')}${hour < 12 ? 'am' : 'pm'}`;
}

/** Minutes after midnight for `14:59`, `2:59pm`, `8:00am`, `8am`; `null` when unreadable. */
export function parseClock(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{1,2})(?::(\d{2}))?\s*([ap]m)?\s*$/i.exec(value);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const suffix = m[3]?.toLowerCase();
  if (minute > 59) return null;
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (suffix === 'pm' ? 12 : 0);
  } else if (hour > 23 || m[2] === undefined) {
    return null;
  }
  return hour * 60 + minute;
}

/** The instant at which the wall clock in `zone` shows `date` + `minutes` after midnight. */
export function instantAt(date: string, minutes: number, zone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Two passes of "shift by the zone's offset at the guess" settle on the right instant,
  // except inside a DST gap, where the later wall time is used.
  let at = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(at, zone);
    const shown = Date.parse(`${p.date}T00:00:00Z`) + (p.hour * 60 + p.minute) * 60_000;
    at += guess - shown;
  }
  return at;
}

/** Decimal hours rounded to two places, as `hours` is written (Time Entries examples: 2.11, 0.02). */
export function toHours(ms: number): number {
  return Math.round(Math.max(0, ms) / 36_000) / 100;
}
