/** What every resolver receives: the shared gateway parts plus per-request state. */
import type { SourceFailure } from '../gateway/fanout.js';
import type { IdResolver } from '../gateway/refs.js';
import type { SourceRegistry } from '../gateway/sources.js';
import type { PersonIdentity } from '../domain/person.js';
import type { MigrationService } from '../migrate/service.js';
import type { Principal } from '../security/auth.js';

export interface Limits {
  maxPageSize: number;
  defaultPageSize: number;
  /** Longest time entry a write may create (config `limits.maxEntrySeconds`). */
  maxEntrySeconds?: number;
}

export interface GatewayParts {
  registry: SourceRegistry;
  ids: IdResolver;
  limits: Limits;
  /** Called after every successful write, so cross-request caches can drop what changed. */
  onWrite?: (source: string) => Promise<void> | void;
  now?: () => Date;
  /** Who is the same person across sources (config people.links); no links when absent. */
  people?: PersonIdentity;
  /** Runs migrations in the background (startMigration & co.); absent on bare compositions. */
  migrations?: MigrationService;
}

export interface Context extends GatewayParts {
  /** Who is asking, when auth is on; null when the gateway is open. */
  principal: Principal | null;
  /** Sources that failed during this request; reported in `errors` next to the data. */
  failures: SourceFailure[];
}
