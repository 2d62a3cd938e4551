import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class GoodsReceiptLineInput {
  @Field(() => ID, { nullable: true, description: 'Chosen lot id (group admins only), for imports and demo data.' }) lotId?: string | null;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Unit cost in fen (分).' }) unitCostFen!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expiresOn?: string | null;
  @Field(() => String, { nullable: true }) batchNo?: string | null;
}

@InputType()
export class ReceiveGoodsInput {
  @Field(() => ID, { nullable: true, description: 'Chosen receipt id (group admins only), for imports and demo data.' }) id?: string | null;
  @Field(() => ID) warehouseId!: string;
  @Field(() => String, { nullable: true }) supplierName?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the goods arrived, if booked after the fact (补录); defaults to now.' }) receivedAt?: Date | null;
  @Field(() => [GoodsReceiptLineInput]) lines!: GoodsReceiptLineInput[];
}

@InputType()
export class SetReorderPointInput {
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: '补货点: reorder when available + in transit falls to this; 0 = never.' }) reorderPoint!: number;
  @Field(() => Int, { nullable: true, description: 'Fill up to this when reordering (at least the reorder point); absent = derived from use.' })
  maxLevel?: number | null;
  @Field(() => Int, { nullable: true, description: "The supplier's lead time in days (default 0)." }) leadTimeDays?: number | null;
  @Field(() => Int, { nullable: true, description: '应急储备: days of cover to keep at all times (1–365), e.g. 30 for masks; absent = none.' })
  reserveDays?: number | null;
}
