/** Desklog team (list row or `team_show` details) → unified Team. */
import type { Team } from '../../../domain/entities.js';
import type { DesklogTeamDetails, DesklogTeamRow } from '../types.js';
import { idText } from './values.js';

const byNumber = (a: string, b: string) => Number(a) - Number(b);

/** A list row carries no members; the caller supplies them (derived from users' `team_id`). */
export function toTeamFromRow(source: string, raw: DesklogTeamRow, memberIds: readonly string[]): Team {
  return {
    source,
    remoteId: idText(raw.team_id),
    raw,
    name: raw.team_name ?? '',
    memberIds: [...new Set(memberIds)].sort(byNumber),
  };
}

export function toTeam(source: string, raw: DesklogTeamDetails): Team {
  return {
    source,
    remoteId: idText(raw.id),
    raw,
    name: raw.team_name ?? '',
    memberIds: [...new Set((raw.members ?? []).map((m) => idText(m.user_id)))].sort(byNumber),
  };
}
