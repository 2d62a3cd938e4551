import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ItemCategory } from '../catalogue/item';
import { StocktakeScope, StocktakeStatus } from './stocktake-lifecycle';

/**
 * 盘点单: a count of one warehouse, full or cycle, against a snapshot of the books taken when it started. Counted
 * blind, reviewed, and on approval its variances are booked as one adjustment (`stock_adjustment_id`). The KPI
 * queries read approved stocktakes by `campus_id` and `approved_at`.
 */
@Entity({ name: 'stocktake' })
@Index('stocktake_number_uq', ['number'], { unique: true })
@Index('stocktake_warehouse_idx', ['warehouseId', 'status'])
@Index('stocktake_campus_approved_idx', ['campusId', 'approvedAt'])
@Check('stocktake_status_check', `"status" IN ('COUNTING', 'REVIEW', 'APPROVED', 'CANCELLED')`)
@Check('stocktake_scope_check', `"scope" IN ('FULL', 'CYCLE')`)
export class StocktakeRow {
  @PrimaryColumn('uuid') id!: string;
  /** PD-YYYYMMDD-NNNNNN (盘点), Beijing date of the start. */
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('text') scope!: StocktakeScope;
  /** A cycle count's named items and categories (empty for a full count). */
  @Column('uuid', { array: true }) itemIds!: string[];
  @Column('text', { array: true }) categories!: ItemCategory[];
  @Column('text') status!: StocktakeStatus;
  @Column('text', { nullable: true }) note!: string | null;
  /** When the books were snapshotted (= started). */
  @Column('timestamptz') snapshotAt!: Date;
  /** Who started it: they may not approve it. */
  @Column('text') startedBySubject!: string;
  @Column('text') startedByName!: string;
  /** The last time counting was finished (again after a recount). */
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
  @Column('text', { nullable: true }) finishedByName!: string | null;
  @Column('timestamptz', { nullable: true }) approvedAt!: Date | null;
  @Column('text', { nullable: true }) approvedBySubject!: string | null;
  @Column('text', { nullable: true }) approvedByName!: string | null;
  @Column('text', { nullable: true }) approvalComment!: string | null;
  /** The adjustment (调整单, reason COUNT_DIFFERENCE) the variances were booked as; null until approved, or when nothing differed. */
  @Column('uuid', { nullable: true }) stockAdjustmentId!: string | null;
  /** The last rejection (驳回复盘). */
  @Column('timestamptz', { nullable: true }) rejectedAt!: Date | null;
  @Column('text', { nullable: true }) rejectedByName!: string | null;
  @Column('text', { nullable: true }) rejectionReason!: string | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) cancelledByName!: string | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  @Column('timestamptz') updatedAt!: Date;
}

/**
 * One line of the count sheet (盘点表): a lot of an item tracking expiry, or an item counted as a whole
 * (`lot_id` null). `book_*` is the snapshot. The latest count is copied here from `stocktake_count` with what
 * the ledger held when it was entered (`expected_*` = snapshot + movements since); counted − expected is the
 * variance, `variance_value_fen` its value at cost (estimated when counting finishes, as booked once approved).
 */
@Entity({ name: 'stocktake_line' })
@Index('stocktake_line_stocktake_idx', ['stocktakeId', 'lineNo'], { unique: true })
@Index('stocktake_line_item_idx', ['itemId'])
@Check('stocktake_line_quantities_check', '"book_quantity" >= 0 AND ("counted_quantity" IS NULL OR "counted_quantity" >= 0)')
export class StocktakeLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stocktakeId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('uuid', { nullable: true }) lotId!: string | null;
  @Column('integer') bookQuantity!: number;
  @Column('integer') bookValueFen!: number;
  /** The lot's unit cost; null for an item counted as a whole. */
  @Column('integer', { nullable: true }) unitCostFen!: number | null;
  @Column('integer', { nullable: true }) countedQuantity!: number | null;
  @Column('timestamptz', { nullable: true }) countedAt!: Date | null;
  @Column('text', { nullable: true }) countedBySubject!: string | null;
  @Column('text', { nullable: true }) countedByName!: string | null;
  @Column('integer', { nullable: true }) expectedQuantity!: number | null;
  @Column('integer', { nullable: true }) expectedValueFen!: number | null;
  @Column('integer', { nullable: true }) varianceValueFen!: number | null;
}

/** Every count entered (re-entries included; the latest wins), by whom and when, with the ledger balance then. Never updated. */
@Entity({ name: 'stocktake_count' })
@Index('stocktake_count_stocktake_idx', ['stocktakeId', 'countedAt'])
@Index('stocktake_count_line_idx', ['stocktakeLineId', 'countedAt'])
@Check('stocktake_count_quantity_check', '"counted_quantity" >= 0')
export class StocktakeCountRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stocktakeId!: string;
  @Column('uuid') stocktakeLineId!: string;
  @Column('uuid') itemId!: string;
  @Column('uuid', { nullable: true }) lotId!: string | null;
  @Column('integer') countedQuantity!: number;
  /** The ledger balance of the line when the count was entered. */
  @Column('integer') expectedQuantity!: number;
  @Column('timestamptz') countedAt!: Date;
  @Column('text') countedBySubject!: string;
  @Column('text') countedByName!: string;
  /** Not counted: taken as 0 when counting was finished with countMissingAsZero. */
  @Column('boolean', { default: false }) missingAsZero!: boolean;
}
