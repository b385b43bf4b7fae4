/**
 * `POST task_status_change` with `{task_id, status: "start" | "pause" | "stop"}`: the API's only
 * timer. Time accumulates into `time_spend_in_sec` between a start and the next pause or stop.
 *
 * Its success body has no `status` or `data` key:
 * `{"basic_status": 2, "self_task": null, "message": "Task Status Updated"}`; failures use the
 * ordinary `status:false` envelope.
 *
 * Rules chosen here (undocumented): start on a running task is a no-op; starting a task pauses
 * any other running task of the same assignee (one timer per person, as in a desktop tracker);
 * pause on a task whose timer is not running only sets it to Paused; pause and stop fail on a
 * completed task; stop completes the task (running or not); start reopens a completed task.
 */
import { DesklogError, guarded } from '../envelope.js';
import { TASK_STATUS } from '../format.js';
import { objectBody, readInt, readString } from '../input.js';
import type { DesklogState, DesklogTask } from '../state.js';
import { nowMs, trackedSeconds } from '../state.js';
import { findTask } from './tasks.js';
import type { DesklogRoute } from './types.js';

type Status = (typeof TASK_STATUS)[keyof typeof TASK_STATUS];

/** Closes the running segment, if any, adding its whole seconds to the task. */
function settle(state: DesklogState, task: DesklogTask): void {
  task.time_spend_in_sec = trackedSeconds(state, task);
  task.timer_started_at_ms = null;
}

function setStatus(task: DesklogTask, status: Status): void {
  task.basic_status_id = status.id;
  task.current_status = status.name;
}

/** A completed task can only be restarted (a completed task never has a running timer). */
function rejectCompleted(task: DesklogTask): void {
  if (task.basic_status_id === TASK_STATUS.completed.id) throw new DesklogError('Task is already stopped');
}

export function timerRoutes(state: DesklogState): DesklogRoute[] {
  const change = guarded((req) => {
    const body = objectBody(req);
    const taskId = readInt(body, 'task_id', true);
    const action = readString(body, 'status', true);
    if (action !== 'start' && action !== 'pause' && action !== 'stop') {
      throw new DesklogError('The selected status is invalid.');
    }
    const task = findTask(state, taskId);
    switch (action) {
      case 'start':
        if (task.timer_started_at_ms === null) {
          for (const other of state.tasks) {
            if (other !== task && other.timer_started_at_ms !== null && other.assigned_to !== null && other.assigned_to === task.assigned_to) {
              settle(state, other);
              setStatus(other, TASK_STATUS.paused);
            }
          }
          task.timer_started_at_ms = nowMs(state);
        }
        setStatus(task, TASK_STATUS.inProgress);
        break;
      case 'pause':
        rejectCompleted(task);
        settle(state, task);
        setStatus(task, TASK_STATUS.paused);
        break;
      case 'stop':
        rejectCompleted(task);
        settle(state, task);
        setStatus(task, TASK_STATUS.completed);
        break;
    }
    return { status: 200, body: { basic_status: task.basic_status_id, self_task: null, message: 'Task Status Updated' } };
  });
  return [{ method: 'POST', path: 'task_status_change', handler: change }];
}
