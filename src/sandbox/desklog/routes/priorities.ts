/**
 * `GET priority` (documented twice, as project and task priority) with `limit` / `offset`.
 * No response is documented: this simulator answers `data: [{"id": 1, "priority": "Critical"}, …]`,
 * mirroring the task details pair `priority_id` / `priority`.
 */
import { guarded, ok } from '../envelope.js';
import { PRIORITY_NAMES, isPriorityId } from '../format.js';
import { page } from '../input.js';
import type { DesklogRoute } from './types.js';

export function priorityRoutes(): DesklogRoute[] {
  const rows = Object.keys(PRIORITY_NAMES)
    .map(Number)
    .filter(isPriorityId)
    .map((id) => ({ id, priority: PRIORITY_NAMES[id] }));
  return [{ method: 'GET', path: 'priority', handler: guarded((req) => ok('success', page(rows, req))) }];
}
