import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DemandSourceKind, DuplicateKind, PurchaseLineStatus, PurchaseRequestStatus } from './purchase-request-rules';

/**
 * 采购申请: the planner's consolidated demand of one warehouse (departments, requisition backorders, reorder
 * suggestions). Approved by the materials office — never by the planner who raised it — then ordered by a
 * purchaser (not the planner) on one or more purchase orders.
 */
@Entity({ name: 'purchase_request' })
@Index('purchase_request_number_uq', ['number'], { unique: true })
@Index('purchase_request_campus_idx', ['campusId', 'status', 'createdAt'])
@Check('purchase_request_status_check', `"status" IN ('SUBMITTED', 'APPROVED', 'ORDERED', 'MERGED', 'REJECTED', 'CANCELLED')`)
export class PurchaseRequestRow {
  @PrimaryColumn('uuid') id!: string;
  /** CS-YYYYMMDD-NNNNNN (采申), Beijing date of submission. */
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('text') status!: PurchaseRequestStatus;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('date', { nullable: true }) neededBy!: string | null;
  @Column('timestamptz') createdAt!: Date;
  /** The planner: may neither approve it nor order it. */
  @Column('text') createdBySubject!: string;
  @Column('text') createdByName!: string;
  @Column('timestamptz', { nullable: true }) decidedAt!: Date | null;
  @Column('text', { nullable: true }) decidedBySubject!: string | null;
  @Column('text', { nullable: true }) decidedByName!: string | null;
  @Column('text', { nullable: true }) decisionComment!: string | null;
  @Column('timestamptz') updatedAt!: Date;
}

/**
 * One item of a purchase request. A line found already requested or on order is MERGED into the open request
 * it duplicates, or FLAGGED until the planner drops it (DROPPED) or keeps it with a reason (back to OPEN).
 */
@Entity({ name: 'purchase_request_line' })
@Index('purchase_request_line_request_idx', ['purchaseRequestId', 'lineNo'], { unique: true })
@Index('purchase_request_line_item_idx', ['itemId', 'status'])
@Check('purchase_request_line_quantity_check', `"quantity" > 0 AND "quantity_ordered" >= 0 AND "quantity_ordered" <= "quantity"`)
@Check('purchase_request_line_status_check', `"status" IN ('OPEN', 'FLAGGED', 'MERGED', 'DROPPED')`)
@Check('purchase_request_line_duplicate_check', `"duplicate_kind" IS NULL OR "duplicate_kind" IN ('OPEN_REQUEST', 'APPROVED_REQUEST', 'ON_ORDER')`)
export class PurchaseRequestLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') purchaseRequestId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('text') status!: PurchaseLineStatus;
  @Column('integer') quantity!: number;
  /** On purchase orders so far (less what orders cancelled or closed short gave back). */
  @Column('integer', { default: 0 }) quantityOrdered!: number;
  /** The warehouse's average cost when raised: values the duplicates avoided. Null for an item never stocked. */
  @Column('integer', { nullable: true }) estimatedUnitCostFen!: number | null;
  @Column('text', { nullable: true }) duplicateKind!: DuplicateKind | null;
  /** The purchase request or order it duplicates. */
  @Column('uuid', { nullable: true }) duplicateOfId!: string | null;
  @Column('text', { nullable: true }) duplicateOfNumber!: string | null;
  /** How many that document still has coming (ordered, not yet accepted) or still to order. */
  @Column('integer', { nullable: true }) duplicateQuantity!: number | null;
  @Column('uuid', { nullable: true }) mergedIntoLineId!: string | null;
  @Column('text', { nullable: true }) resolutionReason!: string | null;
  @Column('text', { nullable: true }) resolvedByName!: string | null;
  @Column('timestamptz', { nullable: true }) resolvedAt!: Date | null;
}

/** Whose demand a line carries: a department, a requisition's backorder, or the warehouse's reorder suggestion. */
@Entity({ name: 'purchase_request_source' })
@Index('purchase_request_source_line_idx', ['purchaseRequestLineId'])
@Check('purchase_request_source_quantity_check', `"quantity" > 0`)
@Check('purchase_request_source_kind_check', `"kind" IN ('DEPARTMENT', 'REQUISITION_BACKORDER', 'REPLENISHMENT')`)
export class PurchaseRequestSourceRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') purchaseRequestLineId!: string;
  @Column('text') kind!: DemandSourceKind;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('uuid', { nullable: true }) requisitionId!: string | null;
  @Column('integer') quantity!: number;
  @Column('text', { nullable: true }) note!: string | null;
}
