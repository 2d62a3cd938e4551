import { MaterialsRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { booksVisible, requireIndependentApprover, STOCKTAKE_LIFECYCLE, StocktakeAction, StocktakeStatus } from './stocktake-lifecycle';

const S = StocktakeStatus;
const A = StocktakeAction;
const at = (status: StocktakeStatus) => ({ number: 'PD-20250615-000001', status });
const statusAfter = (stocktake: { number: string; status: StocktakeStatus }, action: StocktakeAction) =>
  STOCKTAKE_LIFECYCLE.next(stocktake.status, action, stocktake);
const person = (subject: string, roles: Role[]): Identity => ({ subject, staffId: null, name: subject, roles, campusIds: ['east'] });

describe('stocktake lifecycle', () => {
  it('counts, finishes, then is approved, or sent back to counting', () => {
    expect(statusAfter(at(S.COUNTING), A.RECORD_COUNTS)).toBe(S.COUNTING);
    expect(statusAfter(at(S.COUNTING), A.FINISH_COUNTING)).toBe(S.REVIEW);
    expect(statusAfter(at(S.REVIEW), A.APPROVE)).toBe(S.APPROVED);
    expect(statusAfter(at(S.REVIEW), A.REJECT)).toBe(S.COUNTING);
    expect(statusAfter(at(S.COUNTING), A.CANCEL)).toBe(S.CANCELLED);
    expect(statusAfter(at(S.REVIEW), A.CANCEL)).toBe(S.CANCELLED);
  });

  it('refuses everything else with both languages filled', () => {
    const refused: [StocktakeStatus, StocktakeAction][] = [
      [S.REVIEW, A.RECORD_COUNTS],
      [S.COUNTING, A.APPROVE],
      [S.COUNTING, A.REJECT],
      [S.REVIEW, A.FINISH_COUNTING],
      [S.APPROVED, A.CANCEL],
      [S.APPROVED, A.RECORD_COUNTS],
      [S.CANCELLED, A.FINISH_COUNTING],
      [S.CANCELLED, A.APPROVE],
    ];
    for (const [status, action] of refused) expect(codeOf(() => statusAfter(at(status), action))).toBe('STOCKTAKE_ILLEGAL_TRANSITION');
    expect(() => statusAfter(at(S.APPROVED), A.CANCEL)).toThrow(
      expect.objectContaining({
        messages: { 'zh-CN': '盘点单 PD-20250615-000001：当前状态为“已审核”，不能取消', en: 'Cannot cancel stocktake PD-20250615-000001 that is approved' },
      }),
    );
  });

  it('shows the books to reviewers only once counting has finished, never to storekeepers or to whoever counted', () => {
    const manager = person('office-liu', [MaterialsRole.MATERIALS_MANAGER]);
    const keeper = person('keeper-chen', [MaterialsRole.STOREKEEPER]);
    const adminWhoCounted = person('admin-east', [Role.CAMPUS_ADMIN]);
    const counters = new Set(['keeper-chen', 'admin-east']);
    expect(booksVisible(S.COUNTING, manager, counters)).toBe(false);
    expect(booksVisible(S.REVIEW, manager, counters)).toBe(true);
    expect(booksVisible(S.APPROVED, manager, counters)).toBe(true);
    expect(booksVisible(S.CANCELLED, manager, counters)).toBe(false);
    expect(booksVisible(S.REVIEW, keeper, new Set())).toBe(false);
    expect(booksVisible(S.REVIEW, person('both', [MaterialsRole.STOREKEEPER, Role.CAMPUS_ADMIN]), new Set())).toBe(false);
    expect(booksVisible(S.REVIEW, adminWhoCounted, counters)).toBe(false);
  });

  it('lets neither the starter nor a counter approve', () => {
    const stocktake = { number: 'PD-20250615-000001', startedBySubject: 'admin-east' };
    const counters = new Set(['keeper-chen']);
    expect(codeOf(() => requireIndependentApprover(stocktake, person('admin-east', [Role.GROUP_ADMIN]), counters))).toBe('STOCKTAKE_SELF_APPROVAL');
    expect(codeOf(() => requireIndependentApprover(stocktake, person('keeper-chen', [MaterialsRole.MATERIALS_MANAGER]), counters))).toBe('STOCKTAKE_SELF_APPROVAL');
    expect(() => requireIndependentApprover(stocktake, person('office-liu', [MaterialsRole.MATERIALS_MANAGER]), counters)).not.toThrow();
  });
});
