import { IsNull } from 'typeorm';
import { EventData, LocationChangedV1 } from '@houqin/contracts';
import { DirectoryChange } from '../common/directory-writer';
import { LOCATION, LocationRow } from './location.entity';

export const locationChanged = (row: LocationRow): EventData<typeof LocationChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  buildingId: row.buildingId,
  floorId: row.floorId,
  parentId: row.parentId,
  departmentId: row.departmentId,
  kind: row.kind,
  code: row.code,
  name: row.name,
  hisCode: row.hisCode,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

export const LOCATION_CHANGE: DirectoryChange<LocationRow, typeof LocationChangedV1> = {
  kind: LOCATION,
  event: { contract: LocationChangedV1, data: locationChanged },
  unique: (row) => [
    { index: 'location_campus_code_idx', entity: 'Location', value: row.code, where: { campusId: row.campusId, code: row.code } },
    ...(row.hisCode
      ? [{ index: 'location_his_code_uq', entity: 'Location', value: row.hisCode, where: { campusId: row.campusId, parentId: row.parentId ?? IsNull(), hisCode: row.hisCode } }]
      : []),
  ],
};
