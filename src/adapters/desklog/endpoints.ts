/**
 * The Desklog API surface, one function per endpoint, with the methods of the corrected table
 * (desklog.md §2), never the misprinted headings. Bodies use the documented field types: ids
 * are JSON integers, so a remote id (a string inside the gateway) is converted at this edge.
 */
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { pathSegment } from '../../domain/ids.js';
import type { DesklogClient } from './client.js';
import {
  DesklogAck,
  DesklogAttendanceRow,
  DesklogClient as DesklogClientRow,
  DesklogClientCreated,
  DesklogProjectCreated,
  DesklogProjectDetails,
  DesklogProjectRow,
  DesklogStatusChanged,
  DesklogTag,
  DesklogTagCreated,
  DesklogTaskCreated,
  DesklogTaskDetails,
  DesklogTaskRow,
  DesklogTeamDetails,
  DesklogTeamRow,
  DesklogUser,
} from './types.js';

/** A remote id as the JSON integer Desklog bodies expect. */
export function intId(remoteId: string, path: string): number {
  if (!/^\d{1,15}$/.test(remoteId)) throw ValidationError.field(path, `"${remoteId}" is not a Desklog id (a positive integer)`);
  return Number(remoteId);
}

/** Whether a remote id can name a Desklog record at all (anything else is simply not found). */
export const isDesklogId = (remoteId: string) => /^[1-9]\d{0,14}$/.test(remoteId);

const seg = (id: string | number) => pathSegment(id);

export function desklogEndpoints(c: DesklogClient) {
  return {
    ping: () => c.call('GET', '/ping', z.looseObject({ message: z.string().nullish() })),

    // Users (§3.2–3.5). user_list and user_profile are reads sent as POST (note A).
    userList: () => c.postOrGet('/user_list', z.array(DesklogUser), {}),
    userProfile: (email: string) => c.postOrGet('/user_profile', DesklogUser, { email }),
    userProfileUpdate: (body: { email: string; new_name?: string; new_phone?: number }) =>
      c.call('POST', '/user_profile_update', DesklogAck, { body, idempotent: true }),
    userRegister: (body: { user_role: number; email: string; tracking_selected: 'app' | 'Web'; team?: number }) =>
      c.call('POST', '/user_register', DesklogAck, { body }),

    // Teams (§3.6–3.12). team_list has no body, so GET (note B).
    teamList: () => c.data('GET', '/team_list', z.array(DesklogTeamRow)),
    teamShow: (teamId: number) => c.data('POST', '/team_show', DesklogTeamDetails, { body: { team_id: teamId }, idempotent: true }),
    teamCreate: (body: { team_name: string; team_member: number[]; lead_by?: number }) =>
      c.call('POST', '/team_create', DesklogAck, { body }),
    teamDelete: (teamId: number) => c.call('POST', '/team_delete', DesklogAck, { body: { team_id: teamId } }),
    renameTeam: (teamId: number, name: string) =>
      c.call('POST', '/rename_team', DesklogAck, { body: { team_id: teamId, team_name: name }, idempotent: true }),
    addTeamMember: (teamId: number, userIds: number[]) =>
      c.call('POST', '/add_team_member', DesklogAck, { body: { team_id: teamId, new_member: userIds }, idempotent: true }),
    removeTeamMember: (teamId: number, userId: number) =>
      c.call('POST', '/remove_team_member', DesklogAck, { body: { team_id: teamId, member_id: userId } }),

    attendanceReport: (body: { from_date: string; to_date: string; user_id?: number }) =>
      c.data('POST', '/attendance_report', z.array(DesklogAttendanceRow), { body, idempotent: true }),

    // Projects (§3.14–3.17): create is POST, delete is DELETE project/{id} (note C); no update.
    projects: () => c.listAll('/project', DesklogProjectRow),
    project: (id: string) => c.data('GET', `/project/${seg(id)}`, DesklogProjectDetails),
    projectCreate: (body: { project_name: string; client_id?: number; project_estimated_hours?: number }) =>
      c.call('POST', '/project', DesklogProjectCreated, { body }),
    projectDelete: (id: string) => c.call('DELETE', `/project/${seg(id)}`, DesklogAck),

    // Tasks (§3.19–3.24): create is POST task (note C).
    tasks: () => c.listAll('/task', DesklogTaskRow),
    task: (id: string) => c.data('GET', `/task/${seg(id)}`, DesklogTaskDetails),
    taskCreate: (body: Record<string, string | number>) => c.call('POST', '/task', DesklogTaskCreated, { body }),
    taskUpdate: (id: string, body: Record<string, string | number>) =>
      c.call('PATCH', `/task/${seg(id)}`, DesklogAck, { body, idempotent: true }),
    taskDelete: (id: string) => c.call('DELETE', `/task/${seg(id)}`, DesklogAck),
    taskStatusChange: (taskId: number, status: 'start' | 'pause' | 'stop') =>
      c.call('POST', '/task_status_change', DesklogStatusChanged, { body: { task_id: taskId, status } }),

    // Tags (§3.25–3.28): input field `name`, output field `tag`.
    tags: () => c.listAll('/task_tag', DesklogTag),
    tagCreate: (name: string) => c.call('POST', '/task_tag', DesklogTagCreated, { body: { name } }),
    tagEdit: (id: string, name: string) => c.call('PATCH', `/task_tag/${seg(id)}`, DesklogAck, { body: { name }, idempotent: true }),
    tagDelete: (id: string) => c.call('DELETE', `/task_tag/${seg(id)}`, DesklogAck),

    // Clients (§3.29–3.32): no get-by-id.
    clients: () => c.listAll('/client', DesklogClientRow),
    clientCreate: (body: { name: string; email?: string }) => c.call('POST', '/client', DesklogClientCreated, { body }),
    clientUpdate: (id: string, body: { name?: string; email?: string }) =>
      c.call('PATCH', `/client/${seg(id)}`, DesklogAck, { body, idempotent: true }),
    clientDelete: (id: string) => c.call('DELETE', `/client/${seg(id)}`, DesklogAck),
  };
}

export type DesklogEndpoints = ReturnType<typeof desklogEndpoints>;
