/** What purchasing gives for one campus-month (PurchasingKpiQuery), before any ratio is taken. */
export interface PurchasingFigures {
  duplicatesFlagged: number;
  duplicatesMerged: number;
  duplicatesDropped: number;
  duplicatesAvoidedValueFen: number;
  ordersReceivedInFull: number;
  poCycleDaysTotal: number;
  linesDue: number;
  linesOnTime: number;
  contractedOrderedFen: number;
  contractBasisFen: number;
  offContractFen: number;
  aboveContractLines: number;
}

export interface PurchasingKpiFigures extends PurchasingFigures {
  duplicatesAvoided: number;
  averagePoCycleDays: number | null;
  supplierOnTimeRate: number | null;
  priceVarianceFen: number;
  priceVarianceVsContract: number | null;
}

/**
 * The ratios: on-time share of the lines due, average order-to-complete days, and what contracted lines cost
 * above (or below, negative) their contract prices, as a share of the contract value. Null where nothing counts.
 */
export function purchasingKpisOf(figures: PurchasingFigures): PurchasingKpiFigures {
  const priceVarianceFen = figures.contractedOrderedFen - figures.contractBasisFen;
  return {
    ...figures,
    duplicatesAvoided: figures.duplicatesMerged + figures.duplicatesDropped,
    averagePoCycleDays: figures.ordersReceivedInFull ? figures.poCycleDaysTotal / figures.ordersReceivedInFull : null,
    supplierOnTimeRate: figures.linesDue ? figures.linesOnTime / figures.linesDue : null,
    priceVarianceFen,
    priceVarianceVsContract: figures.contractBasisFen ? priceVarianceFen / figures.contractBasisFen : null,
  };
}
