import { BuildingChangedV1, EventData, FloorChangedV1 } from '@houqin/contracts';
import { DomainError } from '@houqin/platform-errors';
import { DirectoryChange } from '../common/directory-writer';
import { BUILDING, BuildingRow, FLOOR, FloorRow } from './building.entity';

export const buildingChanged = (row: BuildingRow): EventData<typeof BuildingChangedV1> => ({
  id: row.id,
  campusId: row.campusId,
  code: row.code,
  name: row.name,
  updatedAt: row.updatedAt.toISOString(),
});

export const floorChanged = (row: FloorRow): EventData<typeof FloorChangedV1> => ({
  id: row.id,
  buildingId: row.buildingId,
  campusId: row.campusId,
  level: row.level,
  name: row.name,
  updatedAt: row.updatedAt.toISOString(),
});

export const BUILDING_CHANGE: DirectoryChange<BuildingRow, typeof BuildingChangedV1> = {
  kind: BUILDING,
  event: { contract: BuildingChangedV1, data: buildingChanged },
  unique: (row) => [{ index: 'building_campus_code_idx', entity: 'Building', value: row.code, where: { campusId: row.campusId, code: row.code } }],
};

export const FLOOR_CHANGE: DirectoryChange<FloorRow, typeof FloorChangedV1> = {
  kind: FLOOR,
  event: { contract: FloorChangedV1, data: floorChanged },
  unique: (row) => [{ index: 'floor_building_level_idx', entity: 'Floor', value: String(row.level), where: { buildingId: row.buildingId, level: row.level } }],
};

/** Deepest basement and highest storey a hospital building plausibly has; beyond is a typing error. */
const LOWEST = -10;
const HIGHEST = 150;

export function requireFloorLevel(value: number): number {
  if (!Number.isInteger(value) || value < LOWEST || value > HIGHEST)
    throw new DomainError('INVALID_INPUT', { detail: `level must be a whole number from ${LOWEST} to ${HIGHEST}` });
  return value;
}
