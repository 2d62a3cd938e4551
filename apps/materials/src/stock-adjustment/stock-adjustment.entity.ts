import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AdjustmentReason } from './adjustment-rules';

/** 调整单: lots counted or written off in one warehouse, with the reason (盘点差异, 报损, 过期报废, 找回). */
@Entity({ name: 'stock_adjustment' })
@Index('stock_adjustment_warehouse_idx', ['warehouseId', 'adjustedAt'])
@Check('stock_adjustment_reason_check', `"reason" IN ('COUNT_DIFFERENCE', 'DAMAGED', 'EXPIRED_WRITE_OFF', 'FOUND', 'OTHER')`)
export class StockAdjustmentRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('text') reason!: AdjustmentReason;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') adjustedAt!: Date;
  @Column('text') adjustedBySubject!: string;
  @Column('text') adjustedByName!: string;
}

/**
 * One lot's adjustment. A negative delta took from the counted lot (lotId = countedLotId); a positive one
 * opened a new lot like it (lotId = the new lot), since a lot never holds more than it received.
 */
@Entity({ name: 'stock_adjustment_line' })
@Index('stock_adjustment_line_adjustment_idx', ['stockAdjustmentId', 'lineNo'])
@Index('stock_adjustment_line_lot_idx', ['countedLotId'])
@Check('stock_adjustment_line_delta_check', '"quantity_delta" <> 0')
export class StockAdjustmentLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockAdjustmentId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('uuid') countedLotId!: string;
  @Column('uuid') lotId!: string;
  @Column('integer') quantityDelta!: number;
  @Column('integer') unitCostFen!: number;
}
