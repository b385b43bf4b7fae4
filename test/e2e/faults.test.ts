/**
 * The fault matrix: each vendor simulator in turn injects one fault while the native store
 * stays healthy. The gateway must answer with the healthy data plus a typed error naming
 * the sick source (or, for a transient fault, recover with no error at all), and no request
 * may outlive the source's timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimFaults } from '../../src/sandbox/kit.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld, type World, type WorldVendor } from '../../src/sandbox/world.js';
import { startTestGateway } from '../support/gateway.js';
import * as op from './operations.js';

const VENDORS: WorldVendor[] = ['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack'];
const TIMEOUT_MS = 400;

interface FaultCase {
  name: string;
  faults: Partial<SimFaults>;
  /** The error code expected for the sick source; null when the gateway must recover. */
  expect: string | null;
}

const CASES: FaultCase[] = [
  { name: 'latency beyond the timeout', faults: { latencyMs: 2_000 }, expect: 'UPSTREAM_TIMEOUT' },
  { name: 'persistent 503', faults: { serverErrors: 1_000 }, expect: 'UPSTREAM_UNAVAILABLE' },
  { name: 'one 502 then healthy', faults: { serverErrors: 1, serverErrorStatus: 502 }, expect: null },
  { name: 'two 429s with Retry-After', faults: { rateLimited: 2 }, expect: null },
  { name: 'persistent connection resets', faults: { resets: 1_000 }, expect: 'UPSTREAM_UNAVAILABLE' },
  { name: 'one connection reset', faults: { resets: 1 }, expect: null },
  { name: 'malformed JSON bodies', faults: { malformed: 1_000 }, expect: 'RESPONSE_VALIDATION_FAILED' },
];

const matrix: string[] = [];

describe.each(VENDORS)('faults in %s', (vendor) => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld([vendor]);
  });
  afterAll(async () => {
    await world.close();
    if (vendor === VENDORS[VENDORS.length - 1]) console.info(`fault matrix (vendor | fault | outcome | ms):\n${matrix.join('\n')}`);
  });

  it.each(CASES)('$name', async (fault) => {
    const source = world.sources[0]!;
    const gw = await startTestGateway('memory', {
      cache: 'none',
      sources: [{ key: 'local', vendor: 'native' }, { ...source, cacheTtlSeconds: 0, timeoutMs: TIMEOUT_MS, breakerThreshold: 1_000 }],
    });
    try {
      await seedNative(gw.gateway.registry.get('local'));
      const sim = world.simulators()[0]!;
      sim.injectFaults(fault.faults);
      const started = Date.now();
      // Users: every vendor lists them, so every sick source is asked.
      const result = await gw.request(op.Users, { first: 50 });
      const elapsed = Date.now() - started;
      sim.clearFaults();
      const names = result.data?.users.edges.map((e) => e.node.name) ?? [];
      expect(names).toContain('Ada Lovelace');
      expect(names).toContain('Charles Babbage');
      const errors = result.errors ?? [];
      if (fault.expect) {
        expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: fault.expect, source: source.key }) })]);
      } else {
        expect(errors).toEqual([]);
        expect(names.length).toBeGreaterThan(3);
      }
      // One attempt per call is bounded by the timeout; retries add at most a few backoffs.
      if (fault.name.startsWith('latency')) expect(elapsed).toBeLessThan(TIMEOUT_MS * 4 + 1_500);
      matrix.push(`${vendor} | ${fault.name} | ${errors.map((e) => e.extensions?.code).join(',') || 'recovered, complete'} | ${elapsed}`);
    } finally {
      await gw.close();
    }
  });
});
