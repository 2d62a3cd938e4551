import { DomainError, optionalText, requireText } from '@houqin/platform-errors';

export enum AssetStatus {
  IN_SERVICE = 'IN_SERVICE',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  RETIRED = 'RETIRED',
}

export const ASSET_STATUS_LABELS_ZH: Record<AssetStatus, string> = { IN_SERVICE: '在用', OUT_OF_SERVICE: '停用', RETIRED: '已报废' };

const S = AssetStatus;

/** 在用 ⇄ 停用 (a fault, an overhaul), either → 报废. Retirement is final: a replacement is a new asset. */
const NEXT: Record<AssetStatus, AssetStatus[]> = {
  [S.IN_SERVICE]: [S.OUT_OF_SERVICE, S.RETIRED],
  [S.OUT_OF_SERVICE]: [S.IN_SERVICE, S.RETIRED],
  [S.RETIRED]: [],
};

/** Taking an asset out of use needs a why, for the safety officer and the auditors. */
const NEEDS_REASON: readonly AssetStatus[] = [S.OUT_OF_SERVICE, S.RETIRED];

export const REASON_MAX = 500;

/** Checks a status change and returns the reason to keep (required for 停用 and 报废, optional otherwise). */
export function checkStatusChange(from: AssetStatus, to: AssetStatus, reason: string | null | undefined): string | null {
  if (!NEXT[from].includes(to)) {
    throw new DomainError('ASSET_ILLEGAL_TRANSITION', { from, to, fromZh: ASSET_STATUS_LABELS_ZH[from], toZh: ASSET_STATUS_LABELS_ZH[to] });
  }
  return NEEDS_REASON.includes(to) ? requireText('reason', reason ?? '', REASON_MAX) : optionalText('reason', reason, REASON_MAX);
}

/** A parent (a chiller plant) is retired only after everything hanging under it. */
export function assertRetirable(assetName: string, liveChildren: number): void {
  if (liveChildren > 0) throw new DomainError('ASSET_HAS_LIVE_CHILDREN', { asset: assetName, count: liveChildren });
}
