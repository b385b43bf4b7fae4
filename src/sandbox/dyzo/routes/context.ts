/** What every route module needs: the live state and the auth middleware (caller, company guard). */
import type { DyzoAuth } from '../auth.js';
import type { DyzoState } from '../state.js';

export interface DyzoContext {
  state: DyzoState;
  auth: DyzoAuth;
}
