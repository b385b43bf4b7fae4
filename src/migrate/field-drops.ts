/**
 * Fields a target cannot hold. Vendors refuse some optional fields outright (Gauzy: a new
 * employee's role, tags on a time log); losing the whole record for that would lose far more.
 * When a create is refused with a ValidationError that names only such fields, the record is
 * written without them, the target is not asked to take them again, and every record that
 * lost a value is counted per field with the vendor's reason (shown in the summary), so the
 * loss is reported rather than silent.
 *
 * Names, emails, start/end, descriptions of time entries and their billable flags are never
 * dropped: a record without them is not the same record. Links to records the target cannot
 * hold at all, and values the target silently did not keep, are counted here too (`lost`).
 */
import type { CreateInputMap } from '../adapters/contract.js';
import type { FieldIssue } from '../domain/errors.js';
import type { MigrateKind } from './model.js';

const DROPPABLE: Record<MigrateKind, readonly string[]> = {
  user: ['role', 'status', 'timeZone'],
  client: ['email'],
  tag: [],
  project: ['color', 'status', 'estimateSeconds', 'memberIds', 'billable'],
  task: ['description', 'status', 'priority', 'assigneeIds', 'estimateSeconds'],
  timeEntry: ['tagIds'],
};

export interface DroppedField {
  field: string;
  reason: string;
  /** Records that had a value for it and were written without. */
  records: number;
}

const hasValue = (value: unknown) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/** The field an issue names, when it is `input.<field>`. */
const fieldOf = (issue: FieldIssue) => (issue.path.length === 2 && issue.path[0] === 'input' ? issue.path[1]! : null);

export class FieldDrops<K extends MigrateKind> {
  private readonly learned = new Map<string, DroppedField>();
  private readonly otherLosses = new Map<string, DroppedField>();

  constructor(readonly kind: K) {}

  /**
   * True when every issue names a field this kind may lose and one of them is new: those
   * fields are dropped from now on and the write is worth another try.
   */
  learn(issues: readonly FieldIssue[]): boolean {
    const fields = issues.map(fieldOf);
    if (!fields.length || fields.some((f) => f === null || !DROPPABLE[this.kind].includes(f))) return false;
    if (fields.every((f) => this.learned.has(f!))) return false;
    issues.forEach((issue, i) => {
      const field = fields[i]!;
      if (!this.learned.has(field)) this.learned.set(field, { field, reason: issue.message, records: 0 });
    });
    return true;
  }

  /** The draft without the fields the target refused; counts the values lost. */
  apply(draft: CreateInputMap[K]): { draft: CreateInputMap[K]; lost: string[] } {
    if (!this.learned.size) return { draft, lost: [] };
    const copy = { ...draft } as Record<string, unknown>;
    const lost: string[] = [];
    for (const field of this.learned.keys()) {
      if (hasValue(copy[field])) lost.push(field);
      delete copy[field];
    }
    return { draft: copy as CreateInputMap[K], lost };
  }

  /** Counts a record written without these fields. */
  count(lost: readonly string[]): void {
    for (const field of lost) this.learned.get(field)!.records += 1;
  }

  /**
   * Counts a value lost another way: a link left out because the target cannot hold what it
   * points at (plan.ts), or a value the target answered without (kept.ts).
   */
  lost(field: string, reason: string): void {
    const entry = this.otherLosses.get(field) ?? { field, reason, records: 0 };
    entry.records += 1;
    this.otherLosses.set(field, entry);
  }

  /** Fields dropped with at least one value lost. */
  report(): DroppedField[] {
    return [...this.learned.values(), ...this.otherLosses.values()].filter((d) => d.records > 0).map((d) => ({ ...d }));
  }
}
