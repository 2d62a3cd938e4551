/** Where a collection of dirty linen stands with the laundry. */
export enum LinenExchangeStatus {
  /** 待送回: pieces are still at the laundry. */
  OPEN = 'OPEN',
  /** 已送回: every piece came back clean. */
  RETURNED = 'RETURNED',
  /** 已结清: settled with pieces missing; those count as lost. */
  CLOSED = 'CLOSED',
}
