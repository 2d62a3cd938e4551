import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    '采购指标 (purchasing KPIs) of one campus-month: duplicates avoided, order cycle, supplier on-time delivery, price against contract. See docs/materials.md, "KPIs".',
})
export class PurchasingKpis {
  @Field(() => Int, { description: '疑似重复: request lines raised in the month that duplicated a request or order under way (merged or flagged).' })
  duplicatesFlagged!: number;
  @Field(() => Int, { description: 'Of those, merged into a request still awaiting approval (one purchase instead of two).' }) duplicatesMerged!: number;
  @Field(() => Int, { description: 'Flagged lines the planner dropped in the month: purchases not made twice.' }) duplicatesDropped!: number;
  @Field(() => Int, { description: '避免重复采购: merged + dropped.' }) duplicatesAvoided!: number;
  @Field(() => Float, { description: 'Value of the dropped lines at the warehouse’s average cost when raised, fen.' }) duplicatesAvoidedValueFen!: number;
  @Field(() => Int, { description: 'Orders accepted in full in the month.' }) ordersReceivedInFull!: number;
  @Field(() => Float, { nullable: true, description: '采购周期: average days from order to the last accepted delivery, of those orders.' })
  averagePoCycleDays!: number | null;
  @Field(() => Int, { description: 'Order lines due in the month (expected date in it and passed, or complete), orders not cancelled.' }) linesDue!: number;
  @Field(() => Int, { description: 'Of those, accepted in full by the end of the expected date.' }) linesOnTime!: number;
  @Field(() => Float, { nullable: true, description: '供应商按时到货率: linesOnTime / linesDue.' }) supplierOnTimeRate!: number | null;
  @Field(() => Float, { description: 'Ordered in the month at order prices, lines with a contract price, fen.' }) contractedOrderedFen!: number;
  @Field(() => Float, { description: 'The same lines at their contract prices, fen.' }) contractBasisFen!: number;
  @Field(() => Float, { description: 'contractedOrderedFen − contractBasisFen: negative when bought below contract.' }) priceVarianceFen!: number;
  @Field(() => Float, { nullable: true, description: '合同价差率: priceVarianceFen / contractBasisFen.' }) priceVarianceVsContract!: number | null;
  @Field(() => Float, { description: '合同外采购: ordered in the month with no contract price, fen.' }) offContractFen!: number;
  @Field(() => Int, { description: 'Lines ordered in the month above their contract price (each under an approved exception).' }) aboveContractLines!: number;
}
