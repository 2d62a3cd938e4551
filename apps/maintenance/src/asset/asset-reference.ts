import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireUuid } from '@houqin/platform-errors';
import { EntityManager } from 'typeorm';
import { assertNotRetired } from './asset-facts';
import { AssetForRepair, RepairAssets } from '../work-order/work-order-ports';
import { findVisibleAsset } from './asset.repository';

/**
 * For a repair request that names the asset at fault (扫码报修): the asset must be one the caller may see
 * and still in the register. Out of service is fine (that is usually why it needs repair); retired is not.
 */
@Injectable()
export class AssetRepairReference extends RepairAssets {
  async requireForRepair(manager: EntityManager, identity: Identity, assetId: string): Promise<AssetForRepair> {
    const row = await findVisibleAsset(manager, identity, requireUuid('assetId', assetId));
    assertNotRetired(row);
    return { id: row.id, campusId: row.campusId, locationId: row.locationId, departmentId: row.departmentId, name: row.name };
  }
}
