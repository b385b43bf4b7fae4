/** A Desklog route before the base path is applied: `path` is relative, e.g. `task/:id`. */
import type { HttpMethod, SimHandler } from '../../kit.js';

export interface DesklogRoute {
  method: HttpMethod;
  path: string;
  handler: SimHandler;
}
