/** The one merge order of every list (ARCHITECTURE.md §6): entries newest first, the rest by name. */
import type { AnyEntity, EntityKind, TimeEntry } from '../domain/entities.js';

export type Comparator = (a: AnyEntity, b: AnyEntity) => number;

const byName: Comparator = (a, b) => {
  const an = ('name' in a ? a.name : '').toLowerCase();
  const bn = ('name' in b ? b.name : '').toLowerCase();
  return an < bn ? -1 : an > bn ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
};

const byStartDesc: Comparator = (a, b) => {
  const d = (b as TimeEntry).start.getTime() - (a as TimeEntry).start.getTime();
  return d !== 0 ? d : a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
};

export function comparatorFor(kind: EntityKind): Comparator {
  return kind === 'timeEntry' ? byStartDesc : byName;
}
