import { MaintenanceRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { DomainError, optionalText, requireText } from '@houqin/platform-errors';
import { defineLifecycle } from '@houqin/platform-lifecycle';
import type { AssetRow } from './asset.entity';
import { AssetStatus } from './asset-status';

/** What people do to an asset's status (the API takes the status wanted; `assetActionTo` tells the action). */
export enum AssetAction {
  TAKE_OUT_OF_SERVICE = 'TAKE_OUT_OF_SERVICE',
  RETURN_TO_SERVICE = 'RETURN_TO_SERVICE',
  RETIRE = 'RETIRE',
}

const S = AssetStatus;
const MAINTAINERS = [MaintenanceRole.DISPATCHER, Role.CAMPUS_ADMIN, Role.GROUP_ADMIN];

/** 在用 ⇄ 停用 (a fault, an overhaul), either → 报废. Retirement is final: a replacement is a new asset. */
export const ASSET_LIFECYCLE = defineLifecycle<AssetStatus, AssetAction, AssetRow>({
  entity: { type: 'Asset', en: 'asset', zh: '设备', name: (row) => row.assetNo },
  illegalTransition: 'ASSET_ILLEGAL_TRANSITION',
  states: {
    IN_SERVICE: { en: 'in service', zh: '在用' },
    OUT_OF_SERVICE: { en: 'out of service', zh: '停用' },
    RETIRED: { en: 'retired', zh: '已报废' },
  },
  actions: {
    TAKE_OUT_OF_SERVICE: { from: [S.IN_SERVICE], to: S.OUT_OF_SERVICE, en: 'take out of service', zh: '停用', roles: MAINTAINERS },
    RETURN_TO_SERVICE: { from: [S.OUT_OF_SERVICE], to: S.IN_SERVICE, en: 'return to service', zh: '恢复在用', roles: MAINTAINERS },
    RETIRE: { from: [S.IN_SERVICE, S.OUT_OF_SERVICE], to: S.RETIRED, en: 'retire', zh: '报废', roles: MAINTAINERS },
  },
  // One audit action for every status change, as the trail has always had it.
  auditAction: () => 'asset.change_status',
});

export const ASSET_STATUS_LABELS_ZH = ASSET_LIFECYCLE.stateLabelsZh();

const ACTION_TO: Record<AssetStatus, AssetAction> = {
  IN_SERVICE: AssetAction.RETURN_TO_SERVICE,
  OUT_OF_SERVICE: AssetAction.TAKE_OUT_OF_SERVICE,
  RETIRED: AssetAction.RETIRE,
};

/** The action that leads to `status` (asking for the status the asset already has is refused as illegal). */
export const assetActionTo = (status: AssetStatus): AssetAction => ACTION_TO[status];

/** Taking an asset out of use needs a why, for the safety officer and the auditors. */
const NEEDS_REASON: readonly AssetStatus[] = [S.OUT_OF_SERVICE, S.RETIRED];

export const REASON_MAX = 500;

/** The reason to keep with a change to `to`: required for 停用 and 报废, optional otherwise. */
export function statusReason(to: AssetStatus, reason: string | null | undefined): string | null {
  return NEEDS_REASON.includes(to) ? requireText('reason', reason ?? '', REASON_MAX) : optionalText('reason', reason, REASON_MAX);
}

/** A parent (a chiller plant) is retired only after everything hanging under it. */
export function assertRetirable(assetName: string, liveChildren: number): void {
  if (liveChildren > 0) throw new DomainError('ASSET_HAS_LIVE_CHILDREN', { asset: assetName, count: liveChildren });
}
