/**
 * Who may see and control a migration run. A run copies records out of `from` and into `to`,
 * and its record (counts, failures with source remote IDs, errors) speaks of both; so a run is
 * visible and controllable (list, get, node, start, resume, cancel) only to a principal that
 * may read `from` and write `to`. A read-only credential writes nowhere, so it sees no run.
 *
 * The check always reads the run's own `from`/`to` as the store holds them: the source key in
 * a Migration global ID is chosen by the client and proves nothing.
 */
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Principal } from '../security/auth.js';
import type { MigrationOptions, MigrationSnapshot } from './model.js';
import type { MigrationService } from './service.js';

type Ends = Pick<MigrationOptions, 'from' | 'to'>;

/** Null when the gateway is open (no auth configured): everyone may do everything. */
export function mayUse(principal: Principal | null, source: string): boolean {
  return !principal || principal.sources === null || principal.sources.includes(source);
}

export function mayControl(principal: Principal | null, run: Ends): boolean {
  if (!principal) return true;
  return principal.access === 'read-write' && mayUse(principal, run.from) && mayUse(principal, run.to);
}

/**
 * The migration service as one principal sees it. Runs it may not control do not exist for
 * it: they are left out of lists and answer NOT_FOUND, exactly like a run ID nobody started,
 * so a probe cannot tell a foreign run from no run.
 */
export class ScopedMigrations {
  constructor(
    private readonly service: MigrationService,
    private readonly principal: Principal | null,
  ) {}

  async start(options: MigrationOptions) {
    if (!mayControl(this.principal, options)) {
      // The registry narrowed to the credential already refuses sources outside its scope;
      // what is left here is a read-only credential.
      throw ValidationError.field('input.to', `credential "${this.principal!.name}" may not write to source "${options.to}" (it is read-only)`);
    }
    return this.service.start(options);
  }

  async resume(id: string) {
    await this.visible(id);
    return this.service.resume(id);
  }

  async cancel(id: string): Promise<MigrationSnapshot> {
    await this.visible(id);
    return this.service.cancel(id);
  }

  async get(id: string): Promise<MigrationSnapshot | null> {
    const run = await this.service.get(id);
    return run && mayControl(this.principal, run.options) ? run : null;
  }

  async list(limit: number): Promise<MigrationSnapshot[]> {
    if (!this.principal) return this.service.list(limit);
    if (this.principal.access !== 'read-write') return [];
    return this.service.list(limit, this.principal.sources);
  }

  private async visible(id: string): Promise<MigrationSnapshot> {
    const run = await this.get(id);
    if (!run) throw new NotFoundError('Migration', id);
    return run;
  }
}
