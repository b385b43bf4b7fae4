/**
 * Project timer (p:timer): status, start, pause, resume, stop, one timer per user. Every call
 * carries the caller's `date`, which the server uses as "now" (the docs say the server
 * computes worked and break time from it), so the simulator never reads its own clock.
 *
 * State machine: stopped → start → playing ⇄ pause/resume ⇄ paused → stop → stopped.
 * `workedSeconds` / `breakSeconds` are the last saved values: pause banks the worked span,
 * resume banks the break span, stop banks whichever is open and books a project time entry.
 *
 * The docs show both `/timers/project_timer…` and `/project_timer…`; both are served.
 */
import { z } from 'zod';
import type { SimRequest, SimResponse, SimRoute } from '../../kit.js';
import { badRequest, ok } from '../envelope.js';
import { resolveProject, resolveTask, resolveUser } from '../resolve.js';
import { timerJson } from '../serialize.js';
import { allocateId, type TimeTrackState, type TimerRecord, type UserRecord } from '../state.js';
import { MINUTE_MS, parseTimestamp, SECOND_MS, TIMESTAMP_HINT } from '../time.js';
import { name, parseBody, text, timestamp } from '../validate.js';
import { bail, handler, route, unwrap } from './shared.js';

const PREFIXES = ['/timers/project_timer', '/project_timer'] as const;

const actionSchema = z.object({ username: name, date: timestamp });
const startSchema = actionSchema.extend({
  clientName: name,
  projectName: name,
  taskName: name.nullable().optional(),
  note: text.optional(),
});

type Action = 'pause' | 'resume' | 'stop';

export function timerRoutes(state: TimeTrackState): SimRoute[] {
  /** Spans are whole seconds; a `date` earlier than the last event would make them negative. */
  const elapsed = (timer: TimerRecord, date: number): number => {
    if (timer.lastEventAt !== null && date < timer.lastEventAt) {
      bail(badRequest('date is earlier than the previous timer action'));
    }
    return Math.floor((date - (timer.lastEventAt ?? date)) / SECOND_MS);
  };

  const reply = (user: UserRecord): SimResponse => ok(timerJson(state, user, state.timers.get(user.id)));

  const status = handler((req: SimRequest) => {
    const username = req.query.get('username');
    if (!username) bail(badRequest('username is required'));
    const date = req.query.get('date');
    if (!date) bail(badRequest('date is required'));
    if (parseTimestamp(date) === undefined) bail(badRequest(`date: ${TIMESTAMP_HINT}`));
    return reply(unwrap(resolveUser(state, username)));
  });

  const start = handler((req: SimRequest) => {
    const body = unwrap(parseBody(startSchema, req.body));
    const user = unwrap(resolveUser(state, body.username));
    const project = unwrap(resolveProject(state, body.projectName, body.clientName));
    const task = body.taskName ? unwrap(resolveTask(state, body.taskName)) : null;
    const existing = state.timers.get(user.id);
    if (existing && existing.status !== 'stopped') bail(badRequest(`Timer of '${user.username}' is already ${existing.status}`));
    state.timers.set(user.id, {
      userId: user.id,
      status: 'playing',
      startedAt: body.date,
      workedSeconds: 0,
      breakSeconds: 0,
      projectId: project.id,
      taskId: task?.id ?? null,
      note: body.note ?? null,
      lastEventAt: body.date,
      lastEntryId: null,
    });
    return reply(user);
  });

  const act = (action: Action) =>
    handler((req: SimRequest) => {
      const body = unwrap(parseBody(actionSchema, req.body));
      const user = unwrap(resolveUser(state, body.username));
      const timer = state.timers.get(user.id);
      const current = timer?.status ?? 'stopped';
      const allowed = action === 'pause' ? current === 'playing' : action === 'resume' ? current === 'paused' : current !== 'stopped';
      if (!timer || !allowed) bail(badRequest(`Cannot ${action} the timer of '${user.username}': it is ${current}`));
      const span = elapsed(timer, body.date);
      if (timer.status === 'playing') timer.workedSeconds += span;
      else timer.breakSeconds += span;
      timer.lastEventAt = body.date;
      timer.status = action === 'pause' ? 'paused' : action === 'resume' ? 'playing' : 'stopped';
      if (action === 'stop') book(state, timer, body.date);
      return reply(user);
    });

  return PREFIXES.flatMap((prefix) => [
    ...route('GET', prefix, status),
    ...route('POST', `${prefix}/start`, start),
    ...route('POST', `${prefix}/pause`, act('pause')),
    ...route('POST', `${prefix}/resume`, act('resume')),
    ...route('POST', `${prefix}/stop`, act('stop')),
  ]);
}

/**
 * Stop books the session as a project time entry (the only sensible outcome, though the docs
 * do not say it). Minutes keep the entry invariant: worked = span − break, in whole minutes.
 */
function book(state: TimeTrackState, timer: TimerRecord, stoppedAt: number): void {
  if (timer.startedAt === null || timer.projectId === null) return;
  const span = Math.floor((stoppedAt - timer.startedAt) / MINUTE_MS);
  const breakMinutes = Math.min(span, Math.round(timer.breakSeconds / 60));
  const task = state.tasks.find((t) => t.id === timer.taskId);
  const project = state.projects.find((p) => p.id === timer.projectId);
  const id = allocateId(state, 'entry');
  state.entries.push({
    id,
    userId: timer.userId,
    projectId: timer.projectId,
    taskId: task?.id ?? null,
    hourRate: task?.hourRate ?? project?.hourRate ?? null,
    latitude: null,
    longitude: null,
    latitude1: null,
    longitude1: null,
    billable: true,
    flatRate: false,
    details: timer.note,
    tags: null,
    from: timer.startedAt,
    to: stoppedAt,
    breakMinutes,
  });
  timer.lastEntryId = id;
}
