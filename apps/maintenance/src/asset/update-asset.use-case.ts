import { Injectable } from '@nestjs/common';
import { AssetUpdatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { optionalIsoDate, optionalText, optionalUuid, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { requireDateOrder } from './asset-dates';
import { assetChangeFacts, assertNotRetired, assetState } from './asset-facts';
import { AssetHierarchy } from './asset-hierarchy';
import { AssetRow } from './asset.entity';
import { UpdateAssetInput } from './asset.inputs';
import { AssetRepository } from './asset.repository';
import { registrationNoFor } from './register-asset.use-case';

/** The fields a correction may touch; where the asset stands, its code, category and status change elsewhere. */
type Descriptive = Pick<AssetRow, 'name' | 'criticality' | 'registrationNo' | 'manufacturer' | 'model' | 'serialNo' | 'warrantyEndsOn' | 'parentAssetId'>;

const given = <K extends keyof UpdateAssetInput>(input: UpdateAssetInput, key: K) => input[key] !== undefined;

/**
 * Corrects an asset's descriptive fields or moves it in the asset hierarchy. Absent fields stay as they are,
 * null clears an optional one. A retired asset's entry is final.
 */
@Injectable()
export class UpdateAsset {
  private readonly hierarchy = new AssetHierarchy();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly repository: AssetRepository,
  ) {}

  execute(identity: Identity, input: UpdateAssetInput): Promise<AssetRow> {
    const assetId = requireUuid('assetId', input.assetId);
    const changes: Partial<Descriptive> = {
      ...(input.name != null && { name: requireText('name', input.name, 100) }),
      ...(input.criticality != null && { criticality: input.criticality }),
      ...(given(input, 'manufacturer') && { manufacturer: optionalText('manufacturer', input.manufacturer, 100) }),
      ...(given(input, 'model') && { model: optionalText('model', input.model, 100) }),
      ...(given(input, 'serialNo') && { serialNo: optionalText('serialNo', input.serialNo, 64) }),
      ...(given(input, 'warrantyEndsOn') && { warrantyEndsOn: optionalIsoDate('warrantyEndsOn', input.warrantyEndsOn) }),
      ...(given(input, 'parentAssetId') && { parentAssetId: optionalUuid('parentAssetId', input.parentAssetId) }),
    };

    return this.unitOfWork.run(async (manager) => {
      if (given(input, 'parentAssetId')) await this.repository.lockHierarchy(manager);
      const row = await this.repository.findVisible(identity, assetId, manager, 'pessimistic_write');
      assertNotRetired(row);
      if (given(input, 'registrationNo')) changes.registrationNo = registrationNoFor(row.category, input.registrationNo);
      const changed = (Object.keys(changes) as (keyof Descriptive)[]).filter((key) => changes[key] !== row[key]);
      if (!changed.length) return row;
      const before = { ...row };
      Object.assign(row, changes);
      if (row.warrantyEndsOn)
        requireDateOrder({ field: 'warrantyEndsOn', value: row.warrantyEndsOn }, { field: 'commissionedOn', value: row.commissionedOn }, true);
      if (changed.includes('parentAssetId') && row.parentAssetId) await this.checkMove(manager, identity, row, row.parentAssetId);
      row.updatedAt = new Date();
      await manager.save(AssetRow, row);
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'asset.update', entityType: 'Asset', entityId: row.id, campusId: row.campusId, before, after: row },
          events: [changeEvent(AssetUpdatedV1, { ...assetChangeFacts(row, identity, row.updatedAt), ...assetState(row) }, row.id)],
        },
        row.updatedAt,
      );
      return row;
    });
  }

  /** Moving a subtree: not under itself, and the subtree must still fit within the depth limit. */
  private async checkMove(manager: EntityManager, identity: Identity, row: AssetRow, parentAssetId: string): Promise<void> {
    const parent = await this.repository.findVisible(identity, parentAssetId, manager, 'pessimistic_read');
    const chain = await this.repository.chain(manager, parent.id, this.hierarchy.chainLimit);
    const height = await this.repository.subtreeHeight(manager, row.id, this.hierarchy.chainLimit);
    this.hierarchy.checkPlacement(row, parent, chain, height);
  }
}
