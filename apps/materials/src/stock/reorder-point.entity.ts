import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 补货策略 of an item in a warehouse: the reorder point (补货点), the level to fill up to, the supplier's lead
 * time, and the emergency reserve as days of cover (e.g. keep ≥ 30 days of masks, 应急储备).
 */
@Entity({ name: 'reorder_point' })
export class ReorderPointRow {
  @PrimaryColumn('uuid') warehouseId!: string;
  @PrimaryColumn('uuid') itemId!: string;
  @Column('uuid') campusId!: string;
  @Column('integer') reorderPoint!: number;
  /** Fill up to this when reordering; null = a suggestion covers lead time, reserve and a month of use. */
  @Column('integer', { nullable: true }) maxLevel!: number | null;
  @Column('integer', { default: 0 }) leadTimeDays!: number;
  /** Days of cover to keep at all times; null = no reserve kept for this item. */
  @Column('integer', { nullable: true }) reserveDays!: number | null;
  @Column('timestamptz') updatedAt!: Date;
}
