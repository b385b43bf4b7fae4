/**
 * Issue #9 item 5 through the public surface: a report by day in a zone whose DST starts at
 * midnight (America/Santiago, 2026-09-06) hung the whole process, and a user could be given a
 * time zone that report refuses. The gateway runs as a child process (`timegate serve`), so a
 * hang fails the test (the request is aborted) instead of freezing the test runner.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../support/processes.js';
import * as op from './operations.js';

describe('reports by local day where DST skips midnight, and one time-zone rule (issue #9.5)', () => {
  let gateway: GatewayProcess;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timegate-dst-'));
    const config = join(dir, 'timegate.config.json');
    writeFileSync(config, JSON.stringify({ store: `sqlite:${join(dir, 'gate.db')}`, sources: [{ key: 'local', vendor: 'native' }] }));
    gateway = await startGatewayProcess(config);
  });
  afterAll(async () => {
    if (!gateway || gateway.child.exitCode !== null) return;
    // SIGTERM, then SIGKILL: the old gateway, stuck in the loop, ignored SIGTERM.
    const exited = new Promise((r) => gateway.child.once('exit', r));
    gateway.child.kill('SIGTERM');
    const killer = setTimeout(() => gateway.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  });

  async function send<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      // A guard against the hang this test is about, not a speed claim.
      signal: AbortSignal.timeout(20_000),
    });
    return (await response.json()) as never;
  }

  it('answers a DAY report over the Santiago DST start with a 24-hour and a 23-hour day', async () => {
    const created = await send(op.CreateUser, { input: { source: 'local', name: 'Chilean Ana', email: 'ana@example.cl', timeZone: 'America/Santiago' } });
    if (created.data?.createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(created));
    const user = created.data.createUser.user;
    expect(user.timeZone).toBe('America/Santiago');
    // Local 2026-09-05 00:00 (-04) to 2026-09-07 00:00 (-03): the clocks skip 00:00–01:00 on the 6th.
    const entry = await send(op.CreateTimeEntry, { input: { source: 'local', userId: user.id, start: '2026-09-05T04:00:00Z', end: '2026-09-07T03:00:00Z' } });
    expect(entry.data?.createTimeEntry.__typename).toBe('CreateTimeEntrySuccess');

    const report = await send(op.Report, {
      input: { from: '2026-09-05T04:00:00Z', to: '2026-09-07T03:00:00Z', groupBy: ['DAY'], timeZone: 'America/Santiago' },
    });
    expect(report.errors).toBeUndefined();
    expect(report.data!.report.totalSeconds).toBe(47 * 3600);
    expect(report.data!.report.rows.map((r) => [r.date, r.totalSeconds])).toEqual([
      ['2026-09-05', 24 * 3600],
      ['2026-09-06', 23 * 3600],
    ]);
    // The process is still healthy afterwards.
    expect((await fetch(`${gateway.url}/healthz`, { signal: AbortSignal.timeout(20_000) })).status).toBe(200);
  });

  it('refuses a user time zone that is not one, on create and update, naming the field', async () => {
    const bad = await send(op.CreateUser, { input: { source: 'local', name: 'Martian', email: 'm@example.com', timeZone: 'Mars/Olympus' } });
    expect(bad.data?.createUser).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'timeZone'] }] });
    const nobody = await send(op.Users, { filter: { email: 'm@example.com' } });
    expect(nobody.data?.users.edges).toHaveLength(0);

    const ok = await send(op.CreateUser, { input: { source: 'local', name: 'Earthling', email: 'e@example.com', timeZone: 'europe/berlin' } });
    if (ok.data?.createUser.__typename !== 'CreateUserSuccess') throw new Error(JSON.stringify(ok));
    expect(ok.data.createUser.user.timeZone).toBe('Europe/Berlin');
    const update = await send(op.UpdateUser, { input: { id: ok.data.createUser.user.id, timeZone: 'Mars/Olympus' } });
    expect(update.data?.updateUser).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'timeZone'] }] });
    const after = await send(op.Users, { filter: { email: 'e@example.com' } });
    expect(after.data?.users.edges.map((e) => e.node.id)).toEqual([ok.data.createUser.user.id]);

    // The report refuses the same zone with the same rule.
    const report = await send(op.Report, { input: { from: '2026-09-05T00:00:00Z', to: '2026-09-06T00:00:00Z', groupBy: ['DAY'], timeZone: 'Mars/Olympus' } });
    expect(report.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(report.errors?.[0]?.message).toContain('Mars/Olympus');
  });
});
