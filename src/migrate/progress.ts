/**
 * How a run looks on a terminal: a redrawn bar for the entity being migrated (done/total,
 * rate, ETA) on a TTY, a plain line every few seconds otherwise (logs, CI), and a summary
 * table at the end. `--json` turns the summary into one machine-readable object.
 */
import type { Writable } from 'node:stream';
import { totalsOf, type EntityCounts, type MigrateKind, type MigrationSnapshot } from './model.js';

export const ENTITY_LABELS: Record<MigrateKind, string> = {
  user: 'users',
  client: 'clients',
  tag: 'tags',
  project: 'projects',
  task: 'tasks',
  timeEntry: 'time entries',
};

export interface Reporter {
  onProgress(run: MigrationSnapshot, entity: MigrateKind | null): void;
  /** Ends the live display (a TTY line is finished so the summary starts clean). */
  stop(): void;
}

const BAR_WIDTH = 24;
const TTY_EVERY_MS = 100;
const PLAIN_EVERY_MS = 2000;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** done/total, rate and ETA of one entity since its phase began. */
function line(counts: EntityCounts, startedAt: number, now: number, bar: boolean): string {
  const elapsed = Math.max(0.001, (now - startedAt) / 1000);
  const rate = counts.done / elapsed;
  const left = counts.total - counts.done;
  const eta = left <= 0 ? '0s' : rate > 0 ? duration(left / rate) : '?';
  const label = ENTITY_LABELS[counts.entity].padEnd(12);
  const ratio = counts.total ? counts.done / counts.total : 1;
  const drawn = bar ? ` [${'#'.repeat(Math.round(ratio * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}]` : '';
  return `${label}${drawn} ${counts.done}/${counts.total}  ${rate.toFixed(1)}/s  ETA ${eta}`;
}

export function createReporter(out: Writable & { isTTY?: boolean; columns?: number }, options: { tty?: boolean } = {}): Reporter {
  const tty = options.tty ?? Boolean(out.isTTY);
  let current: MigrateKind | null = null;
  let phaseStart = Date.now();
  let lastDraw = 0;
  let drawn = false;

  const finishLine = (run: MigrationSnapshot) => {
    const counts = current && run.counts.find((c) => c.entity === current);
    if (!counts) return;
    const text = line(counts, phaseStart, Date.now(), tty);
    out.write(tty ? `\r${text}\u001b[K\n` : `${text}\n`);
    drawn = false;
  };

  return {
    onProgress(run, entity) {
      const now = Date.now();
      if (entity !== current) {
        finishLine(run);
        current = entity;
        phaseStart = now;
        // A bar shows at once; a log gets its first line after an interval, or the final one.
        lastDraw = tty ? 0 : now;
      }
      const counts = entity && run.counts.find((c) => c.entity === entity);
      if (!counts) return;
      if (now - lastDraw < (tty ? TTY_EVERY_MS : PLAIN_EVERY_MS) && counts.done < counts.total) return;
      lastDraw = now;
      const text = line(counts, phaseStart, now, tty);
      if (tty) {
        out.write(`\r${text}\u001b[K`);
        drawn = true;
      } else if (counts.done < counts.total) {
        out.write(`${text}\n`);
      }
    },
    stop() {
      if (tty && drawn) out.write('\n');
      drawn = false;
    },
  };
}

const COLUMNS = ['total', 'created', 'matched', 'mapped', 'unsupported', 'invalid', 'failed'] as const;

/** The end-of-run table, then the records that did not make it (the first `limit`). */
export function summaryTable(run: MigrationSnapshot, limit = 20): string {
  const dry = run.options.dryRun;
  const heads = ['entity', ...COLUMNS.map((c) => (dry && c === 'created' ? 'to create' : c))];
  const rows = run.counts.map((c) => [ENTITY_LABELS[c.entity], ...COLUMNS.map((k) => String(c[k]))]);
  const totals = totalsOf(run.counts);
  rows.push(['total', ...COLUMNS.map((k) => String(totals[k]))]);
  const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const lines = [
    `migration ${run.id}: ${run.options.from} -> ${run.options.to}${dry ? ' (dry run: nothing written)' : ''}: ${run.state}`,
    fmt(heads),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...rows.slice(0, -1).map(fmt),
    fmt(widths.map((w) => '-'.repeat(w))),
    fmt(rows[rows.length - 1]!),
  ];
  for (const c of run.counts) {
    if (c.note) lines.push(`note: ${ENTITY_LABELS[c.entity]}: ${c.note}`);
    for (const d of c.dropped) lines.push(`note: ${ENTITY_LABELS[c.entity]}: ${d.records} written without ${d.field}, which the target refused: ${d.reason}`);
  }
  if (run.error) lines.push(`stopped: ${run.error}`);
  if (run.problems.length) {
    lines.push('', 'not migrated:');
    for (const p of run.problems.slice(0, limit)) lines.push(`  ${p.outcome.padEnd(11)} ${ENTITY_LABELS[p.entity]} ${p.sourceId}: ${p.reason}`);
    const more = run.problems.length - limit + run.problemsDropped;
    if (more > 0) lines.push(`  … and ${more} more (--json lists them)`);
  }
  return `${lines.join('\n')}\n`;
}

/** The machine-readable summary printed by `--json`. */
export function jsonSummary(run: MigrationSnapshot) {
  return {
    id: run.id,
    from: run.options.from,
    to: run.options.to,
    state: run.state,
    dryRun: run.options.dryRun,
    entities: run.options.entities,
    since: run.options.since?.toISOString() ?? null,
    until: run.options.until?.toISOString() ?? null,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    counts: run.counts,
    totals: totalsOf(run.counts),
    problems: run.problems,
    problemsDropped: run.problemsDropped,
  };
}
