/**
 * Projects: `GET project` (paged, newest first as in the sample), `GET project/{id}`,
 * `POST project` (printed as GET) and `DELETE project/{id}` (printed as `GET project`); see
 * desklog.md note C. There is no project update endpoint.
 */
import { DesklogError, guarded, ok } from '../envelope.js';
import { objectBody, page, pathId, readAmount, readDate, readInt, readString } from '../input.js';
import { decimalString, isPriorityId, priorityName } from '../format.js';
import type { DesklogProject, DesklogState } from '../state.js';
import { takeId } from '../state.js';
import type { DesklogRoute } from './types.js';

function listJson(p: DesklogProject) {
  return {
    id: p.id,
    project_name: p.project_name,
    access: p.access,
    integrated_from: p.integrated_from,
    project_status: p.project_status,
    project_priority: priorityName(p.priority),
  };
}

export function projectRoutes(state: DesklogState): DesklogRoute[] {
  const find = (id: number): DesklogProject => {
    const project = state.projects.find((p) => p.id === id);
    if (!project) throw new DesklogError('Project not found');
    return project;
  };

  const list = guarded((req) =>
    ok(
      'success',
      page(
        [...state.projects].sort((a, b) => b.id - a.id),
        req,
      ).map(listJson),
    ),
  );

  const details = guarded((req) => {
    const p = find(pathId(req, 'Project'));
    return ok('success', {
      ...listJson(p),
      board_members: [...p.board_members],
      // The allocation in hours; unset reads as 0 / "0.00" like an unset decimal column.
      project_working_hour: p.project_estimated_hours ?? 0,
      estimated_amount: decimalString(p.project_estimated_amount ?? 0),
    });
  });

  const create = guarded((req) => {
    const body = objectBody(req);
    // No field is marked required; a project without a name is rejected (assumption).
    const name = readString(body, 'project_name', true).trim();
    const access = readInt(body, 'access');
    const priority = readInt(body, 'priority');
    const clientId = readInt(body, 'client_id');
    const endDate = readDate(body, 'end_date');
    const hours = readAmount(body, 'project_estimated_hours');
    const amount = readAmount(body, 'project_estimated_amount');
    if (access !== undefined && access !== 0 && access !== 1) throw new DesklogError('The selected access is invalid.');
    if (priority !== undefined && !isPriorityId(priority)) throw new DesklogError('The selected priority is invalid.');
    if (clientId !== undefined && !state.clients.some((c) => c.id === clientId)) {
      throw new DesklogError('The selected client id is invalid.');
    }
    // "Should be unique" per the docs.
    if (state.projects.some((p) => p.project_name.toLowerCase() === name.toLowerCase())) {
      throw new DesklogError('The project name has already been taken.');
    }
    const project: DesklogProject = {
      id: takeId(state, 'project'),
      project_name: name,
      access: access ?? null,
      integrated_from: 'desklog',
      project_status: 'Ongoing',
      priority: priority !== undefined && isPriorityId(priority) ? priority : null,
      client_id: clientId ?? null,
      end_date: endDate ?? null,
      project_estimated_hours: hours ?? null,
      project_estimated_amount: amount ?? null,
      board_members: [state.ownerId],
    };
    state.projects.push(project);
    return ok('Project created successfully', { project_id: project.id });
  });

  const remove = guarded((req) => {
    const project = find(pathId(req, 'Project'));
    state.projects.splice(state.projects.indexOf(project), 1);
    // A project's tasks go with it; nothing else in the API could reach them.
    for (let i = state.tasks.length - 1; i >= 0; i--) if (state.tasks[i]?.project_id === project.id) state.tasks.splice(i, 1);
    return ok('Project deleted successfully', null);
  });

  return [
    { method: 'GET', path: 'project', handler: list },
    { method: 'GET', path: 'project/:id', handler: details },
    { method: 'POST', path: 'project', handler: create },
    { method: 'DELETE', path: 'project/:id', handler: remove },
  ];
}
