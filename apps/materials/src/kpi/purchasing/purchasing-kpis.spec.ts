import { PurchasingFigures, purchasingKpisOf } from './purchasing-kpis';

const none: PurchasingFigures = {
  duplicatesFlagged: 0,
  duplicatesMerged: 0,
  duplicatesDropped: 0,
  duplicatesAvoidedValueFen: 0,
  ordersReceivedInFull: 0,
  poCycleDaysTotal: 0,
  linesDue: 0,
  linesOnTime: 0,
  contractedOrderedFen: 0,
  contractBasisFen: 0,
  offContractFen: 0,
  aboveContractLines: 0,
};

describe('purchasing KPIs', () => {
  it('leaves ratios empty when nothing was due, completed or contracted', () => {
    expect(purchasingKpisOf(none)).toMatchObject({ duplicatesAvoided: 0, averagePoCycleDays: null, supplierOnTimeRate: null, priceVarianceVsContract: null });
  });

  it('takes on-time share, average cycle and price variance against the contract value', () => {
    const kpis = purchasingKpisOf({
      ...none,
      duplicatesMerged: 1,
      duplicatesDropped: 2,
      ordersReceivedInFull: 2,
      poCycleDaysTotal: 9,
      linesDue: 4,
      linesOnTime: 3,
      contractedOrderedFen: 10_500,
      contractBasisFen: 10_000,
    });
    expect(kpis).toMatchObject({
      duplicatesAvoided: 3,
      averagePoCycleDays: 4.5,
      supplierOnTimeRate: 0.75,
      priceVarianceFen: 500,
      priceVarianceVsContract: 0.05,
    });
    expect(purchasingKpisOf({ ...none, contractedOrderedFen: 9_000, contractBasisFen: 10_000 }).priceVarianceVsContract).toBe(-0.1);
  });
});
