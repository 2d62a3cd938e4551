import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An item short of its emergency reserve in a warehouse, from when it was raised until its cover was restored. */
@Entity({ name: 'stock_cover_alert' })
@Index('stock_cover_alert_open_uq', ['warehouseId', 'itemId'], { unique: true, where: '"cleared_at" IS NULL' })
export class StockCoverAlertRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') itemId!: string;
  @Column('timestamptz') raisedAt!: Date;
  @Column('timestamptz', { nullable: true }) clearedAt!: Date | null;
}
