/**
 * API keys (docs: /authentication), the one area whose response bodies the docs show in full:
 *
 *   POST   /api-keys/{user_id}/  {"name", "expires_in_days", "rate_limit"} → {"status": 1, "message", "api_key": {...}}
 *   GET    /api-keys/{user_id}/  → {"status": 1, "api_keys": [...]}
 *   DELETE /api-keys/{user_id}/  {"key_id": 5} in the BODY of the DELETE → {"status": 1, "message"}
 *
 * A created key works for `X-API-Key` at once; a deleted one stops working at once.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { domainError, success } from '../envelope.js';
import { param, route } from '../routing.js';
import { allocateId, findEmployee, type DyzoApiKey } from '../state.js';
import { DAY_MS, formatInstant } from '../time.js';
import { id, jsonBody } from '../validation.js';
import type { DyzoContext } from './context.js';

const createKey = z.object({
  name: z.string().trim().min(1, 'may not be blank'),
  expires_in_days: z.number().int().positive().optional(),
  rate_limit: z.number().int().positive().optional(),
});

const deleteKey = z.object({ key_id: id });

function keyWire(key: DyzoApiKey): Record<string, unknown> {
  const { employeeId: _owner, ...wire } = key;
  return wire;
}

export function apiKeyRoutes({ state }: DyzoContext): SimRoute[] {
  return [
    route('POST', '/api-keys/:user_id/', (req, params) => {
      const owner = findEmployee(state, param(params, 'user_id'));
      if (!owner) return domainError('Employee not found');
      const body = jsonBody(req, createKey);
      if (!body.ok) return body.response;
      const keyId = allocateId(state, 'apiKey');
      // The docs' example expiry is a midnight: today (the simulator clock) + N days at 00:00 UTC.
      const today = Math.floor(Date.parse(state.clock) / DAY_MS) * DAY_MS;
      const key: DyzoApiKey = {
        id: keyId,
        name: body.data.name,
        key: `dyzo_sim${String(keyId).padStart(4, '0')}${String(owner._id).padStart(6, '0')}`,
        is_active: true,
        rate_limit: body.data.rate_limit ?? 1000,
        expires_at: formatInstant(today + (body.data.expires_in_days ?? 365) * DAY_MS),
        employeeId: owner._id,
      };
      state.apiKeys.push(key);
      return success('API key created successfully', { api_key: keyWire(key) });
    }),

    route('GET', '/api-keys/:user_id/', (_req, params) => {
      const owner = findEmployee(state, param(params, 'user_id'));
      if (!owner) return domainError('Employee not found');
      return { status: 200, body: { status: 1, api_keys: state.apiKeys.filter((k) => k.employeeId === owner._id).map(keyWire) } };
    }),

    route('DELETE', '/api-keys/:user_id/', (req, params) => {
      const owner = findEmployee(state, param(params, 'user_id'));
      if (!owner) return domainError('Employee not found');
      const body = jsonBody(req, deleteKey);
      if (!body.ok) return body.response;
      const index = state.apiKeys.findIndex((k) => k.id === body.data.key_id && k.employeeId === owner._id);
      if (index < 0) return domainError('API key not found');
      state.apiKeys.splice(index, 1);
      return success('API key deleted successfully');
    }),
  ];
}
