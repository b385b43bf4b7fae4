/**
 * A small deterministic dataset for the native store, written through the native adapter
 * itself, so demos and the contract suite start from the same story as the vendor
 * simulators (same people, same weeks of November 2026).
 */
import type { Adapter } from '../../adapters/contract.js';

export async function seedNative(adapter: Adapter): Promise<void> {
  const { user, client, project, task, tag, timeEntry, team } = adapter.entities;
  const people = [];
  for (const [name, email, role] of [
    ['Ada Lovelace', 'ada@example.com', 'OWNER'],
    ['Grace Hopper', 'grace@example.com', 'ADMIN'],
    ['Charles Babbage', 'charles@example.com', 'MEMBER'],
  ] as const) {
    people.push(await user!.create!({ name, email, role }));
  }
  await team!.create!({ name: 'Engine Room', memberIds: [people[0]!.remoteId, people[2]!.remoteId] });
  await team!.create!({ name: 'Compilers', memberIds: [people[1]!.remoteId] });
  const acme = await client!.create!({ name: 'Acme Corp' });
  await client!.create!({ name: 'Globex' });
  await client!.create!({ name: 'Initech' });
  const engine = await project!.create!({ name: 'Analytical Engine', clientId: acme.remoteId, billable: true, memberIds: people.map((p) => p.remoteId) });
  await project!.create!({ name: 'Internal' });
  await project!.create!({ name: 'Apollo Guidance' });
  const tasks = [];
  for (const name of ['Design the mill', 'Punch cards', 'Note G']) {
    tasks.push(await task!.create!({ name, projectId: engine.remoteId, assigneeIds: [people[tasks.length % 3]!.remoteId], estimateSeconds: 8 * 3600 }));
  }
  const tags = [];
  for (const name of ['focus', 'meeting', 'review']) tags.push(await tag!.create!({ name }));
  for (let day = 2; day <= 20; day++) {
    const weekday = new Date(Date.UTC(2026, 10, day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const person = people[day % 3]!;
    await timeEntry!.create!({
      userId: person.remoteId,
      projectId: engine.remoteId,
      taskId: tasks[day % 3]!.remoteId,
      description: `engine work, day ${day}`,
      start: new Date(Date.UTC(2026, 10, day, 9)),
      end: new Date(Date.UTC(2026, 10, day, 11, 30)),
      billable: day % 2 === 0,
      tagIds: [tags[day % 3]!.remoteId],
    });
  }
  // One entry across midnight UTC, so day-split reports have something to split.
  await timeEntry!.create!({
    userId: people[0]!.remoteId,
    projectId: engine.remoteId,
    description: 'late night debugging',
    start: new Date(Date.UTC(2026, 10, 12, 22, 30)),
    end: new Date(Date.UTC(2026, 10, 13, 1, 15)),
    billable: true,
  });
}
