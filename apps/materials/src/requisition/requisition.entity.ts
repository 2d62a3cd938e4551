import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ItemCategory } from '../catalogue/item';
import { ExchangeExemptionReason, OldUnitCondition } from './new-for-old';
import { RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { ApprovalRoute, ApprovalRouteReason } from './requisition-policy';

/**
 * 申领单: a department asks its campus warehouse for items. Approved by the head of the department, then (unless
 * the campus policy skips it) the materials office; issued in one or more 出库单 until nothing is owed or the
 * backorder is closed. Every step is in `requisition_history`.
 */
@Entity({ name: 'requisition' })
@Index('requisition_number_uq', ['number'], { unique: true })
@Index('requisition_campus_idx', ['campusId', 'status'])
@Index('requisition_department_idx', ['departmentId', 'status'])
@Check('requisition_status_check', `"status" IN ('SUBMITTED', 'DEPT_APPROVED', 'APPROVED', 'PARTIALLY_ISSUED', 'ISSUED', 'CLOSED', 'REJECTED', 'CANCELLED')`)
export class RequisitionRow {
  @PrimaryColumn('uuid') id!: string;
  /** SL-YYYYMMDD-NNNNNN (申领), Beijing date of submission. */
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  /** The department charged for what is issued. */
  @Column('uuid') departmentId!: string;
  @Column('text') status!: RequisitionStatus;
  @Column('text') reason!: string;
  /** The staff member it is for (and who may not approve it). */
  @Column('uuid') requesterStaffId!: string;
  @Column('text') requesterName!: string;
  /** Who entered it: the requester, or a campus admin entering a paper form (补录) for them. */
  @Column('text') submittedBySubject!: string;
  @Column('text') submittedByName!: string;
  @Column('timestamptz') submittedAt!: Date;
  /** Who approved for the department: the materials office approval must come from someone else. */
  @Column('text', { nullable: true }) departmentApproverSubject!: string | null;
  @Column('uuid', { nullable: true }) departmentApproverStaffId!: string | null;
  /** Decided when the department approves; null before. */
  @Column('text', { nullable: true }) approvalRoute!: ApprovalRoute | null;
  @Column('text', { nullable: true }) approvalRouteReason!: ApprovalRouteReason | null;
  /** Estimated value in fen of the requested, then the approved, quantities; null when an item has no cost yet. */
  @Column('integer', { nullable: true }) valueFen!: number | null;
  @Column('timestamptz') updatedAt!: Date;
}

/** One item of a requisition: requested ≥ approved ≥ issued; approved − issued is on backorder while it is open. */
@Entity({ name: 'requisition_line' })
@Index('requisition_line_requisition_idx', ['requisitionId', 'lineNo'], { unique: true })
@Index('requisition_line_item_uq', ['requisitionId', 'itemId'], { unique: true })
@Check(
  'requisition_line_quantities_check',
  '"quantity_requested" > 0 AND "quantity_approved" >= 0 AND "quantity_approved" <= "quantity_requested" AND "quantity_issued" >= 0 AND "quantity_issued" <= "quantity_approved"',
)
@Check('requisition_line_exemption_check', '"exchange_exempt_used" >= 0 AND "exchange_exempt_used" <= "exchange_exempt_quantity"')
export class RequisitionLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') requisitionId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('integer') quantityRequested!: number;
  @Column('integer') quantityApproved!: number;
  @Column('integer') quantityIssued!: number;
  /** 领新交旧 exemption granted by the materials office: units that may go out without an old one. */
  @Column('integer', { default: 0 }) exchangeExemptQuantity!: number;
  @Column('integer', { default: 0 }) exchangeExemptUsed!: number;
  @Column('text', { nullable: true }) exchangeExemptionReason!: ExchangeExemptionReason | null;
  @Column('text', { nullable: true }) exchangeExemptionNote!: string | null;
}

/** The requisition's timeline: who did what, when, with their comment. Never updated. */
@Entity({ name: 'requisition_history' })
@Index('requisition_history_requisition_idx', ['requisitionId', 'occurredAt'])
export class RequisitionHistoryRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') requisitionId!: string;
  @Column('text') action!: RequisitionAction;
  @Column('text', { nullable: true }) fromStatus!: RequisitionStatus | null;
  @Column('text') toStatus!: RequisitionStatus;
  @Column('text') actorSubject!: string;
  @Column('uuid', { nullable: true }) actorStaffId!: string | null;
  @Column('text') actorName!: string;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('timestamptz') occurredAt!: Date;
}

/** Links an 出库单 to the requisition it was issued against (the stock issue itself knows nothing of requisitions). */
@Entity({ name: 'requisition_issue' })
@Index('requisition_issue_requisition_idx', ['requisitionId', 'issuedAt'])
@Index('requisition_issue_stock_issue_uq', ['stockIssueId'], { unique: true })
export class RequisitionIssueRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') requisitionId!: string;
  @Column('uuid') stockIssueId!: string;
  @Column('uuid') campusId!: string;
  @Column('timestamptz') issuedAt!: Date;
  @Column('text') issuedBySubject!: string;
  @Column('text') issuedByName!: string;
}

/**
 * 领新交旧: an old unit handed back (or declared lost) at an issue. Not stock: no lot, no movement, no value; the
 * units wait for disposal (报废处置), and this table is the record of what came back from whom.
 */
@Entity({ name: 'requisition_old_unit' })
@Index('requisition_old_unit_issue_idx', ['requisitionIssueId'])
@Index('requisition_old_unit_campus_idx', ['campusId', 'recordedAt'])
@Check('requisition_old_unit_quantity_check', '"quantity" > 0')
@Check('requisition_old_unit_condition_check', `"condition" IN ('WORN_OUT', 'BROKEN', 'LOST')`)
export class RequisitionOldUnitRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') requisitionId!: string;
  @Column('uuid') requisitionIssueId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid') itemId!: string;
  @Column('integer') quantity!: number;
  @Column('text') condition!: OldUnitCondition;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') recordedAt!: Date;
  @Column('text') recordedBySubject!: string;
  @Column('text') recordedByName!: string;
}

/** 审批权限 of a campus: below the limit, with every line in these categories, the materials office is skipped. */
@Entity({ name: 'requisition_policy' })
@Check('requisition_policy_limit_check', '"auto_approve_limit_fen" >= 0')
export class RequisitionPolicyRow {
  @PrimaryColumn('uuid') campusId!: string;
  @Column('integer') autoApproveLimitFen!: number;
  @Column('text', { array: true }) autoApproveCategories!: ItemCategory[];
  @Column('timestamptz') updatedAt!: Date;
  @Column('text') updatedBySubject!: string;
  @Column('text') updatedByName!: string;
}
