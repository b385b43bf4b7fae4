/**
 * Several gateway processes, one vendor: with `cache: redis://…` the per-source rate limit
 * lives in Redis, so two instances together keep the vendor's limit. Runs when REDIS_URL is
 * set (.ci/run starts Debian's redis-server and sets it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClockifySimulator, type ClockifySimulator } from '../../src/sandbox/clockify/index.js';
import { startGatewayProcess, type GatewayProcess } from '../support/processes.js';
import { hasRedis } from '../support/requirements.js';

const LIMIT = 10;

describe.runIf(hasRedis('two gateway processes sharing a rate limit'))('two gateway processes share one vendor rate limit through Redis', () => {
  let sim: ClockifySimulator;
  const gateways: GatewayProcess[] = [];
  beforeAll(async () => {
    sim = await startClockifySimulator({ dataset: 'demo', rateLimitPerSecond: LIMIT });
    const dir = mkdtempSync(join(tmpdir(), 'timegate-two-'));
    const file = join(dir, 'timegate.config.json');
    // A fresh source key per run, so no earlier run's window is still in Redis.
    const key = `shared-${Date.now().toString(36)}`;
    writeFileSync(file, JSON.stringify({
      store: 'memory',
      cache: process.env.REDIS_URL,
      sources: [{ key, vendor: 'clockify', baseUrl: sim.baseUrl, reportsBaseUrl: sim.reportsBaseUrl, workspaceId: sim.workspaceId, apiKey: sim.apiKey, rateLimitPerSecond: LIMIT, cacheTtlSeconds: 0 }],
    }));
    gateways.push(await startGatewayProcess(file), await startGatewayProcess(file));
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await sim?.close();
  });

  it(`never lets the vendor see more than ${LIMIT} requests in any second`, async () => {
    sim.resetRequestLog();
    const started = Date.now();
    const ask = (g: GatewayProcess, i: number) =>
      fetch(`${g.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ tags(filter: { search: "${i}" }) { edges { node { name } } } }` }),
      }).then((r) => r.json() as Promise<{ errors?: unknown[] }>);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => [ask(gateways[0]!, i), ask(gateways[1]!, i)]).flat());
    const elapsed = (Date.now() - started) / 1000;
    expect(results.filter((r) => r.errors)).toEqual([]);

    const arrivals = sim.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(arrivals.length).toBeGreaterThanOrEqual(60);
    let busiest = 0;
    for (let i = 0, j = 0; i < arrivals.length; i++) {
      while (arrivals[i]! - arrivals[j]! >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    console.info(`two instances: ${arrivals.length} vendor requests in ${elapsed.toFixed(1)} s (${(arrivals.length / elapsed).toFixed(1)}/s), busiest second ${busiest}, limit ${LIMIT}/s, 429s ${sim.requests.filter((r) => r.status === 429).length}`);
    expect(sim.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(busiest).toBeLessThanOrEqual(LIMIT);
  });
});
