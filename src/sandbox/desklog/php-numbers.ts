/**
 * Desklog's backend is PHP (its API answers in the Laravel style `{status, message, data}`), and
 * a PHP/MySQL stack returns database columns as strings unless told otherwise. The docs show
 * the effect in places: `user_profile` sends `"id": "1"` where `user_list` sends `1`, the
 * attendance report's `employee_id` is a string where `user_register` takes a number, and
 * `estimated_amount` is a decimal string (vendor-docs/desklog.md §1 "ID type", §3.13, §3.15).
 * With `numbersAsStrings` the simulator answers every number inside `data` as a string, the
 * shape such a deployment gives, so clients are tested against it.
 */
import type { SimResponse, SimRoute } from '../kit.js';

function stringify(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(stringify);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringify(v)]));
  return value;
}

function withStringNumbers(response: SimResponse): SimResponse {
  const body = response.body;
  if (!body || typeof body !== 'object' || Array.isArray(body) || !('data' in body)) return response;
  return { ...response, body: { ...body, data: stringify((body as { data: unknown }).data) } };
}

export function phpNumberRoutes(routes: SimRoute[]): SimRoute[] {
  return routes.map((route) => ({ ...route, handler: async (req) => withStringNumbers(await route.handler(req)) }));
}
