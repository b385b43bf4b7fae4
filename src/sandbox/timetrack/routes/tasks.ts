/**
 * Tasks (seed): list with `name` substring search, read, create (`name` required), update
 * (everything except `name`), delete. Tasks are global, not tied to a project.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { badRequest, created, noContent, ok } from '../envelope.js';
import { paginate } from '../paging.js';
import { taskJson } from '../serialize.js';
import { allocateId, type TaskRecord, type TimeTrackState } from '../state.js';
import { definedOnly, money, name, parseBody, rejectImmutable, text } from '../validate.js';
import { bail, containsFilter, findById, handler, route, unwrap } from './shared.js';

const editable = z.object({ notes: text, hourRate: money }).partial();
const createSchema = editable.extend({ name });

export function taskRoutes(state: TimeTrackState): SimRoute[] {
  return [
    ...route(
      'GET',
      '/tasks',
      handler((req) => {
        const matches = containsFilter(req.query, 'name');
        return ok(unwrap(paginate(state.tasks.filter((t) => matches(t.name)), req.query)).map(taskJson));
      }),
    ),
    ...route(
      'GET',
      '/tasks/:id',
      handler((req) => ok(taskJson(unwrap(findById(req, state.tasks, 'Task'))))),
    ),
    ...route(
      'POST',
      '/tasks',
      handler((req) => {
        const body = unwrap(parseBody(createSchema, req.body));
        // Entries name their task, so two tasks with one name would be ambiguous.
        if (state.tasks.some((t) => t.name === body.name)) bail(badRequest(`Task '${body.name}' already exists`));
        const record: TaskRecord = {
          id: allocateId(state, 'task'),
          name: body.name,
          notes: body.notes ?? null,
          hourRate: body.hourRate ?? null,
        };
        state.tasks.push(record);
        return created(taskJson(record));
      }),
    ),
    ...route(
      'PUT',
      '/tasks/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.tasks, 'Task'));
        unwrap(rejectImmutable(req.body, ['name'], 'task'));
        Object.assign(record, definedOnly(unwrap(parseBody(editable, req.body))));
        return ok(taskJson(record));
      }),
    ),
    ...route(
      'DELETE',
      '/tasks/:id',
      handler((req) => {
        const record = unwrap(findById(req, state.tasks, 'Task'));
        const used = state.entries.filter((e) => e.taskId === record.id).length;
        if (used > 0) bail(badRequest(`Task '${record.name}' is used by ${used} project time entries`));
        if ([...state.timers.values()].some((t) => t.status !== 'stopped' && t.taskId === record.id)) {
          bail(badRequest(`Task '${record.name}' is used by a running timer`));
        }
        state.tasks.splice(state.tasks.indexOf(record), 1);
        return noContent();
      }),
    ),
  ];
}
