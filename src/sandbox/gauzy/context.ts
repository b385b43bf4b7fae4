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
}
