import { Injectable } from '@nestjs/common';
import { AssetStatusChangedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { assetChangeFacts, assetLabel } from './asset-facts';
import { assertRetirable, AssetStatus, checkStatusChange } from './asset-status';
import { AssetRow } from './asset.entity';
import { AssetRepository } from './asset.repository';

/** 停用 / 恢复在用 / 报废, with the reason kept on the asset and in the audit trail. */
@Injectable()
export class ChangeAssetStatus {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly repository: AssetRepository,
  ) {}

  execute(identity: Identity, assetId: string, status: AssetStatus, reason: string | null | undefined): Promise<AssetRow> {
    return this.unitOfWork.run(async (manager) => {
      const row = await this.repository.findVisible(identity, assetId, manager, 'pessimistic_write');
      const before = { ...row };
      const keptReason = checkStatusChange(row.status, status, reason);
      if (status === AssetStatus.RETIRED) assertRetirable(assetLabel(row), await this.repository.liveChildren(manager, row.id));
      const now = new Date();
      Object.assign(row, { status, statusReason: keptReason, statusChangedAt: now, updatedAt: now });
      await manager.save(AssetRow, row);
      await recordAudit(
        manager,
        identity,
        { action: 'asset.change_status', entityType: 'Asset', entityId: row.id, campusId: row.campusId, before, after: row },
        now,
      );
      await this.outbox.append(
        manager,
        AssetStatusChangedV1,
        { ...assetChangeFacts(row, identity, now), fromStatus: before.status, toStatus: status, reason: keptReason },
        { key: row.id },
      );
      return row;
    });
  }
}
