import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 入库单: one delivery booked into a warehouse; each line became a stock lot. */
@Entity({ name: 'goods_receipt' })
@Index('goods_receipt_warehouse_idx', ['warehouseId', 'receivedAt'])
export class GoodsReceiptRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('text', { nullable: true }) supplierName!: string | null;
  @Column('timestamptz') receivedAt!: Date;
  @Column('text') receivedBySubject!: string;
  @Column('text') receivedByName!: string;
}
