/**
 * Clockify's two time formats: UTC instants (`2020-01-01T00:00:00Z`) and, in the regular API,
 * ISO-8601 durations (`PT1H30M`). The reports API uses integer seconds instead, which needs no
 * helper beyond `secondsBetween`.
 */

/**
 * The documented request format is `yyyy-MM-ddThh:mm:ssZ`; the reports API also shows
 * fractional seconds (`…T23:59:59.999Z`). Offsets other than `Z` are rejected on purpose: the
 * docs never show them, and a client that sends them is relying on luck.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;

/** Parses a request instant to epoch ms, or `null` when it is not a valid UTC instant. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(ms);
  // Date.UTC silently rolls 2026-02-30 over to March; a real server rejects it.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  return ms + fraction;
}

/** Clockify answers with whole seconds and a `Z`, no milliseconds. */
export function formatInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Whole seconds between two stored instants. */
export function secondsBetween(start: string, end: string): number {
  return Math.max(0, Math.floor((Date.parse(end) - Date.parse(start)) / 1000));
}

/**
 * Seconds → ISO-8601 duration the way Java's `Duration.toString()` writes it (Clockify is a
 * Java service): hours may exceed 24 (`PT26H3M`), no day part, zero is `PT0S`.
 */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds === 0) return 'PT0S';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Parses the ISO durations clients send (task and project estimates); `null` when invalid. */
export function parseIsoDuration(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((part) => (part ? Number(part) : 0)) as [number, number, number, number];
  return Math.floor(d * 86400 + h * 3600 + min * 60 + s);
}

/** Calendar date (`YYYY-MM-DD`) of an instant in a time zone, for DATE grouping in reports. */
export function dateInZone(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
