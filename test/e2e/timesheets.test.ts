/** Gauzy timesheets through GraphQL: listed with their status, and moved through approval. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('timesheets', () => {
  let world: World;
  let gw: TestGateway;
  beforeAll(async () => {
    world = await startWorld(['gauzy']);
    gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources.map((s) => ({ ...s, cacheTtlSeconds: 0 }))] });
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });
  const range = { from: '2026-10-25T00:00:00Z', to: '2026-11-30T00:00:00Z' };

  it('lists timesheets with their owner and status, newest first', async () => {
    const { timesheets } = await gw.data(op.TimesheetsQuery, { filter: range });
    expect(timesheets.length).toBeGreaterThan(3);
    expect(new Set(timesheets.map((t) => t.status))).toEqual(new Set(['DRAFT', 'PENDING', 'IN_REVIEW', 'APPROVED', 'DENIED']));
    expect(timesheets.find((t) => t.status === 'IN_REVIEW')?.statusLabel).toBe('IN REVIEW');
    for (const sheet of timesheets) expect(sheet).toMatchObject({ source: { key: 'demo-gauzy' }, user: { name: expect.any(String) } });
    const starts = timesheets.map((t) => Date.parse(t.start as string));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    const asked = await gw.request(op.TimesheetsQuery, { filter: { ...range, sources: ['local'] } });
    expect(asked.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', operation: 'timesheets' });
  });

  it('moves timesheets to review (written "IN REVIEW") and approves them', async () => {
    const { timesheets } = await gw.data(op.TimesheetsQuery, { filter: range });
    const drafts = timesheets.filter((t) => t.status === 'DRAFT' || t.status === 'PENDING').slice(0, 2);
    expect(drafts.length).toBe(2);
    const review = await gw.data(op.UpdateTimesheetStatus, { input: { ids: drafts.map((d) => d.id), status: 'IN_REVIEW' } });
    expect(review.updateTimesheetStatus).toMatchObject({ __typename: 'UpdateTimesheetStatusSuccess', timesheets: drafts.map(() => ({ status: 'IN_REVIEW' })) });
    expect(world.gauzy!.state.timesheets.get(drafts[0]!.remoteId)?.status).toBe('IN REVIEW');
    const approved = await gw.data(op.UpdateTimesheetStatus, { input: { ids: [drafts[0]!.id], status: 'APPROVED' } });
    expect(approved.updateTimesheetStatus).toMatchObject({ timesheets: [{ status: 'APPROVED' }] });

    const wrongType = await gw.data(op.UpdateTimesheetStatus, { input: { ids: [drafts[0]!.id.replace(/./, 'x')], status: 'APPROVED' } });
    expect(wrongType.updateTimesheetStatus).toMatchObject({ __typename: 'ValidationError' });
  });
});
