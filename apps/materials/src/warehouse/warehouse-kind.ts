/** 库房类型 */
export enum WarehouseKind {
  /** 总库: the campus's central store; one per campus. Deliveries and work-order parts come and go here by default. */
  CENTRAL = 'CENTRAL',
  /** 二级库: a ward, emergency or theatre store, stocked by transfers from the central store (or its own deliveries). */
  SECONDARY = 'SECONDARY',
}
