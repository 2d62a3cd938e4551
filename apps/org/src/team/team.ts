import { EventData, TeamChangedV1 } from '@houqin/contracts';
import { ReferenceMismatch } from '@houqin/platform-errors';
import { requireSameCampus } from '../common/directory-rules';
import { DirectoryChange } from '../common/directory-writer';
import { TEAM, TeamRow } from './team.entity';

export const teamChanged = (row: TeamRow): EventData<typeof TeamChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  name: row.name,
  trade: row.trade,
  leadId: row.leadId,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

/** A crew's lead (班组长) is an active staff member of the crew's own campus. */
export function checkTeamLead(campusId: string, lead: { campusId: string; active: boolean } | null): void {
  requireSameCampus(campusId, lead, { zh: '班组长', en: 'team lead' });
  if (lead && !lead.active) throw new ReferenceMismatch('班组长已停用', 'The team lead is deactivated');
}

export const TEAM_CHANGE: DirectoryChange<TeamRow, typeof TeamChangedV1> = {
  kind: TEAM,
  event: { contract: TeamChangedV1, data: teamChanged },
  unique: (row) => [{ index: 'team_campus_name_idx', entity: 'Team', value: row.name, where: { campusId: row.campusId, name: row.name } }],
};
