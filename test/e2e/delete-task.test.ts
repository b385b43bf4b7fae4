/**
 * deleteTask on every source that supports it, all six sources as in six-sources.test.ts
 * (issue #15 item 5): the answer is the success member holding the task as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { startWorld, type World } from '../../src/sandbox/world.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as op from './operations.js';

describe('deleteTask on every source that supports it', () => {
  let world: World;
  let gw: TestGateway;
  let deletable: string[] = [];
  beforeAll(async () => {
    world = await startWorld(['clockify', 'gauzy', 'desklog', 'dyzo', 'timetrack']);
    gw = await startTestGateway('memory', { sources: [{ key: 'local', vendor: 'native' }, ...world.sources] });
    await seedNative(gw.gateway.registry.get('local'));
    const { sources } = await gw.data(op.SourcesQuery);
    deletable = sources.filter((s) => s.capabilities.some((c) => c.entity === 'TASK' && c.operations.includes('DELETE'))).map((s) => s.key);
  });
  afterAll(async () => {
    await gw.close();
    await world.close();
  });

  it('covers the sources that say they can delete tasks', () => {
    expect(deletable).toContain('demo-desklog');
    expect(deletable.length).toBeGreaterThanOrEqual(5);
  });

  it('deletes a task and answers DeleteTaskSuccess on each of them', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const source of deletable) {
      // A task of its own, so that no time entry holds it (the native store refuses those).
      const { projects } = await gw.data(op.Projects, { filter: { sources: [source] } });
      const created = await gw.data(op.CreateTask, { input: { projectId: projects.edges[0]!.node.id, name: `Disposable ${source}` } });
      expect(created.createTask.__typename, `${source}: ${JSON.stringify(created.createTask)}`).toBe('CreateTaskSuccess');
      const id = (created.createTask as { task: { id: string } }).task.id;
      // Read it as a client would before deleting it: the node is then known to this gateway.
      expect((await gw.data(op.NodeQuery, { id })).node).toMatchObject({ __typename: 'Task', id });
      const result = await gw.request(op.DeleteTask, { input: { id } });
      outcomes[source] = result.errors ?? result.data?.deleteTask;
    }
    for (const source of deletable) expect.soft(outcomes[source], source).toMatchObject({ __typename: 'DeleteTaskSuccess', task: { id: expect.any(String) } });
    expect(Object.keys(outcomes).sort()).toEqual([...deletable].sort());
  });

  it('answers DeleteProjectSuccess on Desklog for a project read as a node before (same cause)', async () => {
    const created = await gw.data(op.CreateProject, { input: { source: 'demo-desklog', name: 'Disposable project' } });
    const id = (created.createProject as { project: { id: string } }).project.id;
    expect((await gw.data(op.NodeQuery, { id })).node).toMatchObject({ __typename: 'Project', id });
    expect((await gw.data(op.DeleteProject, { input: { id } })).deleteProject).toMatchObject({ __typename: 'DeleteProjectSuccess', project: { id } });
  });
});
