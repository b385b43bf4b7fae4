/** Small pure conversions shared by the Desklog mappers. */
import type { DesklogId } from '../types.js';

/** Ids arrive as numbers or numeric strings; inside the gateway they are canonical decimal strings. */
export function idText(id: DesklogId): string {
  return String(Number(id));
}

export function optionalId(id: DesklogId | null | undefined): string | null {
  return id === null || id === undefined ? null : idText(id);
}

/** A number from a number or numeric string; `"--"`, empty and junk are null. */
export function numberOrNull(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(whole: string, name: string): string {
  const lower = name.toLowerCase();
  if (!lower.startsWith('#')) return ENTITIES[lower] ?? whole;
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Task descriptions are HTML (`<p>…</p>`). The unified model holds text, so block ends become
 * line breaks, tags go and entities are decoded; `raw` keeps the original markup.
 */
export function htmlToText(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null;
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/\s*<br\s*\/?>\s*/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>\s*/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .trim();
  return text === '' ? null : text;
}

/** Text → the HTML Desklog stores: escaped, one paragraph per line, so it reads back unchanged. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n/)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}
