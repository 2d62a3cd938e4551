import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { describedValues } from '@houqin/platform-graphql';
import { DemandSourceKind } from './purchase-request-rules';
import { RejectionReason } from './purchase-order-rules';

registerEnumType(DemandSourceKind, {
  name: 'PurchaseDemandSourceKind',
  description: '需求来源',
  valuesMap: describedValues({
    DEPARTMENT: '科室需求: a department asked for it (departmentId)',
    REQUISITION_BACKORDER: '申领欠发: an approved requisition the store cannot fill (requisitionId)',
    REPLENISHMENT: '补货建议: the warehouse is at its reorder point or short of its reserve',
  }),
});
registerEnumType(RejectionReason, {
  name: 'ReceiptRejectionReason',
  description: '拒收原因',
  valuesMap: describedValues({
    DAMAGED: '破损',
    QUALITY: '质量不合格 (spec, certificate or inspection failed)',
    SHORT_DATED: '近效期或过期',
    WRONG_ITEM: '货品不符',
    EXCESS: '超量: more than the order still owes',
    OTHER: '其他 (say what in the note)',
  }),
});

@InputType()
export class PurchaseDemandInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => DemandSourceKind) source!: DemandSourceKind;
  @Field(() => ID, { nullable: true, description: 'For DEPARTMENT: the department of the warehouse’s campus that needs it.' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For REQUISITION_BACKORDER: the approved requisition waiting for it.' }) requisitionId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class CreatePurchaseRequestInput {
  @Field(() => ID, { description: 'The warehouse the goods are for.' }) warehouseId!: string;
  @Field(() => [PurchaseDemandInput], { description: 'Demands; several for one item (e.g. from several departments) become one line.' })
  demands!: PurchaseDemandInput[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) neededBy?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ResolvePurchaseDuplicateInput {
  @Field(() => ID) purchaseRequestLineId!: string;
  @Field(() => Boolean, { description: 'true keeps the line (an additional need, say why); false drops it (the duplicate purchase is avoided).' })
  keep!: boolean;
  @Field(() => String) reason!: string;
}

@InputType()
export class PurchaseOrderLineInput {
  @Field(() => ID, { description: 'An open line of an approved purchase request.' }) purchaseRequestLineId!: string;
  @Field(() => Int, { description: 'At most what the request line still has to order.' }) quantity!: number;
  @Field(() => Int) unitPriceFen!: number;
  @Field(() => ID, { nullable: true, description: 'An approved price exception, needed above the contract price or off contract.' })
  priceExceptionId?: string | null;
}

@InputType()
export class CreatePurchaseOrderInput {
  @Field(() => ID) supplierId!: string;
  @Field(() => String, { description: 'Agreed delivery date, YYYY-MM-DD: on-time delivery is measured against it.' }) expectedOn!: string;
  @Field(() => [PurchaseOrderLineInput]) lines!: PurchaseOrderLineInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class InspectedBatchInput {
  @Field(() => ID) purchaseOrderLineId!: string;
  @Field(() => Int, { description: 'Counted at the door; accepted + rejected.' }) delivered!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { nullable: true, description: 'Default 0.' }) rejected?: number | null;
  @Field(() => RejectionReason, { nullable: true }) rejectionReason?: RejectionReason | null;
  @Field(() => String, { nullable: true }) rejectionNote?: string | null;
  @Field(() => String, { nullable: true, description: 'Batch (批号) of the accepted units.' }) batchNo?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for items that track expiry.' }) expiresOn?: string | null;
}

@InputType()
export class ReceivePurchaseOrderInput {
  @Field(() => ID) purchaseOrderId!: string;
  @Field(() => [InspectedBatchInput], { description: 'One per delivered batch; an order line may have several (different batches or expiry dates).' })
  batches!: InspectedBatchInput[];
  @Field(() => String, { nullable: true, description: '随货同行单号' }) deliveryNoteNo?: string | null;
  @Field(() => String, { nullable: true, description: 'The supplier’s invoice number, when it came with the goods.' }) invoiceNo?: string | null;
  @Field(() => Date, { nullable: true, description: 'Default: now; not in the future.' }) receivedAt?: Date | null;
}
