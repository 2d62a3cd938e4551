import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One delivery of one item into a warehouse (批次), costed at its own unit price; issues draw lots down FIFO.
 * The check is the last line of defence against overdrawing if a code path ever skips the row locks.
 */
@Entity({ name: 'stock_lot' })
@Index('stock_lot_fifo_idx', ['warehouseId', 'itemId', 'receivedAt', 'id'])
@Index('stock_lot_goods_receipt_idx', ['goodsReceiptId'])
// Levels sum only lots with stock; depleted lots (most of them, after a year) stay out of the index.
@Index('stock_lot_in_stock_idx', ['warehouseId', 'itemId'], { where: '"quantity_remaining" > 0' })
// The expiry job and expiringLots look for lots with stock by expiry date, soonest first.
@Index('stock_lot_expiry_idx', ['expiresOn', 'id'], { where: '"quantity_remaining" > 0 AND "expires_on" IS NOT NULL' })
// KPIs find a campus's lots by expiry date, written-off ones included (expired value of a month).
@Index('stock_lot_campus_expiry_idx', ['campusId', 'expiresOn'], { where: '"expires_on" IS NOT NULL' })
@Check('stock_lot_quantity_remaining_check', '"quantity_remaining" >= 0 AND "quantity_remaining" <= "quantity_received"')
@Check('stock_lot_quarantine_check', '"quarantined_at" IS NULL OR "expires_on" IS NOT NULL')
export class StockLotRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') itemId!: string;
  @Column('uuid') goodsReceiptId!: string;
  @Column('text', { nullable: true }) batchNo!: string | null;
  @Column('integer') quantityReceived!: number;
  @Column('integer') quantityRemaining!: number;
  @Column('integer') unitCostFen!: number;
  @Column('timestamptz') receivedAt!: Date;
  @Column('date', { nullable: true }) expiresOn!: string | null;
  /**
   * Set once, by the expiry job, the day after `expiresOn` (过期隔离): the lot is never issued or transferred
   * again and waits to be written off. Optional because the code paths that open lots leave it out: a lot that
   * arrives already expired (a transfer that took too long) is quarantined on the job's next run.
   */
  @Column('timestamptz', { nullable: true }) quarantinedAt?: Date | null;
}
