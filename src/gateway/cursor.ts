/**
 * The fan-out cursor: each source's own position, so the next page continues every source
 * where it stopped. A position is the source's page token plus how many items of that page
 * were already handed out (a page is re-read and the consumed prefix skipped when the merge
 * took only part of it). Finished sources are remembered so they are not asked again.
 */
import { ValidationError } from '../domain/errors.js';

export interface SourcePosition {
  token: string | null;
  skip: number;
  done: boolean;
}

export type FanoutCursor = Record<string, SourcePosition>;

export function encodeCursor(cursor: FanoutCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, s: cursor }), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): FanoutCursor | null {
  if (!after) return null;
  try {
    const parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { v?: number; s?: unknown };
    if (parsed.v === 1 && parsed.s && typeof parsed.s === 'object') {
      const positions = parsed.s as Record<string, SourcePosition>;
      const valid = Object.values(positions).every(
        (p) => p && (p.token === null || typeof p.token === 'string') && Number.isInteger(p.skip) && p.skip >= 0 && typeof p.done === 'boolean',
      );
      if (valid) return positions;
    }
  } catch {
    // reported below as a typed error
  }
  throw ValidationError.field('after', 'is not a cursor this API issued');
}
