import { DomainError } from '@houqin/platform-errors';
import { DirectoryChange } from '../common/directory-writer';
import { BUILDING, BuildingRow, FLOOR, FloorRow } from './building.entity';

/** Buildings and floors have no event contract: consumers see them as the buildingId/floorId of locations. */
export const BUILDING_CHANGE: DirectoryChange<BuildingRow, never> = {
  kind: BUILDING,
  unique: (row) => [{ index: 'building_campus_code_idx', entity: 'Building', value: row.code, where: { campusId: row.campusId, code: row.code } }],
};

export const FLOOR_CHANGE: DirectoryChange<FloorRow, never> = {
  kind: FLOOR,
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
