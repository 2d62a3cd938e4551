import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 入库单: one delivery booked into a warehouse; each line became a stock lot. */
@Entity({ name: 'goods_receipt' })
@Index('goods_receipt_warehouse_idx', ['warehouseId', 'receivedAt'])
@Index('goods_receipt_purchase_order_idx', ['purchaseOrderId'])
export class GoodsReceiptRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('text', { nullable: true }) supplierName!: string | null;
  @Column('timestamptz') receivedAt!: Date;
  @Column('text') receivedBySubject!: string;
  @Column('text') receivedByName!: string;
  /** The purchase order delivered against (验收入库); null for a receipt without one (donation, emergency buy). */
  @Column('uuid', { nullable: true }) purchaseOrderId!: string | null;
  /** The supplier's delivery note (随货同行单) and invoice numbers, for finance's three-way match. */
  @Column('text', { nullable: true }) deliveryNoteNo!: string | null;
  @Column('text', { nullable: true }) invoiceNo!: string | null;
}
