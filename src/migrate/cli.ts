/**
 * `timegate migrate`: config → store → the two adapters → the engine, with a progress display
 * and a summary. Exit codes: 0 when nothing failed, 1 when something did (or the run stopped),
 * 2 for a usage error.
 */
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { createAdapter } from '../adapters/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { openStore } from '../store/connect.js';
import { checkOptions, executeRun, openRun } from './engine.js';
import { MIGRATE_ORDER, type MigrateKind, type MigrationOptions } from './model.js';
import { createReporter, jsonSummary, summaryTable } from './progress.js';

export const MIGRATE_HELP = `timegate migrate: copy users, clients, tags, projects, tasks and time entries
from one source to another, idempotently (a re-run creates nothing twice).

Usage:
  timegate migrate --from KEY --to KEY [options]
  timegate migrate --resume ID [options]

Options:
  --from KEY          source to copy from (a key in the config's sources)
  --to KEY            source to copy into
  --entities LIST     comma-separated subset of: users, clients, tags, projects,
                      tasks, time-entries (default: all, always in that order)
  --since DATE        time entries starting at or after DATE (YYYY-MM-DD, UTC, or an
                      ISO 8601 instant)
  --until DATE        time entries starting before DATE; a plain date includes that day
  --dry-run           plan and count only: nothing is written to the target
  --resume ID         continue an interrupted run with its saved options
  --json              print a machine-readable summary on stdout (progress on stderr)
  -c, --config FILE   config file (as for \`timegate serve\`)
  -h, --help          show this help

Exit code: 0 when nothing failed, 1 when any record failed or the run stopped, 2 for bad usage.
`;

const ENTITY_NAMES: Record<string, MigrateKind> = {
  user: 'user',
  users: 'user',
  client: 'client',
  clients: 'client',
  tag: 'tag',
  tags: 'tag',
  project: 'project',
  projects: 'project',
  task: 'task',
  tasks: 'task',
  timeentry: 'timeEntry',
  timeentries: 'timeEntry',
  'time-entry': 'timeEntry',
  'time-entries': 'timeEntry',
  time_entries: 'timeEntry',
  entries: 'timeEntry',
};

export function parseEntities(list: string | undefined): MigrateKind[] {
  if (!list) return [...MIGRATE_ORDER];
  const kinds = list.split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    const kind = ENTITY_NAMES[name.toLowerCase()];
    if (!kind) throw ValidationError.field('--entities', `"${name}" is not one of users, clients, tags, projects, tasks, time-entries`);
    return kind;
  });
  return MIGRATE_ORDER.filter((k) => kinds.includes(k));
}

/** A plain date is midnight UTC; as an upper bound it means the end of that day. */
export function parseDateOption(value: string | undefined, option: string, upper: boolean): Date | null {
  if (value === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw ValidationError.field(option, `"${value}" is not a calendar date`);
    return upper ? new Date(date.getTime() + 86_400_000) : date;
  }
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:?\d{2})$/.test(value) || Number.isNaN(date.getTime())) {
    throw ValidationError.field(option, `"${value}" is neither YYYY-MM-DD nor an ISO 8601 instant with a zone`);
  }
  return date;
}

export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

export async function migrateMain(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const { stdout, stderr } = io;
  let values;
  try {
    values = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        entities: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        'dry-run': { type: 'boolean' },
        resume: { type: 'string' },
        json: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    stderr.write(`${(error as Error).message}\n\n${MIGRATE_HELP}`);
    return 2;
  }
  if (values.help) {
    stdout.write(MIGRATE_HELP);
    return 0;
  }

  let options: MigrationOptions | null = null;
  try {
    if (!values.resume) {
      if (!values.from || !values.to) throw ValidationError.field('--from', 'and --to are required (or --resume ID)');
      options = {
        from: values.from,
        to: values.to,
        entities: parseEntities(values.entities),
        since: parseDateOption(values.since, '--since', false),
        until: parseDateOption(values.until, '--until', true),
        dryRun: Boolean(values['dry-run']),
      };
    }
  } catch (error) {
    stderr.write(`${(error as Error).message}\n\n${MIGRATE_HELP}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(values.config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`${error.message}\n`);
    return 1;
  }
  const keys = config.sources.map((s) => s.key);
  if (options) {
    const issues = checkOptions(options, keys);
    if (issues.length) {
      stderr.write(`${new ValidationError(issues.map((i) => ({ ...i, path: [`--${i.path.join('.')}`] }))).message}\n`);
      return 2;
    }
  }

  const store = await openStore(config.store);
  const adapters: Array<{ close?(): Promise<void> }> = [];
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const run = await openRun(store, options ? { options } : { resumeId: values.resume! });
    const missing = [run.options.from, run.options.to].filter((k) => !keys.includes(k));
    if (missing.length) throw ValidationError.field('--resume', `the run needs source(s) ${missing.join(', ')}, which the config does not have`);
    const sourceOf = (key: string) => config.sources.find((s) => s.key === key)!;
    const source = createAdapter(sourceOf(run.options.from), { store });
    const target = createAdapter(sourceOf(run.options.to), { store });
    adapters.push(source, target);

    const log = values.json ? stderr : stdout;
    log.write(`migration ${run.id}: ${run.options.from} -> ${run.options.to}${run.options.dryRun ? ' (dry run)' : ''}\n`);
    log.write(`  to continue after an interruption: timegate migrate --resume ${run.id}\n`);
    const reporter = createReporter(log);
    const final = await executeRun(run, { source, target, store, signal: abort.signal, onProgress: (r, e) => reporter.onProgress(r, e) });
    reporter.stop();
    if (values.json) stdout.write(`${JSON.stringify(jsonSummary(final), null, 2)}\n`);
    else stdout.write(`\n${summaryTable(final)}`);
    return final.state === 'succeeded' ? 0 : 1;
  } catch (error) {
    if (error instanceof DomainError) {
      stderr.write(`${error.message}\n`);
      return error instanceof ValidationError ? 2 : 1;
    }
    throw error;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await Promise.all(adapters.map((a) => a.close?.()));
    await store.close();
  }
}
