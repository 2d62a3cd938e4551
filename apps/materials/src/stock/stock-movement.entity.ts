import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Why a lot's balance changed. Quantities are signed: receipts, returns and transfers in add; the rest take. */
export enum StockMovementKind {
  /** 入库: a delivery (or an opening balance) became a lot. */
  RECEIPT = 'RECEIPT',
  /** 出库: issued to a department, which is charged. */
  ISSUE = 'ISSUE',
  /** 退库: a department brought issued stock back into the lot it came from, and is credited. */
  RETURN = 'RETURN',
  /** 调拨出: left for another warehouse; in transit until received there. */
  TRANSFER_OUT = 'TRANSFER_OUT',
  /** 调拨入: arrived from another warehouse as a lot of its own, at the source lot's cost and expiry. */
  TRANSFER_IN = 'TRANSFER_IN',
  /** 调整: a counted difference or a write-off, with its reason. */
  ADJUSTMENT = 'ADJUSTMENT',
}

/**
 * 库存台账: the immutable ledger. Every change to a lot's balance is one row here, written in the same
 * transaction; a trigger refuses UPDATE and DELETE. A lot's remaining quantity always equals the sum of its
 * movements, and stock or value as of any moment is a sum over the rows before it.
 */
@Entity({ name: 'stock_movement' })
@Index('stock_movement_lot_idx', ['lotId', 'occurredAt'])
@Index('stock_movement_warehouse_idx', ['warehouseId', 'itemId', 'occurredAt'])
@Index('stock_movement_document_idx', ['documentId'])
// KPIs read a campus's ledger by time: a month and its trailing window, not all of it.
@Index('stock_movement_campus_idx', ['campusId', 'occurredAt'])
export class StockMovementRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') itemId!: string;
  @Column('uuid') lotId!: string;
  @Column('text') kind!: StockMovementKind;
  /** Signed: positive into the lot, negative out of it. */
  @Column('integer') quantity!: number;
  @Column('integer') unitCostFen!: number;
  /** The department charged (issues) or credited (returns). */
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  /** The document behind it: goods receipt, stock issue, transfer, adjustment, return. */
  @Column('text') documentType!: string;
  @Column('uuid') documentId!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('timestamptz') occurredAt!: Date;
  @Column('text') recordedBy!: string;
}
