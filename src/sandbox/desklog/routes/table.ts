/**
 * The full route table under the base path. Each route is also served with a trailing slash,
 * because the docs print the project list as `project/?limit=` and everything else without one.
 * `allowedMethods` lets the 404 handler answer 405 for a known path called with the wrong method.
 */
import type { HttpMethod, SimRoute } from '../../kit.js';
import type { DesklogState } from '../state.js';
import { attendanceRoutes } from './attendance.js';
import { clientRoutes } from './clients.js';
import { pingRoutes } from './ping.js';
import { priorityRoutes } from './priorities.js';
import { projectRoutes } from './projects.js';
import { tagRoutes } from './tags.js';
import { taskRoutes } from './tasks.js';
import { teamRoutes } from './teams.js';
import { timerRoutes } from './timer.js';
import type { DesklogRoute } from './types.js';
import { userRoutes } from './users.js';

export const BASE_PATH = '/api/v2';

export function desklogRoutes(state: DesklogState): DesklogRoute[] {
  return [
    ...pingRoutes(state),
    ...userRoutes(state),
    ...teamRoutes(state),
    ...attendanceRoutes(state),
    ...projectRoutes(state),
    ...priorityRoutes(),
    ...taskRoutes(state),
    ...timerRoutes(state),
    ...tagRoutes(state),
    ...clientRoutes(state),
  ];
}

export function toSimRoutes(routes: DesklogRoute[]): SimRoute[] {
  return routes.flatMap((r) => [
    { method: r.method, pattern: `${BASE_PATH}/${r.path}`, handler: r.handler },
    { method: r.method, pattern: `${BASE_PATH}/${r.path}/`, handler: r.handler },
  ]);
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((w, i) => (w.startsWith(':') ? got[i] !== '' : w === got[i]));
}

/** Methods served for a raw request path (empty when the path is unknown). */
export function allowedMethods(routes: SimRoute[], path: string): HttpMethod[] {
  return [...new Set(routes.filter((r) => matches(r.pattern, path)).map((r) => r.method))];
}
