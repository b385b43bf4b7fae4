/**
 * Migrations run by a gateway (the GraphQL `startMigration` & co.): the same engine as the
 * CLI, run in the background of the gateway process, with its progress readable while it
 * runs and its record kept in the gateway's store.
 *
 * The composition root (main.ts) builds one service per gateway and hands it to the GraphQL
 * context; a gateway composed without one answers MIGRATIONS_UNAVAILABLE.
 */
import type { Store } from '../store/connect.js';
import type { SourceRegistry } from '../gateway/sources.js';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../domain/errors.js';
import { checkOptions, executeRun, openRun, type EngineDeps } from './engine.js';
import type { MigrationOptions, MigrationSnapshot } from './model.js';
import { RunStore } from './runs.js';
import { ScopedMigrations } from './access.js';
import type { Principal } from '../security/auth.js';

/** The gateway was composed without a store for migrations. */
export class MigrationsUnavailableError extends DomainError {
  readonly code = 'MIGRATIONS_UNAVAILABLE';
  constructor() {
    super('Migrations are not enabled on this gateway (it was composed without a migration service)');
    this.name = 'MigrationsUnavailableError';
  }
}

interface Active {
  run: MigrationSnapshot;
  abort: AbortController;
  done: Promise<MigrationSnapshot>;
}

export type ServiceDeps = Pick<EngineDeps, 'retry' | 'sleep' | 'saveEveryMs'>;

export class MigrationService {
  private readonly active = new Map<string, Active>();
  private readonly runs: RunStore;

  constructor(
    private readonly registry: SourceRegistry,
    private readonly store: Store,
    private readonly deps: ServiceDeps = {},
  ) {
    this.runs = new RunStore(store.db);
  }

  /** Starts a run in the background; `done` settles when it ends (it never rejects). */
  async start(options: MigrationOptions): Promise<Active> {
    const issues = checkOptions(options, this.registry.all().map((a) => a.key));
    if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, path: ['input', ...i.path] })));
    this.assertIdle(options.from, options.to);
    return this.launch(await openRun(this.store, { options }));
  }

  async resume(id: string): Promise<Active> {
    if (this.active.has(id)) throw new ConflictError(`Migration ${id} is still running`);
    const saved = await this.runs.load(id);
    if (!saved) throw new NotFoundError('Migration', id);
    for (const key of [saved.options.from, saved.options.to]) this.registry.get(key, 'input.id');
    this.assertIdle(saved.options.from, saved.options.to);
    return this.launch(await openRun(this.store, { resumeId: id }));
  }

  /** Asks a running migration to stop after the record in hand; resolves when it has. */
  async cancel(id: string): Promise<MigrationSnapshot> {
    const active = this.active.get(id);
    if (!active) {
      const saved = await this.runs.load(id);
      if (!saved) throw new NotFoundError('Migration', id);
      throw new ConflictError(`Migration ${id} is not running in this gateway (state: ${saved.state})`);
    }
    active.abort.abort();
    return active.done;
  }

  /** The live run when it is running here, else what the store holds. */
  async get(id: string): Promise<MigrationSnapshot | null> {
    return this.active.get(id)?.run ?? (await this.runs.load(id));
  }

  /** Newest first; with `sources`, only runs whose both ends are among them. */
  async list(limit: number, sources: readonly string[] | null = null): Promise<MigrationSnapshot[]> {
    return (await this.runs.list(limit, sources)).map((saved) => this.active.get(saved.id)?.run ?? saved);
  }

  /** The runs in progress in this gateway (the metrics read their progress). */
  running(): MigrationSnapshot[] {
    return [...this.active.values()].map((a) => a.run);
  }

  /** Stops every run of this gateway (on shutdown) and waits for them to record it. */
  async close(): Promise<void> {
    const running = [...this.active.values()];
    running.forEach((a) => a.abort.abort());
    await Promise.all(running.map((a) => a.done));
  }

  /** Two runs into the same target from the same source would race each other's natural keys. */
  private assertIdle(from: string, to: string) {
    for (const { run } of this.active.values()) {
      if (run.options.from === from && run.options.to === to) throw new ConflictError(`Migration ${run.id} from "${from}" to "${to}" is already running`);
    }
  }

  private launch(run: MigrationSnapshot): Active {
    const abort = new AbortController();
    const source = this.registry.get(run.options.from, 'input.from');
    const target = this.registry.get(run.options.to, 'input.to');
    const done = executeRun(run, { ...this.deps, source, target, store: this.store, signal: abort.signal })
      .catch(async (error: unknown) => {
        // The engine records its own failures; this is the store itself failing under it.
        Object.assign(run, { state: 'failed', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() });
        await this.runs.save(run).catch(() => undefined);
        return run;
      })
      .finally(() => this.active.delete(run.id));
    const active = { run, abort, done };
    this.active.set(run.id, active);
    return active;
  }
}

/**
 * The gateway's migration service as the request's principal may see it (access.ts), or a
 * typed error when the gateway was composed without one.
 */
export function migrationsOf(ctx: { migrations?: MigrationService | undefined; principal: Principal | null }): ScopedMigrations {
  if (!ctx.migrations) throw new MigrationsUnavailableError();
  return new ScopedMigrations(ctx.migrations, ctx.principal);
}
