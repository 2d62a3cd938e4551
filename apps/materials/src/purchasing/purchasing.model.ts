import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CampusRef, DepartmentRef } from '@houqin/platform-entity-refs';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';
import { DemandSourceKind, DuplicateKind, PurchaseLineStatus, PurchaseRequestStatus } from './purchase-request-rules';
import { PurchaseOrderStatus, RejectionReason } from './purchase-order-rules';

registerEnumType(PurchaseRequestStatus, {
  name: 'PurchaseRequestStatus',
  description: '采购申请状态',
  valuesMap: describedValues({
    SUBMITTED: '待审批: waits for the materials office',
    APPROVED: '已审批: may be ordered',
    ORDERED: '已下单: every open line is on purchase orders',
    MERGED: '已合并: every line went into other open requests',
    REJECTED: '已驳回',
    CANCELLED: '已取消',
  }),
});
registerEnumType(PurchaseLineStatus, {
  name: 'PurchaseRequestLineStatus',
  valuesMap: describedValues({
    OPEN: 'To be approved and ordered',
    FLAGGED: '疑似重复: already requested or on order; the planner drops or keeps it',
    MERGED: '已合并 into another open request (mergedIntoLineId)',
    DROPPED: '已删除 as a duplicate: the purchase was avoided',
  }),
});
registerEnumType(DuplicateKind, {
  name: 'PurchaseDuplicateKind',
  valuesMap: describedValues({
    OPEN_REQUEST: 'In another request of the campus waiting for approval',
    APPROVED_REQUEST: 'In another approved request of the campus, still to order',
    ON_ORDER: 'On a purchase order of the campus, not yet delivered',
  }),
});
registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus',
  description: '采购订单状态',
  valuesMap: describedValues({
    ORDERED: '已下单',
    PARTIALLY_RECEIVED: '部分到货',
    RECEIVED: '已到货: every line accepted in full',
    CLOSED: '已关闭: closed short; the rest went back to its requests',
    CANCELLED: '已取消 before anything was accepted',
  }),
});

@ObjectType({ description: 'Whose demand a purchase request line carries.' })
export class PurchaseDemandSource {
  @Field(() => DemandSourceKind) kind!: DemandSourceKind;
  @Field(() => DepartmentRef, { nullable: true }) department!: DepartmentRef | null;
  @Field(() => ID, { nullable: true }) requisitionId!: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'The request or order a line duplicates.' })
export class PurchaseDuplicate {
  @Field(() => DuplicateKind) kind!: DuplicateKind;
  @Field(() => ID) documentId!: string;
  @Field(() => String) documentNumber!: string;
  @Field(() => Int, { description: 'What that document still has to order, or still has coming, when this line was raised.' }) quantity!: number;
}

@ObjectType()
export class PurchaseRequestLine {
  @Field(() => ID) id!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => Item) item!: Item;
  @Field(() => PurchaseLineStatus) status!: PurchaseLineStatus;
  @Field(() => Int) quantity!: number;
  @Field(() => Int) quantityOrdered!: number;
  @Field(() => Int, { description: 'Still to order (0 for merged or dropped lines).' }) remaining!: number;
  @Field(() => Int, { nullable: true, description: 'Average cost in the warehouse when raised, in fen.' }) estimatedUnitCostFen!: number | null;
  @Field(() => PurchaseDuplicate, { nullable: true }) duplicate!: PurchaseDuplicate | null;
  @Field(() => ID, { nullable: true }) mergedIntoLineId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why a flagged line was kept or dropped.' }) resolutionReason!: string | null;
  @Field(() => String, { nullable: true }) resolvedByName!: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => [PurchaseDemandSource]) sources!: PurchaseDemandSource[];
}

@ObjectType({ description: '采购申请' })
export class PurchaseRequest {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => ID) warehouseId!: string;
  @Field(() => PurchaseRequestStatus) status!: PurchaseRequestStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) neededBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: 'The planner.' }) createdByName!: string;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field(() => Int, { nullable: true, description: 'Estimated value of the open lines in fen; null when an item has no cost yet.' })
  valueFen!: number | null;
  @Field(() => [PurchaseRequestLine]) lines!: PurchaseRequestLine[];
}

@ObjectType()
export class PurchaseOrderLine {
  @Field(() => ID) id!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => ID) purchaseRequestLineId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantityOrdered!: number;
  @Field(() => Int) quantityAccepted!: number;
  @Field(() => Int, { description: 'Rejected at inspection so far; still owed unless the order is closed.' }) quantityRejected!: number;
  @Field(() => Int) outstanding!: number;
  @Field(() => Int) unitPriceFen!: number;
  @Field(() => ID, { nullable: true }) contractId!: string | null;
  @Field(() => Int, { nullable: true, description: 'The contract price when ordered; null off contract.' }) contractPriceFen!: number | null;
  @Field(() => ID, { nullable: true }) priceExceptionId!: string | null;
  @Field(() => Date, { nullable: true }) receivedInFullAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Accepted in full on or before the expected date; null while not.' }) onTime!: boolean | null;
}

@ObjectType({ description: 'One inspected batch of a delivery (验收).' })
export class PurchaseReceiptBatch {
  @Field(() => ID) purchaseOrderLineId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => RejectionReason, { nullable: true }) rejectionReason!: RejectionReason | null;
  @Field(() => String, { nullable: true }) rejectionNote!: string | null;
  @Field(() => ID, { nullable: true, description: 'The stock lot the accepted units became.' }) lotId!: string | null;
}

@ObjectType({ description: '验收入库单: a delivery inspected against the order.' })
export class PurchaseReceipt {
  @Field(() => ID) goodsReceiptId!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String) receivedByName!: string;
  @Field(() => String, { nullable: true }) deliveryNoteNo!: string | null;
  @Field(() => String, { nullable: true }) invoiceNo!: string | null;
  @Field(() => [PurchaseReceiptBatch]) batches!: PurchaseReceiptBatch[];
}

@ObjectType({ description: '采购订单' })
export class PurchaseOrder {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => CampusRef) campus!: CampusRef;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) supplierId!: string;
  @Field(() => PurchaseOrderStatus) status!: PurchaseOrderStatus;
  @Field(() => String) expectedOn!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) orderedAt!: Date;
  @Field(() => String, { description: 'The purchaser.' }) orderedByName!: string;
  @Field(() => Date, { nullable: true }) receivedInFullAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closeReason!: string | null;
  @Field(() => Int, { description: 'Ordered value at the order prices, in fen.' }) totalFen!: number;
  @Field(() => [PurchaseOrderLine]) lines!: PurchaseOrderLine[];
  @Field(() => [PurchaseReceipt]) receipts!: PurchaseReceipt[];
}

@ObjectType({ description: '采购需求建议: one item’s demand a planner may put on a purchase request.' })
export class PurchaseDemandSuggestion {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => [PurchaseDemandSource]) sources!: PurchaseDemandSource[];
}

export const PurchaseRequestConnection = Connection(PurchaseRequest, 'PurchaseRequest');
export const PurchaseOrderConnection = Connection(PurchaseOrder, 'PurchaseOrder');
