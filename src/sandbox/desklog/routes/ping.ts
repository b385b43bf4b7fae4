/** `GET ping`: the only endpoint whose documented example sends no Authorization header. */
import type { DesklogState } from '../state.js';
import { nowMs } from '../state.js';
import type { DesklogRoute } from './types.js';

export const PING_PATH = 'ping';

export function pingRoutes(state: DesklogState): DesklogRoute[] {
  return [
    {
      method: 'GET',
      path: PING_PATH,
      // No `data` key: the documented sample has `status`, `time` and `message` only.
      // `time` is UTC epoch seconds (the sample value fits neither unit; seconds chosen).
      handler: () => ({
        status: 200,
        body: { status: true, time: Math.floor(nowMs(state) / 1000), message: 'Ping success' },
      }),
    },
  ];
}
