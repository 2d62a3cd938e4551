import { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { EntityManager } from 'typeorm';
import { AssetCategory } from './asset-category';
import { assertNotRetired } from './asset-facts';
import { findVisibleAsset } from './asset.repository';

export interface AssetForRepair {
  id: string;
  campusId: string;
  locationId: string;
  departmentId: string;
  name: string;
  category: AssetCategory;
}

/**
 * For a repair request that names the asset at fault (扫码报修): the asset must be one the caller may see
 * and still in the register. Out of service is fine (that is usually why it needs repair); retired is not.
 */
export async function requireAssetForRepair(manager: EntityManager, identity: Identity, assetId: string): Promise<AssetForRepair> {
  const row = await findVisibleAsset(manager, identity, requireUuid('assetId', assetId));
  assertNotRetired(row);
  return { id: row.id, campusId: row.campusId, locationId: row.locationId, departmentId: row.departmentId, name: row.name, category: row.category };
}
