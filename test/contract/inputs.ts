/** Valid create and update inputs per entity, using references the source already holds. */
import type { Adapter, CreateInputMap, EntityHandlers } from '../../src/adapters/contract.js';
import type { AnyEntity, EntityKind } from '../../src/domain/entities.js';

const stamp = () => Math.random().toString(36).slice(2, 8);

export async function firstOf(adapter: Adapter, kind: EntityKind): Promise<AnyEntity | undefined> {
  const list = (adapter.entities[kind] as EntityHandlers<EntityKind> | undefined)?.list;
  if (!list) return undefined;
  return (await list({}, { token: null, size: 5 })).items[0];
}

export const createInputs: { [K in EntityKind]: (adapter: Adapter) => Promise<CreateInputMap[K]> } = {
  user: async () => ({ name: `Contract User ${stamp()}`, email: `contract-${stamp()}@example.com` }),
  // Some vendors (Desklog) refuse a team without members.
  team: async (adapter) => {
    const user = await firstOf(adapter, 'user');
    return { name: `Contract Team ${stamp()}`, memberIds: user ? [user.remoteId] : [] };
  },
  client: async () => ({ name: `Contract Client ${stamp()}` }),
  // TimeTrack projects belong to a client; the others accept one.
  project: async (adapter) => ({ name: `Contract Project ${stamp()}`, billable: true, clientId: (await firstOf(adapter, 'client'))?.remoteId ?? null }),
  task: async (adapter) => ({ name: `Contract Task ${stamp()}`, projectId: (await firstOf(adapter, 'project'))!.remoteId }),
  tag: async () => ({ name: `contract-${stamp()}` }),
  timeEntry: async (adapter) => {
    const user = await firstOf(adapter, 'user');
    const task = (await firstOf(adapter, 'task')) as { remoteId: string; projectId: string | null } | undefined;
    // Tasks are global on TimeTrack (no project): the entry then names any project.
    const projectId = task?.projectId ?? (await firstOf(adapter, 'project'))?.remoteId ?? null;
    const start = new Date(Date.UTC(2026, 9, 5, 8, Math.floor(Math.random() * 50)));
    return {
      userId: user?.remoteId,
      taskId: task?.remoteId,
      projectId,
      description: `contract entry ${stamp()}`,
      start,
      end: new Date(start.getTime() + 90 * 60_000),
      billable: true,
    };
  },
};

/** A patch and what the updated entity must then show. */
export const updateInputs: { [K in EntityKind]: () => Record<string, unknown> & { expect: Record<string, unknown> } } = {
  user: () => {
    const name = `Renamed User ${stamp()}`;
    return { name, expect: { name } };
  },
  team: () => {
    const name = `Renamed Team ${stamp()}`;
    return { name, expect: { name } };
  },
  client: () => {
    const name = `Renamed Client ${stamp()}`;
    return { name, expect: { name } };
  },
  project: () => {
    const name = `Renamed Project ${stamp()}`;
    return { name, expect: { name } };
  },
  task: () => ({ status: 'DONE', expect: { status: 'DONE' } }),
  tag: () => {
    const name = `renamed-${stamp()}`;
    return { name, expect: { name } };
  },
  timeEntry: () => ({ description: 'contract updated', expect: { description: 'contract updated' } }),
};
