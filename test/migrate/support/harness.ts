/**
 * What the migration suites share: sources on their own stores, vendor adapters that may not
 * exist yet (others are building them), whole-collection reads, and the check that a target
 * holds a faithful copy of a source.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import type { Adapter, FilterMap } from '../../../src/adapters/contract.js';
import { createAdapter } from '../../../src/adapters/index.js';
import { createNativeAdapter } from '../../../src/adapters/native/index.js';
import { sourceSchema } from '../../../src/config.js';
import type { EntityMap } from '../../../src/domain/entities.js';
import { entrySeconds } from '../../../src/domain/entities.js';
import { executeRun, openRun, type EngineDeps } from '../../../src/migrate/engine.js';
import { MIGRATE_ORDER, type MigrateKind, type MigrationOptions, type MigrationSnapshot } from '../../../src/migrate/model.js';
import { canList, readAll } from '../../../src/migrate/read.js';
import { openStore, type Store } from '../../../src/store/connect.js';

const ROOT = join(import.meta.dirname, '../../..');

export interface NativeSource {
  adapter: Adapter;
  store: Store;
}

export async function nativeSource(key: string, location = 'memory'): Promise<NativeSource> {
  const store = await openStore(location);
  return { adapter: createNativeAdapter({ key, store }), store };
}

/** Options for a full run; tests override what they vary. */
export const allOf = (from: string, to: string, extra: Partial<MigrationOptions> = {}): MigrationOptions => ({
  from,
  to,
  entities: [...MIGRATE_ORDER],
  since: null,
  until: null,
  dryRun: false,
  ...extra,
});

/** Retries without waiting, so fault tests take milliseconds. */
export const FAST: Pick<EngineDeps, 'retry' | 'sleep'> = { retry: { attempts: 6, baseDelayMs: 1, maxDelayMs: 5 }, sleep: async () => undefined };

export async function migrate(store: Store, source: Adapter, target: Adapter, options: MigrationOptions, extra: Partial<EngineDeps> = {}): Promise<MigrationSnapshot> {
  const run = await openRun(store, { options });
  return executeRun(run, { source, target, store, ...FAST, ...extra });
}

export const countsOf = (run: MigrationSnapshot, kind: MigrateKind) => run.counts.find((c) => c.entity === kind)!;

/**
 * The adapter for a world source entry, or why it cannot be had yet: the factory first, then
 * the vendor's own `create<Vendor>Adapter` when the adapter exists but is not wired in.
 */
export async function vendorAdapter(entry: Record<string, unknown>, store: Store): Promise<Adapter | string> {
  const config = sourceSchema.parse({ ...entry, cacheTtlSeconds: 0 });
  try {
    return createAdapter(config, { store });
  } catch (error) {
    if (!/not available/.test((error as Error).message)) throw error;
  }
  const file = join(ROOT, 'src/adapters', config.vendor, 'index.ts');
  if (!existsSync(file)) return `the ${config.vendor} adapter (src/adapters/${config.vendor}/index.ts) does not exist yet`;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const factory = Object.entries(module).find(([name, value]) => /^create\w+Adapter$/.test(name) && typeof value === 'function')?.[1] as
    | ((config: unknown, deps?: unknown) => Adapter)
    | undefined;
  if (!factory) return `src/adapters/${config.vendor}/index.ts exports no create…Adapter factory yet`;
  return factory(config, {});
}

export async function readKind<K extends MigrateKind>(adapter: Adapter, kind: K): Promise<Array<EntityMap[K]>> {
  if (!canList(adapter, kind)) return [];
  return readAll(adapter, kind, {} as FilterMap[K]);
}

export type Census = Record<MigrateKind, number>;

export async function census(adapter: Adapter): Promise<Census> {
  const out = {} as Census;
  for (const kind of MIGRATE_ORDER) out[kind] = (await readKind(adapter, kind)).length;
  return out;
}

/** Every (from, to) pair of the ID map, by kind. */
export async function idMapOf(store: Store, from: string, to: string): Promise<Map<MigrateKind, Map<string, string>>> {
  const rows = await store.db.selectFrom('id_map').selectAll().where('from_source', '=', from).where('to_source', '=', to).execute();
  const map = new Map<MigrateKind, Map<string, string>>(MIGRATE_ORDER.map((k) => [k, new Map()]));
  for (const row of rows) map.get(row.entity as MigrateKind)?.set(row.from_id, row.to_id);
  return map;
}

