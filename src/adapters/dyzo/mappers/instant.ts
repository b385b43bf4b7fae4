/**
 * Dyzo datetimes: ISO-8601 UTC with `Z`, written without milliseconds in the docs' examples
 * (`2024-10-29T09:00:00Z`) and with them by the official frontend (`…T09:00:00.000Z`).
 */

/** Epoch ms of a Dyzo datetime; one without an offset is UTC (Dyzo's only zone), never local time. */
export function parseDyzoInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const text = value.trim();
  const zoned = /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes('T');
  const ms = Date.parse(zoned ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The docs' form: whole seconds without the `.000`, milliseconds only when there are some. */
export function formatDyzoInstant(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}
