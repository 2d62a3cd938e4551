import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 补货点: below this on-hand quantity an item should be reordered for the warehouse. */
@Entity({ name: 'reorder_point' })
export class ReorderPointRow {
  @PrimaryColumn('uuid') warehouseId!: string;
  @PrimaryColumn('uuid') itemId!: string;
  @Column('uuid') campusId!: string;
  @Column('integer') reorderPoint!: number;
  @Column('timestamptz') updatedAt!: Date;
}