const text = (value: string | null | undefined) => (value ?? '').trim();

/**
 * The target holds a faithful copy: every record the run reports as migrated is mapped to a
 * target record of its own, with names, emails, durations, billable flags, descriptions and
 * user/project/task/client links as in the source. `unobservable` names fields the target
 * never shows (e.g. "project.clientId" on Desklog), which cannot be checked through it.
 */
export async function expectFaithfulCopy(source: Adapter, target: Adapter, store: Store, run: MigrationSnapshot, unobservable: readonly string[] = []): Promise<void> {
  const check = (field: string) => !unobservable.includes(field);
  const ids = await idMapOf(store, source.key, target.key);
  // A link to a record that did not migrate can only have been detached (plan.ts), so null.
  const to = (kind: MigrateKind, id: string | null) => (id ? (ids.get(kind)!.get(id) ?? null) : null);
  for (const kind of MIGRATE_ORDER) {
    const counts = countsOf(run, kind);
    const migrated = counts.created + counts.matched + counts.mapped;
    const sourceRecords = await readKind(source, kind);
    const targetById = new Map<string, EntityMap[MigrateKind]>((await readKind(target, kind)).map((r) => [r.remoteId, r]));
    const pairs = sourceRecords.filter((r) => ids.get(kind)!.has(r.remoteId));
    expect(pairs.length, `${kind}: mapped source records`).toBe(migrated);
    // No two source records collapsed into one target record.
    expect(new Set(pairs.map((r) => ids.get(kind)!.get(r.remoteId))).size, `${kind}: distinct targets`).toBe(pairs.length);
    for (const record of pairs) {
      const copy = targetById.get(ids.get(kind)!.get(record.remoteId)!);
      expect(copy, `${kind} ${record.remoteId} is in the target`).toBeDefined();
      const where = `${kind} ${record.remoteId}`;
      if (kind === 'user') expect((copy as EntityMap['user']).email?.toLowerCase(), where).toBe((record as EntityMap['user']).email?.toLowerCase());
      else if (kind === 'timeEntry') {
        const s = record as EntityMap['timeEntry'];
        const t = copy as EntityMap['timeEntry'];
        expect(Math.floor(t.start.getTime() / 1000), `${where} start`).toBe(Math.floor(s.start.getTime() / 1000));
        expect(entrySeconds(t), `${where} duration`).toBe(entrySeconds(s));
        if (check('timeEntry.billable')) expect(t.billable, `${where} billable`).toBe(s.billable);
        expect(text(t.description), `${where} description`).toBe(text(s.description));
        expect(t.userId, `${where} user`).toBe(to('user', s.userId) ?? t.userId);
        expect(t.projectId, `${where} project`).toBe(to('project', s.projectId));
        expect(t.taskId, `${where} task`).toBe(to('task', s.taskId));
      } else {
        expect(text((copy as { name: string }).name).toLowerCase(), where).toBe(text((record as { name: string }).name).toLowerCase());
        if (kind === 'project' && check('project.clientId')) expect((copy as EntityMap['project']).clientId, `${where} client`).toBe(to('client', (record as EntityMap['project']).clientId));
        if (kind === 'task') expect((copy as EntityMap['task']).projectId, `${where} project`).toBe(to('project', (record as EntityMap['task']).projectId));
      }
    }
  }
}

/** Every record is accounted for, and none failed. */
export function expectComplete(run: MigrationSnapshot): void {
  expect(run.error).toBeNull();
  for (const c of run.counts) {
    expect(c.failed, `${c.entity} failed: ${JSON.stringify(run.problems.filter((p) => p.entity === c.entity).slice(0, 3))}`).toBe(0);
    expect(c.done, `${c.entity} done`).toBe(c.total);
    expect(c.created + c.matched + c.mapped + c.unsupported + c.invalid, `${c.entity} accounted`).toBe(c.total);
  }
  expect(run.state).toBe('succeeded');
}

/** The target grew by exactly what the run created, kind by kind. */
export function expectGrowth(before: Census, after: Census, run: MigrationSnapshot): void {
  for (const c of run.counts) expect(after[c.entity] - before[c.entity], `${c.entity} created`).toBe(c.created);
}
