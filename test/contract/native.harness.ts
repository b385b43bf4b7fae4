import { createNativeAdapter } from '../../src/adapters/native/index.js';
import { openStore } from '../../src/store/connect.js';
import type { ContractHarness } from './harness.js';

/** The native store, seeded through its own adapter so the suite has something to page. */
export const nativeHarness: ContractHarness = {
  name: 'native',
  missingId: '00000000-0000-4000-8000-000000000000',
  unsupported: {},
  async start() {
    const store = await openStore('memory');
    const adapter = createNativeAdapter({ key: 'local', store });
    const { user, client, project, task, tag, timeEntry, team } = adapter.entities;
    const people = [];
    for (const [name, email] of [['Ada Lovelace', 'ada@example.com'], ['Grace Hopper', 'grace@example.com'], ['Linus T', 'linus@example.com']] as const) {
      people.push(await user!.create!({ name, email }));
    }
    await team!.create!({ name: 'Core', memberIds: [people[0]!.remoteId] });
    await team!.create!({ name: 'Design', memberIds: [] });
    const acme = await client!.create!({ name: 'Acme' });
    await client!.create!({ name: 'Globex' });
    await client!.create!({ name: 'Initech' });
    const site = await project!.create!({ name: 'Website', clientId: acme.remoteId, billable: true });
    await project!.create!({ name: 'Internal' });
    await project!.create!({ name: 'Apollo' });
    const tasks = [];
    for (const name of ['Design', 'Build', 'Test']) tasks.push(await task!.create!({ name, projectId: site.remoteId }));
    const tags = [];
    for (const name of ['focus', 'meeting', 'review']) tags.push(await tag!.create!({ name }));
    for (let day = 2; day <= 8; day++) {
      await timeEntry!.create!({
        userId: people[day % 3]!.remoteId,
        projectId: site.remoteId,
        taskId: tasks[day % 3]!.remoteId,
        description: `work ${day}`,
        start: new Date(Date.UTC(2026, 10, day, 9)),
        end: new Date(Date.UTC(2026, 10, day, 11, 30)),
        billable: day % 2 === 0,
        tagIds: [tags[day % 3]!.remoteId],
      });
    }
    return { adapter, close: () => store.close() };
  },
};
