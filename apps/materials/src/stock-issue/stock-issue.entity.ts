import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 出库单: stock issued to a department (which is charged its cost), by hand or for a work order. */
@Entity({ name: 'stock_issue' })
@Index('stock_issue_department_idx', ['departmentId', 'issuedAt'])
@Index('stock_issue_work_order_idx', ['workOrderId'])
@Index('stock_issue_warehouse_idx', ['warehouseId'])
export class StockIssueRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid', { nullable: true }) workOrderId!: string | null;
  @Column('timestamptz') issuedAt!: Date;
  @Column('integer') totalCostFen!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text') issuedBySubject!: string;
  @Column('text') issuedByName!: string;
}

/** One item of an issue: how many and what they cost in total. */
@Entity({ name: 'stock_issue_line' })
@Index('stock_issue_line_issue_idx', ['stockIssueId', 'lineNo'])
export class StockIssueLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockIssueId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('integer') quantity!: number;
  @Column('integer') costFen!: number;
}

/** Which lot a line drew from (traceability back to the receipt and its unit cost). */
@Entity({ name: 'stock_issue_lot' })
@Index('stock_issue_lot_issue_idx', ['stockIssueId', 'drawNo'])
@Index('stock_issue_lot_lot_idx', ['lotId'])
export class StockIssueLotRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockIssueId!: string;
  @Column('uuid') stockIssueLineId!: string;
  /** Position in the issue, FIFO within each line. */
  @Column('integer') drawNo!: number;
  @Column('uuid') lotId!: string;
  @Column('integer') quantity!: number;
  @Column('integer') unitCostFen!: number;
}
