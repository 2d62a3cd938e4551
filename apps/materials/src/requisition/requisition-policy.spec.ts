import { ItemCategory } from '../catalogue/item';
import { ApprovalRoute, approvalRoute, ApprovalRouteReason, CostBasis, requisitionValue } from './requisition-policy';

const C = ItemCategory;
const R = ApprovalRouteReason;
/** East's policy in the demo: cleaning and office supplies under ¥500 need only the head. */
const policy = { autoApproveLimitFen: 50_000, autoApproveCategories: [C.CLEANING, C.OFFICE] };

describe('approvalRoute', () => {
  it('skips the materials office under the limit when every line is in an auto-approvable category', () => {
    expect(approvalRoute(policy, 49_999, [C.CLEANING, C.OFFICE])).toEqual({ route: ApprovalRoute.DEPARTMENT_ONLY, reason: R.WITHIN_POLICY });
  });

  it('sends everything else to the materials office, saying why', () => {
    const office = (reason: ApprovalRouteReason) => ({ route: ApprovalRoute.DEPARTMENT_AND_MATERIALS_OFFICE, reason });
    expect(approvalRoute(policy, 50_000, [C.CLEANING])).toEqual(office(R.OVER_LIMIT));
    expect(approvalRoute(policy, 1_000, [C.CLEANING, C.PROTECTIVE])).toEqual(office(R.CATEGORY_NOT_AUTO_APPROVED));
    expect(approvalRoute(policy, null, [C.CLEANING])).toEqual(office(R.UNPRICED));
    expect(approvalRoute(null, 100, [C.CLEANING])).toEqual(office(R.NO_POLICY));
    expect(approvalRoute({ autoApproveLimitFen: 0, autoApproveCategories: [C.CLEANING] }, 0, [C.CLEANING])).toEqual(office(R.OVER_LIMIT));
  });
});

describe('requisitionValue', () => {
  // 60 bottles in stock: 20 at 15.00 and 40 at 16.50 average 16.00 a bottle.
  const bases = new Map<string, CostBasis>([
    ['tablets', { valueFen: 20 * 1500 + 40 * 1650, quantity: 60 }],
    ['mop', { valueFen: 2800, quantity: 1 }],
  ]);

  it('values each line at the average cost of usable stock, else the last cost, rounded to the fen per line', () => {
    expect(requisitionValue([{ itemId: 'tablets', quantity: 10 }], bases)).toBe(16_000);
    expect(
      requisitionValue(
        [
          { itemId: 'tablets', quantity: 1 },
          { itemId: 'mop', quantity: 2 },
        ],
        bases,
      ),
    ).toBe(1_600 + 5_600);
    expect(requisitionValue([{ itemId: 'tablets', quantity: 7 }], new Map([['tablets', { valueFen: 1000, quantity: 3 }]]))).toBe(2333);
  });

  it('is unknown when an item has never been received, unless its line is struck', () => {
    expect(
      requisitionValue(
        [
          { itemId: 'tablets', quantity: 1 },
          { itemId: 'new', quantity: 1 },
        ],
        bases,
      ),
    ).toBeNull();
    expect(
      requisitionValue(
        [
          { itemId: 'tablets', quantity: 1 },
          { itemId: 'new', quantity: 0 },
        ],
        bases,
      ),
    ).toBe(1_600);
  });
});
