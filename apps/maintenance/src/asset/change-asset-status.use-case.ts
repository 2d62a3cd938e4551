import { Injectable } from '@nestjs/common';
import { AssetStatusChangedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { assetChangeFacts, assetLabel } from './asset-facts';
import { ASSET_LIFECYCLE, assertRetirable, assetActionTo, statusReason } from './asset-lifecycle';
import { AssetStatus } from './asset-status';
import { AssetRow } from './asset.entity';
import { AssetRepository } from './asset.repository';

/** 停用 / 恢复在用 / 报废, with the reason kept on the asset and in the audit trail. */
@Injectable()
export class ChangeAssetStatus {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: AssetRepository,
  ) {}

  execute(identity: Identity, assetId: string, status: AssetStatus, reason: string | null | undefined): Promise<AssetRow> {
    return this.transitions.run(identity, ASSET_LIFECYCLE, {
      action: assetActionTo(status),
      load: (manager) => this.repository.findVisible(identity, assetId, manager, 'pessimistic_write'),
      apply: async (row, at, manager) => {
        const keptReason = statusReason(status, reason);
        if (status === AssetStatus.RETIRED) assertRetirable(assetLabel(row), await this.repository.liveChildren(manager, row.id));
        Object.assign(row, { statusReason: keptReason, statusChangedAt: at, updatedAt: at });
      },
      event: {
        contract: AssetStatusChangedV1,
        data: (row, at, from) => ({ ...assetChangeFacts(row, identity, at), fromStatus: from, toStatus: row.status, reason: row.statusReason }),
      },
    });
  }
}
