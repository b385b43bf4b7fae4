/**
 * Durations: integer seconds inside the gateway, ISO 8601 (`PT1H30M`) at the GraphQL edge.
 * One parser per vendor format lives here so every format is tested in one place.
 */

const ISO_DURATION = /^(-)?P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const num = (s: string | undefined) => (s ? Number(s.replace(',', '.')) : 0);

/**
 * Parses an ISO 8601 duration of weeks, days, hours, minutes and seconds into whole seconds.
 * Years and months are refused: their length depends on a calendar date. Returns null when
 * the text is not a duration, so callers decide between "absent" and "invalid".
 */
export function parseIsoDuration(text: string): number | null {
  const m = ISO_DURATION.exec(text.trim().toUpperCase());
  if (!m) return null;
  const [, sign, w, d, h, min, s] = m;
  if (!w && !d && !h && !min && !s) return null;
  if (text.toUpperCase().includes('T') && !h && !min && !s) return null;
  const total = num(w) * 604800 + num(d) * 86400 + num(h) * 3600 + num(min) * 60 + num(s);
  return Math.round(sign ? -total : total);
}

/**
 * Formats seconds as an ISO 8601 duration in hours, minutes and seconds: `PT0S`, `PT1H30M`,
 * `PT40H`. Days are never emitted: an ISO day is a calendar day, and 40 hours of work is not
 * "one day and sixteen hours".
 */
export function formatIsoDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  let rest = Math.abs(Math.round(totalSeconds));
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  let out = `${sign}PT`;
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${seconds}S`;
  return out;
}

/**
 * Clockify sends ISO 8601 (`PT1H30M`), null while running, and its docs also show a bare
 * number string of seconds (`"8000"`). Both are accepted.
 */
export function parseClockifyDuration(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  return parseIsoDuration(value);
}

/**
 * Desklog's pretty strings: `02h 30m`, `00h 10m`, sometimes with seconds (`01h 02m 03s`).
 * `--` means "no value", which is null, not zero.
 */
export function parseDesklogDuration(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().toLowerCase();
  if (text === '' || /^-+$/.test(text)) return null;
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return num(m[1]) * 3600 + num(m[2]) * 60 + num(m[3]);
}

/** TimeTrack and others count minutes; seconds inside. */
export function minutesToSeconds(minutes: number | null | undefined): number | null {
  return minutes === null || minutes === undefined || !Number.isFinite(minutes) ? null : Math.round(minutes * 60);
}

/** Seconds between two instants, never negative; null while the interval is open. */
export function secondsBetween(start: Date, end: Date | null): number | null {
  if (!end) return null;
  return Math.max(0, Math.round((end.getTime() - start.getTime()) / 1000));
}
