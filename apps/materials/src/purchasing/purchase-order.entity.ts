import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PurchaseOrderStatus, RejectionReason } from './purchase-order-rules';

/** 采购订单: what a purchaser ordered from one supplier for one warehouse, from approved purchase request lines. */
@Entity({ name: 'purchase_order' })
@Index('purchase_order_number_uq', ['number'], { unique: true })
@Index('purchase_order_campus_idx', ['campusId', 'status', 'orderedAt'])
@Index('purchase_order_supplier_idx', ['supplierId', 'orderedAt'])
@Check('purchase_order_status_check', `"status" IN ('ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')`)
export class PurchaseOrderRow {
  @PrimaryColumn('uuid') id!: string;
  /** CG-YYYYMMDD-NNNNNN (采购), Beijing date of the order. */
  @Column('text') number!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') warehouseId!: string;
  @Column('uuid') supplierId!: string;
  @Column('text') status!: PurchaseOrderStatus;
  /** The delivery date agreed with the supplier: what on-time is measured against. */
  @Column('date') expectedOn!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') orderedAt!: Date;
  /** The purchaser: may not inspect the delivery (验收). */
  @Column('text') orderedBySubject!: string;
  @Column('text') orderedByName!: string;
  @Column('timestamptz', { nullable: true }) receivedInFullAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('text', { nullable: true }) closeReason!: string | null;
  @Column('timestamptz') updatedAt!: Date;
}

/** One item ordered: accepted never above ordered; what was rejected is still owed unless the order is closed. */
@Entity({ name: 'purchase_order_line' })
@Index('purchase_order_line_order_idx', ['purchaseOrderId', 'lineNo'], { unique: true })
@Index('purchase_order_line_item_idx', ['itemId'])
@Index('purchase_order_line_request_line_idx', ['purchaseRequestLineId'])
@Check(
  'purchase_order_line_quantity_check',
  `"quantity_ordered" > 0 AND "quantity_accepted" >= 0 AND "quantity_accepted" <= "quantity_ordered" AND "quantity_rejected" >= 0`,
)
@Check('purchase_order_line_price_check', `"unit_price_fen" >= 0`)
export class PurchaseOrderLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') purchaseOrderId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') purchaseRequestLineId!: string;
  @Column('uuid') itemId!: string;
  @Column('integer') quantityOrdered!: number;
  @Column('integer', { default: 0 }) quantityAccepted!: number;
  @Column('integer', { default: 0 }) quantityRejected!: number;
  @Column('integer') unitPriceFen!: number;
  /** The supplier contract pricing the item when ordered; null for an off-contract purchase. */
  @Column('uuid', { nullable: true }) contractId!: string | null;
  @Column('integer', { nullable: true }) contractPriceFen!: number | null;
  /** The approved exception that allowed a price above the contract's (or off contract). */
  @Column('uuid', { nullable: true }) priceExceptionId!: string | null;
  @Column('timestamptz', { nullable: true }) receivedInFullAt!: Date | null;
}

/** 验收记录: one delivered batch of an order line; the accepted units became `lot_id`. */
@Entity({ name: 'purchase_receipt_line' })
@Index('purchase_receipt_line_receipt_idx', ['goodsReceiptId', 'lineNo'], { unique: true })
@Index('purchase_receipt_line_order_line_idx', ['purchaseOrderLineId'])
@Check(
  'purchase_receipt_line_quantity_check',
  `"quantity_accepted" >= 0 AND "quantity_rejected" >= 0 AND "quantity_delivered" = "quantity_accepted" + "quantity_rejected" AND "quantity_delivered" > 0`,
)
export class PurchaseReceiptLineRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') goodsReceiptId!: string;
  @Column('integer') lineNo!: number;
  @Column('uuid') purchaseOrderLineId!: string;
  @Column('uuid') itemId!: string;
  @Column('integer') quantityDelivered!: number;
  @Column('integer') quantityAccepted!: number;
  @Column('integer') quantityRejected!: number;
  @Column('text', { nullable: true }) rejectionReason!: RejectionReason | null;
  @Column('text', { nullable: true }) rejectionNote!: string | null;
  @Column('uuid', { nullable: true }) lotId!: string | null;
}
