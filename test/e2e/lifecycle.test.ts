/**
 * The gateway as an operator runs it, through `timegate serve` as a child process: a
 * PostgreSQL restart, Redis going away and coming back, and a SIGTERM while a request to a
 * slow vendor is in flight. Servers that are restarted here are private ones on their own
 * ports (test/support/private-servers.ts), never the shared ones.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startGatewayProcess, type GatewayProcess } from '../support/processes.js';
import { startPrivatePostgres, startPrivateRedis, type PrivateServer } from '../support/private-servers.js';

function writeConfig(config: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'timegate-life-')), 'timegate.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

async function graphql(url: string, query: string): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Each test starts one compiled gateway process (allowed 30 s on a busy machine), stops and
 * restarts a private PostgreSQL or Redis (allowed 30 s each way) and waits for recovery
 * (allowed 30 s). Not a speed check.
 */
const BUDGET_MS = 4 * 30_000;

const readyz = async (url: string) => (await fetch(`${url}/readyz`)).status;

/** Asks until `check` holds (a server coming back takes a moment); fails after `attempts`. */
async function eventually(check: () => Promise<boolean>, what: string, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`never happened: ${what}`);
}

const createTag = (name: string) => `mutation { createTag(input: { source: "local", name: "${name}" }) { __typename ... on CreateTagSuccess { tag { name } } } }`;

describe('PostgreSQL restart', () => {
  let pg: PrivateServer | string;
  let gateway: GatewayProcess | undefined;
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    if (typeof pg === 'string') console.info(`PostgreSQL restart test skipped: ${pg}`);
  });
  afterAll(async () => {
    await gateway?.stop();
    if (typeof pg !== 'string') await pg.destroy();
  });

  it('survives the restart, answers /readyz 503 while the store is down and recovers on its own', async (ctx) => {
    if (typeof pg === 'string') return ctx.skip();
    const server = pg;
    gateway = await startGatewayProcess(writeConfig({ store: server.url, cache: 'none', sources: [{ key: 'local', vendor: 'native' }] }));
    const { url, child } = gateway;
    expect((await graphql(url, createTag('before'))).body.data.createTag.__typename).toBe('CreateTagSuccess');
    expect(await readyz(url)).toBe(200);

    // The pool now holds idle connections; a fast shutdown ends each of them with an error.
    await server.stop();
    expect(await readyz(url)).toBe(503);
    const during = await graphql(url, createTag('during'));
    expect(during.body.errors?.length).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();

    await server.start();
    await eventually(async () => (await readyz(url)) === 200, '/readyz 200 after PostgreSQL returned');
    expect((await graphql(url, createTag('after'))).body.data.createTag.__typename).toBe('CreateTagSuccess');
    const tags = await graphql(url, '{ tags { edges { node { name } } } }');
    expect(tags.body.data.tags.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['after', 'before']);
    expect(child.exitCode).toBeNull();
  }, BUDGET_MS);
});

describe('Redis going away and coming back', () => {
  let redis: PrivateServer | string;
  let world: World;
  let gateway: GatewayProcess | undefined;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    if (typeof redis === 'string') console.info(`Redis reconnect test skipped: ${redis}`);
    world = await startWorld(['clockify']);
  });
  afterAll(async () => {
    await gateway?.stop();
    await world.close();
    if (typeof redis !== 'string') await redis.destroy();
  });

  it('keeps answering from the vendor while Redis is away, and caches in Redis again once it is back', async (ctx) => {
    if (typeof redis === 'string') return ctx.skip();
    const server = redis;
    const sim = world.clockify!;
    gateway = await startGatewayProcess(writeConfig({ store: 'memory', cache: server.url, sources: [{ ...world.sources[0], cacheTtlSeconds: 600 }] }));
    const { url, child } = gateway;
    const users = async () => {
      const result = await graphql(url, '{ users(first: 50) { edges { node { name } } } }');
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.users.edges.length).toBeGreaterThan(0);
    };
    /** Vendor requests one users query costs. */
    const vendorCalls = async () => {
      const before = sim.requests.length;
      await users();
      return sim.requests.length - before;
    };

    expect(await vendorCalls()).toBeGreaterThan(0);
    expect(await vendorCalls()).toBe(0); // served from Redis

    await server.stop();
    // No hang and no error: with Redis away every read is a miss and goes to the vendor.
    expect(await vendorCalls()).toBeGreaterThan(0);
    expect(await vendorCalls()).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();

    await server.start(); // empty: it keeps nothing across restarts
    // Once the connection is back, the first query fills Redis and the next is served from it.
    await eventually(async () => {
      await users(); // fills Redis once the connection is back
      return (await vendorCalls()) === 0;
    }, 'a query served from Redis after it returned');
    expect(child.exitCode).toBeNull();
  }, BUDGET_MS);
});

/** A TCP relay in front of a simulator that tells when the gateway's request has reached it. */
function relay(targetPort: number): Promise<{ port: number; reached: Promise<void>; close(): Promise<void> }> {
  let reachedUpstream: () => void = () => undefined;
  const reached = new Promise<void>((r) => (reachedUpstream = r));
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    const upstream = createConnection(targetPort, '127.0.0.1');
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.once('close', () => sockets.delete(s));
    }
    socket.once('data', () => reachedUpstream());
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ port, reached, close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }) });
    });
  });
}

describe('graceful shutdown', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld(['clockify']);
  });
  afterAll(async () => {
    await world.close();
  });

  it('on SIGTERM lets the request in flight to a slow vendor finish, then exits 0', async () => {
    const sim = world.clockify!;
    const front = await relay(sim.port);
    try {
      const source = world.sources[0] as { baseUrl: string; reportsBaseUrl: string };
      const viaRelay = (u: string) => u.replace(`:${sim.port}`, `:${front.port}`);
      const file = writeConfig({
        store: 'memory',
        cache: 'none',
        shutdownGraceSeconds: 20,
        sources: [{ ...source, baseUrl: viaRelay(source.baseUrl), reportsBaseUrl: viaRelay(source.reportsBaseUrl), timeoutMs: 20_000 }],
      });
      const { url, child } = await startGatewayProcess(file);
      const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
      sim.injectFaults({ latencyMs: 1_500 });
      const answer = graphql(url, '{ users(first: 50) { edges { node { name } } } }');
      await front.reached; // the request is now waiting on the slow vendor
      child.kill('SIGTERM');
      const { status, body } = await answer;
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.users.edges.length).toBeGreaterThan(0);
      expect(await exited).toEqual({ code: 0, signal: null });
    } finally {
      sim.clearFaults();
      await front.close();
    }
  }, BUDGET_MS);
});
