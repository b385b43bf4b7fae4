/**
 * Turning the client's global IDs into per-source remote IDs, for filters and for writes.
 * Every decode validates type, source and remote-ID shape (ids.ts), and names the field.
 */
import type { EntityKind } from '../domain/entities.js';
import { NODE_TYPE_OF } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import { decodeGlobalId, type GlobalIdParts, type NodeType } from '../domain/ids.js';
import type { SourceRegistry } from './sources.js';

/** Pothos' node key: "<source>:<remoteId>" (source keys hold no colon). */
export const nodeKey = (source: string, remoteId: string) => `${source}:${remoteId}`;

export function splitNodeKey(key: string): { source: string; remoteId: string } {
  const at = key.indexOf(':');
  return { source: key.slice(0, at), remoteId: key.slice(at + 1) };
}

export class IdResolver {
  constructor(private readonly registry: SourceRegistry) {}

  decode(id: string, expect: readonly NodeType[] | undefined, path: string): GlobalIdParts {
    return decodeGlobalId(id, this.registry.vendorOf, { expect, path });
  }

  decodeKind(id: string, kind: EntityKind, path: string): GlobalIdParts {
    return this.decode(id, [NODE_TYPE_OF[kind]], path);
  }

  /** A reference inside a write must live in the same source as the record written. */
  sameSource(id: string | null | undefined, kind: EntityKind, source: string, path: string): string | null | undefined {
    if (id === undefined || id === null) return id;
    const parts = this.decodeKind(id, kind, path);
    if (parts.source !== source) {
      throw ValidationError.field(path, `belongs to source "${parts.source}", but the record is in source "${source}"`);
    }
    return parts.remoteId;
  }

  sameSourceMany(ids: readonly string[] | null | undefined, kind: EntityKind, source: string, path: string): string[] | null | undefined {
    if (ids === undefined || ids === null) return ids;
    return ids.map((id, i) => this.sameSource(id, kind, source, `${path}.${i}`)!);
  }

  /**
   * Splits a filter's ID list by source. `undefined` for a source means "no constraint";
   * an empty array means "this source cannot match" (the filter named only other sources).
   */
  bySource(ids: readonly string[] | null | undefined, kind: EntityKind, path: string): ((source: string) => string[] | undefined) {
    if (!ids) return () => undefined;
    const map = new Map<string, string[]>();
    ids.forEach((id, i) => {
      const parts = this.decodeKind(id, kind, `${path}.${i}`);
      map.set(parts.source, [...(map.get(parts.source) ?? []), parts.remoteId]);
    });
    return (source) => map.get(source) ?? [];
  }
}
