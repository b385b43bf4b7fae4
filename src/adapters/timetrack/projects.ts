/**
 * Projects (docs §3.3): list, read, create (by client name), update, delete.
 *
 * A project belongs to a client, named in `clientName`, so create needs `clientId` and both
 * writes turn the id into the name with one read of that client. The update page of the docs
 * is cut off after "all params of project object", so an update sends the whole editable
 * object (current values merged with the patch): right whether the server merges or replaces.
 * `billable` lives on TimeTrack entries, not projects: `billable: false` is refused, `color`
 * and `memberIds` have no TimeTrack field and are not stored.
 */
import { ValidationError } from '../../domain/errors.js';
import type { ProjectStatus } from '../../domain/enums.js';
import type { CreateInputMap, EntityHandlers } from '../contract.js';
import { estimateMinutes, projectNameOf, toProject } from './mappers/to-project.js';
import { pageByName } from './paging.js';
import {
  afterWrite,
  allProjects,
  clientIdsFor,
  getBatch,
  nameMatches,
  onRecord,
  PATHS,
  readOne,
  recordPath,
  referenced,
  type TimeTrackContext,
} from './support.js';
import { idOf, TimeTrackClient, TimeTrackProject } from './types.js';

const LABEL = 'Project';
/** Everything the docs list as a project field, except the id. */
const EDITABLE = ['projectName', 'clientName', 'projectEnabled', 'notes', 'hourRate', 'timeEstimated', 'budgetEstimated'] as const;

/** TimeTrack has one switch: enabled or not. Every closed status turns it off and reads back as ARCHIVED. */
function enabledFor(status: ProjectStatus): boolean {
  if (status === 'OTHER') throw ValidationError.field('input.status', 'OTHER has no TimeTrack equivalent (projects are enabled or disabled)');
  return status === 'ACTIVE';
}

function refuseUnbillable(billable: boolean | null | undefined): void {
  if (billable === false) throw ValidationError.field('input.billable', 'cannot be false on TimeTrack: billable is set per time entry, not per project');
}

/** The patch fields TimeTrack stores, in its own names. */
function projectFields(input: Partial<CreateInputMap['project']>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.name !== undefined) {
    if (!input.name) throw ValidationError.field('input.name', 'must not be empty');
    out['projectName'] = input.name;
  }
  if (input.status) out['projectEnabled'] = enabledFor(input.status);
  if (input.estimateSeconds !== undefined) out['timeEstimated'] = estimateMinutes(input.estimateSeconds);
  return out;
}

export function timeTrackProjects(ctx: TimeTrackContext): EntityHandlers<'project'> {
  const { client, source } = ctx;
  const clientOf = (id: string, field: string) => referenced(ctx, PATHS.client, TimeTrackClient, 'Client', id, field);
  const map = async (raws: TimeTrackProject[]) => {
    const clientIdOf = await clientIdsFor(ctx);
    return raws.map((r) => toProject(source, r, clientIdOf));
  };
  /** Maps a written project when its client is known, without reading the client list. */
  const mapKnown = (raw: TimeTrackProject, known: TimeTrackClient) =>
    toProject(source, raw, (name) => (name === known.name ? idOf(known) : null));

  return {
    list: async (filter, page) => {
      const [raws, clientIdOf] = await Promise.all([allProjects(ctx), clientIdsFor(ctx)]);
      const clientIds = filter.clientIds?.length ? new Set(filter.clientIds) : null;
      const projects = raws
        .map((r) => toProject(source, r, clientIdOf))
        .filter((p) => nameMatches(filter.search, p.name) && (!clientIds || (p.clientId !== null && clientIds.has(p.clientId))) && (!filter.status || p.status === filter.status));
      return pageByName(projects, page);
    },

    getMany: (ids) =>
      getBatch(ctx, { label: LABEL, collection: PATHS.project, schema: TimeTrackProject, all: { peek: () => ctx.memo.peek<TimeTrackProject[]>('projects'), load: () => allProjects(ctx) }, map }, ids),

    create: async (input) => {
      refuseUnbillable(input.billable);
      if (!input.clientId) throw ValidationError.field('input.clientId', 'is required: every TimeTrack project belongs to a client');
      const fields = projectFields(input);
      const owner = await clientOf(input.clientId, 'input.clientId');
      try {
        const raw = await client.write('POST', PATHS.project, TimeTrackProject, { ...fields, clientName: owner.name });
        return mapKnown(raw, owner);
      } finally {
        afterWrite(ctx);
      }
    },

    update: async (id, patch) => {
      refuseUnbillable(patch.billable);
      if (patch.clientId === null) throw ValidationError.field('input.clientId', 'cannot be cleared: every TimeTrack project belongs to a client');
      const changes = projectFields(patch);
      const [current, owner] = await Promise.all([
        readOne(ctx, PATHS.project, TimeTrackProject, LABEL, id),
        patch.clientId ? clientOf(patch.clientId, 'input.clientId') : Promise.resolve(null),
      ]);
      if (owner) changes['clientName'] = owner.name;
      if (!Object.keys(changes).length) return (await map([current]))[0]!;
      const body: Record<string, unknown> = {};
      const merged: Record<string, unknown> = { ...current, projectName: projectNameOf(current), ...changes };
      for (const key of EDITABLE) if (merged[key] !== undefined) body[key] = merged[key];
      try {
        const raw = await onRecord(LABEL, id, () => client.write('PUT', recordPath(PATHS.project, id), TimeTrackProject, body));
        return owner ? mapKnown(raw, owner) : (await map([raw]))[0]!;
      } finally {
        afterWrite(ctx);
      }
    },

    delete: async (id) => {
      try {
        await onRecord(LABEL, id, () => client.remove(recordPath(PATHS.project, id)));
      } finally {
        afterWrite(ctx);
      }
    },
  };
}
