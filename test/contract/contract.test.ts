/**
 * One contract suite for every source (ARCHITECTURE.md §5): list to the last page, get with a
 * missing key, create/update/delete and timers per capability, IDs round-tripping through
 * GraphQL, enums and durations normalised. What a source lacks must be refused with
 * UnsupportedOperationError and carry a written reason here; it is then skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter, EntityHandlers } from '../../src/adapters/contract.js';
import { ENTITY_KINDS, NODE_TYPE_OF, type AnyEntity, type EntityKind, type TimeEntry } from '../../src/domain/entities.js';
import * as enums from '../../src/domain/enums.js';
import { UnsupportedOperationError } from '../../src/domain/errors.js';
import { assertRemoteId, encodeGlobalId } from '../../src/domain/ids.js';
import { SourceRegistry } from '../../src/gateway/sources.js';
import { createInputs, firstOf, updateInputs } from './inputs.js';
import { HARNESSES } from './harnesses.js';
import type { ContractHarness, SkipKey } from './harness.js';
import { gatewayOver } from './gateway-over.js';

const OPS = ['list', 'get', 'create', 'update', 'delete'] as const;

function handlers(adapter: Adapter, kind: EntityKind): EntityHandlers<EntityKind> {
  return (adapter.entities[kind] ?? {}) as EntityHandlers<EntityKind>;
}

async function listAll(adapter: Adapter, kind: EntityKind, size: number): Promise<{ items: AnyEntity[]; pages: number }> {
  const list = handlers(adapter, kind).list!;
  const items: AnyEntity[] = [];
  let token: string | null = null;
  let pages = 0;
  do {
    const page: { items: AnyEntity[]; nextPage: string | null } = await list({}, { token, size });
    expect(page.items.length).toBeLessThanOrEqual(size);
    // The gateway re-reads a page to resume inside it: the same token must give the same page.
    if (pages === 0 && page.nextPage) {
      const again = await list({}, { token, size });
      expect(again.items.map((i) => i.remoteId)).toEqual(page.items.map((i) => i.remoteId));
    }
    items.push(...page.items);
    token = page.nextPage;
    pages += 1;
  } while (token && pages < 500);
  return { items, pages };
}

const ENUM_VALUES: Record<string, readonly string[]> = {
  role: enums.USER_ROLES,
  status: [...enums.USER_STATUSES, ...enums.PROJECT_STATUSES, ...enums.TASK_STATUSES],
  priority: enums.PRIORITIES,
  type: enums.TIME_ENTRY_TYPES,
  origin: enums.TIME_ENTRY_ORIGINS,
};

function assertNormalised(adapter: Adapter, item: AnyEntity) {
  expect(item.source).toBe(adapter.key);
  assertRemoteId(adapter.vendor, item.remoteId);
  for (const [field, values] of Object.entries(ENUM_VALUES)) {
    const value = (item as unknown as Record<string, unknown>)[field];
    if (value !== undefined && value !== null) expect(values).toContain(value);
  }
  if ('start' in item) {
    const entry = item as TimeEntry;
    expect(entry.start).toBeInstanceOf(Date);
    expect(Number.isNaN(entry.start.getTime())).toBe(false);
    if (entry.end) expect(entry.end.getTime()).toBeGreaterThanOrEqual(entry.start.getTime());
  }
}

function ordered(kind: EntityKind, items: AnyEntity[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (kind === 'timeEntry') {
      if ((a as TimeEntry).start.getTime() < (b as TimeEntry).start.getTime()) return false;
    } else if ((a as { name: string }).name.toLowerCase() > (b as { name: string }).name.toLowerCase()) return false;
  }
  return true;
}

describe.each(HARNESSES)('adapter contract: $name', (harness: ContractHarness) => {
  let adapter: Adapter;
  let close: () => Promise<void>;
  const registry = () => new SourceRegistry([adapter]);
  beforeAll(async () => {
    ({ adapter, close } = await harness.start());
  });
  afterAll(() => close());

  it('declares a written reason for every operation it lacks, and refuses those with UnsupportedOperationError', () => {
    for (const kind of ENTITY_KINDS) {
      for (const op of OPS) {
        const key = `${kind}.${op}` as SkipKey;
        const supported = registry().supports(adapter, kind, op);
        if (supported) {
          expect(harness.unsupported[key], `${key} is supported but listed as unsupported`).toBeUndefined();
        } else {
          expect(harness.unsupported[key], `${key} is missing without a written reason`).toBeTruthy();
          expect(() => registry().handler(adapter, kind, op)).toThrow(UnsupportedOperationError);
        }
      }
    }
    expect(Boolean(adapter.timer)).toBe(!harness.unsupported.timer);
  });

  for (const kind of ENTITY_KINDS) {
    describe(kind, () => {
      const skipped = (op: (typeof OPS)[number]) => harness.unsupported[`${kind}.${op}` as SkipKey];

      it.skipIf(Boolean(skipped('list')))(`lists to the last page, without repeats, normalised and in merge order`, async () => {
        const whole = await listAll(adapter, kind, 500);
        const paged = await listAll(adapter, kind, 2);
        expect(paged.items.map((i) => i.remoteId)).toEqual(whole.items.map((i) => i.remoteId));
        expect(new Set(paged.items.map((i) => i.remoteId)).size).toBe(paged.items.length);
        if (paged.items.length > 2) expect(paged.pages).toBeGreaterThan(1);
        paged.items.forEach((item) => assertNormalised(adapter, item));
        expect(ordered(kind, whole.items)).toBe(true);
      });

      it.skipIf(Boolean(skipped('get') || skipped('list')))('gets in key order with an Error in the slot of a missing key', async () => {
        const { items } = await listAll(adapter, kind, 500);
        if (!items.length) return;
        const first = items[0]!;
        const result = await handlers(adapter, kind).getMany!([harness.missingId, first.remoteId]);
        expect(result[0]).toBeInstanceOf(Error);
        expect((result[1] as AnyEntity).remoteId).toBe(first.remoteId);
      });

      it.skipIf(Boolean(skipped('create')))('creates, then updates and deletes where supported', async () => {
        const input = await createInputs[kind](adapter);
        const created = await handlers(adapter, kind).create!(input as never);
        assertNormalised(adapter, created);
        if (!skipped('get')) {
          const [read] = await handlers(adapter, kind).getMany!([created.remoteId]);
          expect((read as AnyEntity).remoteId).toBe(created.remoteId);
        }
        if (!skipped('update')) {
          const patch = (harness.patches?.[kind] ?? updateInputs[kind])();
          const { expect: expected, ...changes } = patch;
          const updated = await handlers(adapter, kind).update!(created.remoteId, changes as never);
          expect(updated).toMatchObject(expected);
        }
        if (!skipped('delete')) {
          await handlers(adapter, kind).delete!(created.remoteId);
          if (!skipped('get')) {
            const [gone] = await handlers(adapter, kind).getMany!([created.remoteId]);
            expect(gone).toBeInstanceOf(Error);
          }
        }
      });
    });
  }

  it.skipIf(Boolean(harness.unsupported.timer))('starts and stops a timer', async () => {
    const user = (await listAll(adapter, 'user', 500)).items[0];
    const project = await firstOf(adapter, 'project');
    const started = await adapter.timer!.start({ userId: user?.remoteId, projectId: project?.remoteId, description: 'contract timer' });
    expect(started.end).toBeNull();
    const stopped = await adapter.timer!.stop({ userId: user?.remoteId });
    // Some vendors (TimeTrack) book a new entry when the timer stops, so compare starts, not IDs.
    expect(stopped?.end).toBeInstanceOf(Date);
    expect(Math.abs(stopped!.start.getTime() - started.start.getTime())).toBeLessThan(60_000);
  });

  it('round-trips a global ID of every listable entity through node(id:) over GraphQL', async () => {
    const gw = await gatewayOver(adapter);
    try {
      for (const kind of ENTITY_KINDS) {
        if (harness.unsupported[`${kind}.list` as SkipKey] || harness.unsupported[`${kind}.get` as SkipKey]) continue;
        const { items } = await listAll(adapter, kind, 500);
        if (!items.length) continue;
        const id = encodeGlobalId(NODE_TYPE_OF[kind], adapter.key, items[0]!.remoteId);
        const body = await gw.query('query($id: ID!) { node(id: $id) { __typename id } }', { id });
        expect(body).toEqual({ data: { node: { __typename: NODE_TYPE_OF[kind], id } } });
      }
    } finally {
      await gw.close();
    }
  });
});
