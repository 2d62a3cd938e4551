import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 退库单: issued stock brought back into the lots it came from; the issue's department is credited its cost. */
@Entity({ name: 'stock_return' })
@Index('stock_return_department_idx', ['departmentId', 'returnedAt'])
@Index('stock_return_issue_idx', ['stockIssueId'])
export class StockReturnRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') stockIssueId!: string;
  /** The issue's department, credited in the month of the return. */
  @Column('uuid') departmentId!: string;
  @Column('timestamptz') returnedAt!: Date;
  /** The credit, at the unit costs the issue drew at. */
  @Column('integer') totalCostFen!: number;
  @Column('text') reason!: string;
  @Column('text') returnedBySubject!: string;
  @Column('text') returnedByName!: string;
}

/** One item of a return: how many came back and what the department is credited for them. */
@Entity({ name: 'stock_return_line' })
@Index('stock_return_line_return_idx', ['stockReturnId', 'lineNo'])
@Check('stock_return_line_quantity_check', '"quantity" > 0')
export class StockReturnLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockReturnId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') itemId!: string;
  @Column('integer') quantity!: number;
  @Column('integer') costFen!: number;
}

/** Which draw of the issue (and so which lot) a line went back to; what limits later returns of that draw. */
@Entity({ name: 'stock_return_lot' })
@Index('stock_return_lot_return_idx', ['stockReturnId', 'putNo'])
@Index('stock_return_lot_draw_idx', ['stockIssueLotId'])
@Check('stock_return_lot_quantity_check', '"quantity" > 0')
export class StockReturnLotRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') stockReturnId!: string;
  @Column('uuid') stockReturnLineId!: string;
  /** Position in the return, latest draw first within each line. */
  @Column('integer') putNo!: number;
  @Column('uuid') stockIssueLotId!: string;
  @Column('uuid') lotId!: string;
  @Column('integer') quantity!: number;
  @Column('integer') unitCostFen!: number;
}
