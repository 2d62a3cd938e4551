import { domainErrorOf as errorOf, domainErrorCode as codeOf } from '@houqin/platform-errors';
import { ASSET_LIFECYCLE, assetActionTo, assertRetirable, statusReason } from './asset-lifecycle';
import { AssetStatus as S } from './asset-status';
import { AssetRow } from './asset.entity';

const plant = { assetNo: 'E-CHL-01' } as AssetRow;

/** The lifecycle's check and the reason kept, as the use case runs them. */
function checkStatusChange(from: S, to: S, reason: string | null | undefined): string | null {
  ASSET_LIFECYCLE.next(from, assetActionTo(to), plant);
  return statusReason(to, reason);
}

describe('asset status', () => {
  it('goes 在用 ⇄ 停用 and from either to 报废', () => {
    expect(checkStatusChange(S.IN_SERVICE, S.OUT_OF_SERVICE, '曳引机异响')).toBe('曳引机异响');
    expect(checkStatusChange(S.OUT_OF_SERVICE, S.IN_SERVICE, undefined)).toBeNull();
    expect(checkStatusChange(S.OUT_OF_SERVICE, S.IN_SERVICE, '  维修完成 ')).toBe('维修完成');
    expect(checkStatusChange(S.IN_SERVICE, S.RETIRED, '达到使用年限')).toBe('达到使用年限');
    expect(checkStatusChange(S.OUT_OF_SERVICE, S.RETIRED, '修复价值低')).toBe('修复价值低');
  });

  it('keeps 报废 final and refuses a change to the same status, naming both states', () => {
    for (const to of [S.IN_SERVICE, S.OUT_OF_SERVICE, S.RETIRED]) expect(codeOf(() => checkStatusChange(S.RETIRED, to, 'x'))).toBe('ASSET_ILLEGAL_TRANSITION');
    expect(codeOf(() => checkStatusChange(S.IN_SERVICE, S.IN_SERVICE, null))).toBe('ASSET_ILLEGAL_TRANSITION');
    expect(errorOf(() => checkStatusChange(S.RETIRED, S.IN_SERVICE, null)).messages).toEqual({
      'zh-CN': '设备 E-CHL-01：当前状态为“已报废”，不能恢复在用',
      en: 'Cannot return to service asset E-CHL-01 that is retired',
    });
  });

  it('needs a reason to take an asset out of service or retire it', () => {
    expect(codeOf(() => checkStatusChange(S.IN_SERVICE, S.OUT_OF_SERVICE, null))).toBe('TEXT_REQUIRED');
    expect(codeOf(() => checkStatusChange(S.IN_SERVICE, S.RETIRED, '   '))).toBe('TEXT_REQUIRED');
    expect(codeOf(() => checkStatusChange(S.IN_SERVICE, S.RETIRED, '旧'.repeat(501)))).toBe('TEXT_TOO_LONG');
  });

  it('is changed by dispatchers and admins', () => {
    expect(ASSET_LIFECYCLE.roles(assetActionTo(S.RETIRED)).sort()).toEqual(['CAMPUS_ADMIN', 'DISPATCHER', 'GROUP_ADMIN']);
  });

  it('retires a parent only when nothing under it is still in the register', () => {
    expect(() => assertRetirable('E-CHL-01 冷水机组', 0)).not.toThrow();
    expect(codeOf(() => assertRetirable('E-CHL-01 冷水机组', 2))).toBe('ASSET_HAS_LIVE_CHILDREN');
  });
});
