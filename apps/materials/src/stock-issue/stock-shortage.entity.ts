import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A requested issue that stock could not meet (缺货), kept so storekeepers can reorder and the work order's
 * parts can be issued by hand later. No warehouse when the campus has none yet.
 */
@Entity({ name: 'stock_shortage' })
@Index('stock_shortage_campus_idx', ['campusId', 'recordedAt'])
@Index('stock_shortage_warehouse_idx', ['warehouseId'])
@Index('stock_shortage_work_order_idx', ['workOrderId'])
export class StockShortageRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) warehouseId!: string | null;
  @Column('uuid') departmentId!: string;
  @Column('uuid', { nullable: true }) workOrderId!: string | null;
  @Column('uuid') itemId!: string;
  @Column('integer') requested!: number;
  @Column('integer') available!: number;
  @Column('timestamptz') recordedAt!: Date;
}
