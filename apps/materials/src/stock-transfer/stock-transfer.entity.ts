import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum StockTransferStatus {
  /** 在途: left the source warehouse (TRANSFER_OUT booked), not yet received at the destination. */
  IN_TRANSIT = 'IN_TRANSIT',
  /** 已签收: each line is a lot in the destination warehouse (TRANSFER_IN booked). */
  RECEIVED = 'RECEIVED',
}

/**
 * 调拨单: stock moved from one warehouse to another, same campus or across campuses. While IN_TRANSIT its
 * lines are stock that is in neither warehouse; the checks keep status and the receipt fields in step.
 */
@Entity({ name: 'stock_transfer' })
@Index('stock_transfer_from_idx', ['fromWarehouseId', 'status'])
@Index('stock_transfer_to_idx', ['toWarehouseId', 'status'])
@Check('stock_transfer_warehouses_check', '"from_warehouse_id" <> "to_warehouse_id"')
@Check(
  'stock_transfer_status_check',
  `("status" = 'IN_TRANSIT' AND "received_at" IS NULL AND "received_by" IS NULL) OR ("status" = 'RECEIVED' AND "received_at" IS NOT NULL AND "received_by" IS NOT NULL)`,
)
export class StockTransferRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') fromWarehouseId!: string;
  @Column('uuid') toWarehouseId!: string;
  @Column('uuid') fromCampusId!: string;
  @Column('uuid') toCampusId!: string;
  @Column('text') status!: StockTransferStatus;
  @Column('timestamptz') dispatchedAt!: Date;
  /** Subject of who dispatched it; the name as it was then beside it. */
  @Column('text') dispatchedBy!: string;
  @Column('text') dispatchedByName!: string;
  @Column('timestamptz', { nullable: true }) receivedAt!: Date | null;
  @Column('text', { nullable: true }) receivedBy!: string | null;
  @Column('text', { nullable: true }) receivedByName!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
}

/**
 * One source lot's share of a transfer: what left it, at its cost, expiry and batch. On receipt it becomes
 * exactly one destination lot, which keeps `receivedAt` (the source lot's receipt time) so its FIFO age is not reset.
 */
@Entity({ name: 'stock_transfer_line' })
@Index('stock_transfer_line_transfer_idx', ['stockTransferId', 'lineNo'], { unique: true })
@Index('stock_transfer_line_source_lot_idx', ['sourceLotId'])
@Check('stock_transfer_line_quantity_check', '"quantity" > 0')
export class StockTransferLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockTransferId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('uuid') sourceLotId!: string;
  @Column('integer') quantity!: number;
  @Column('integer') unitCostFen!: number;
  @Column('date', { nullable: true }) expiresOn!: string | null;
  @Column('text', { nullable: true }) batchNo!: string | null;
  /** When the source lot was received (not when the transfer was). */
  @Column('timestamptz') receivedAt!: Date;
  /** The lot opened at the destination; null while in transit. */
  @Column('uuid', { nullable: true }) destinationLotId!: string | null;
}
