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
@Check('stock_lot_quantity_remaining_check', '"quantity_remaining" >= 0 AND "quantity_remaining" <= "quantity_received"')
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
}
