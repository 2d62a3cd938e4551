import { EventData, TeamChangedV1 } from '@houqin/contracts';
import { DirectoryChange } from '../common/directory-writer';
import { TEAM, TeamRow } from './team.entity';

export const teamChanged = (row: TeamRow): EventData<typeof TeamChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  name: row.name,
  trade: row.trade,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

export const TEAM_CHANGE: DirectoryChange<TeamRow, typeof TeamChangedV1> = {
  kind: TEAM,
  event: { contract: TeamChangedV1, data: teamChanged },
  unique: (row) => [{ index: 'team_campus_name_idx', entity: 'Team', value: row.name, where: { campusId: row.campusId, name: row.name } }],
};
