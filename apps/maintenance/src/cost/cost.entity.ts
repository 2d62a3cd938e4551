import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 工时单价: fen per hour for a campus, or for one team of it; the latest in effect on a day applies. */
@Entity({ name: 'labour_rate' })
@Index('labour_rate_campus_idx', ['campusId', 'effectiveFrom'])
export class LabourRateRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('integer') fenPerHour!: number;
  @Column('date') effectiveFrom!: string;
  @Column('text') setBy!: string;
  @Column('timestamptz') setAt!: Date;
}

/** 工时记录: who worked how long on an order, priced at the rate of that day (later rate changes do not rewrite it). */
@Entity({ name: 'work_order_time_log' })
@Index('work_order_time_log_order_idx', ['workOrderId'])
@Index('work_order_time_log_campus_day_idx', ['campusId', 'workedOn'])
export class WorkOrderTimeLogRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') workOrderId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('uuid', { nullable: true }) staffId!: string | null;
  @Column('date') workedOn!: string;
  @Column('integer') minutes!: number;
  @Column('integer') fenPerHour!: number;
  @Column('integer') costFen!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text') loggedBy!: string;
  @Column('timestamptz') loggedAt!: Date;
}

/** Parts cost of an order as materials charged it (from its stock-issued events). */
@Entity({ name: 'work_order_parts_cost' })
@Index('work_order_parts_cost_order_idx', ['workOrderId'])
export class WorkOrderPartsCostRow {
  @PrimaryColumn('uuid') stockIssueId!: string;
  @Column('uuid') workOrderId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('integer') costFen!: number;
  @Column('timestamptz') issuedAt!: Date;
}

/** Parts returned to the store from an order's issue (its stock-returned events): taken off the order's parts cost. */
@Entity({ name: 'work_order_parts_return' })
@Index('work_order_parts_return_order_idx', ['workOrderId'])
export class WorkOrderPartsReturnRow {
  @PrimaryColumn('uuid') stockReturnId!: string;
  @Column('uuid') stockIssueId!: string;
  @Column('uuid') workOrderId!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') departmentId!: string;
  @Column('integer') costFen!: number;
  @Column('timestamptz') returnedAt!: Date;
}

/** A department's maintenance costs of a month, published once to finance when the month is over. */
@Entity({ name: 'department_cost_statement' })
export class DepartmentCostStatementRow {
  @PrimaryColumn('uuid') departmentId!: string;
  @PrimaryColumn('text') month!: string;
  @Column('uuid') campusId!: string;
  @Column('integer') labourFen!: number;
  @Column('integer') partsFen!: number;
  @Column('integer') vendorFen!: number;
  @Column('timestamptz') publishedAt!: Date;
}
