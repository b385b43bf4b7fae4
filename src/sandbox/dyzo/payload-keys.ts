/**
 * Dyzo puts payloads "under endpoint-specific keys (`api_key`, `api_keys`, `data`, …), not always
 * `data`" (vendor-docs/dyzo.md §1.2; the docs' own examples answer `api_keys: [...]` and
 * `api_key: {...}`, the login `employee: {...}`). The frontend reads lists under `data`, but the
 * list shapes the adapter reads are undocumented (§2.3: "possibly inside data"). With
 * `payloadKeys: 'endpoint'` the simulator answers its lists under a key named after the
 * endpoint, as the documented endpoints do, so clients are tested against that shape too.
 */
import type { SimResponse, SimRoute } from '../kit.js';

/** Which key each list answers under in this mode, by path prefix. */
const LIST_KEYS: Array<[prefix: string, key: string]> = [
  ['/employee/list/', 'employees'],
  ['/project/company/', 'projects'],
  ['/company-tasks/', 'tasks'],
  ['/taskLogs/task/', 'task_logs'],
];

function rekey(path: string, response: SimResponse): SimResponse {
  const key = LIST_KEYS.find(([prefix]) => path.startsWith(prefix))?.[1];
  const body = response.body as Record<string, unknown> | undefined;
  if (!key || !body || typeof body !== 'object' || !Array.isArray(body['data'])) return response;
  const { data, ...rest } = body;
  return { ...response, body: { ...rest, [key]: data } };
}

export function endpointKeyRoutes(routes: SimRoute[]): SimRoute[] {
  return routes.map((route) => (route.method === 'GET' ? { ...route, handler: async (req) => rekey(req.path, await route.handler(req)) } : route));
}
