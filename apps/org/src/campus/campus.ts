import { CampusChangedV1, EventData } from '@houqin/contracts';
import { DirectoryChange } from '../common/directory-writer';
import { CAMPUS, CampusRow } from './campus.entity';

export const campusChanged = (row: CampusRow): EventData<typeof CampusChangedV1> => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  address: row.address,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

export const CAMPUS_CHANGE: DirectoryChange<CampusRow, typeof CampusChangedV1> = {
  kind: CAMPUS,
  event: { contract: CampusChangedV1, data: campusChanged },
  unique: (row) => [{ index: 'campus_code_idx', entity: 'Campus', value: row.code, where: { code: row.code } }],
};
