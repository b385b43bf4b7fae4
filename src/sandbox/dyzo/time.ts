/**
 * Dyzo's datetime rules: ISO-8601 UTC with `Z`. The docs' examples have no milliseconds
 * (`2024-10-29T09:00:00Z`) while the official frontend sends `toISOString()` values
 * (`…T09:00:00.000Z`), so both are accepted and compared as instants.
 */

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of a Dyzo datetime, or undefined when the string is not ISO-8601 UTC or not a real date. */
export function parseInstant(value: string): number | undefined {
  const m = ISO_UTC.exec(value);
  if (!m) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2026-02-30 over to March; a round trip of the calendar part catches that.
  if (new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19)) return undefined;
  return ms;
}

/** The form Dyzo's examples use: seconds precision unless the instant carries milliseconds. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

/** Normalises an accepted input so `…:00Z` and `…:00.000Z` are stored the same way. */
export function normaliseInstant(value: string): string | undefined {
  const ms = parseInstant(value);
  return ms === undefined ? undefined : formatInstant(ms);
}

/** Epoch ms at 00:00 UTC of a `YYYY-MM-DD` date, or undefined. */
export function parseDate(value: string): number | undefined {
  if (!DATE_ONLY.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) return undefined;
  return ms;
}

export const DAY_MS = 86_400_000;

/** `HH:MM:SS`, the way Django renders a timedelta for the task-log `duration` column. */
export function formatHms(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** `H:MM`, the task `total_time` the frontend splits on `:` into hours and minutes. */
export function formatHm(totalSeconds: number): string {
  const minutes = Math.max(0, Math.floor(totalSeconds / 60));
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
