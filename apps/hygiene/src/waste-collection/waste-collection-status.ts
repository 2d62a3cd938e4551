/** Where a load of medical waste is on its way from the ward to the disposal company (分类→收集→称重→交接→暂存→转运). */
export enum WasteCollectionStatus {
  /** 已称重: scanned and weighed at the ward; waits for the ward's signature. */
  COLLECTED = 'COLLECTED',
  /** 已交接: the ward signed it over to the collector. */
  HANDED_OVER = 'HANDED_OVER',
  /** 已入暂存间: in the temporary store. */
  STORED = 'STORED',
  /** 已转运: left with the licensed disposal company under a manifest (转移联单). */
  TRANSFERRED = 'TRANSFERRED',
}
