/** What every route module gets: live state, clock, id factory, tokens and the guarded-route builder. */
import type { Guarded, TokenService } from './auth.js';
import type { GauzyState } from './state.js';

export interface SimContext {
  state: GauzyState;
  tokens: TokenService;
  route: Guarded;
  now: () => Date;
  nowIso: () => string;
  newId: () => string;
  credentials: { email: string; password: string };
  /** TEST FAULTS, not Gauzy behaviour: switches tests flip to serve what no real server sends. */
  testFaults: GauzyTestFaults;
}

/**
 * TEST FAULTS: NOT VENDOR BEHAVIOUR. Gauzy's own server never answers these; tests use them to
 * check that one record the adapter cannot read costs that record only (#10 item 14).
 */
export interface GauzyTestFaults {
  /** Time logs with these ids are served by `GET /timesheet/time-log` with `startedAt: null`. */
  malformedTimeLogIds: Set<string>;
}
