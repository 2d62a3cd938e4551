import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class StockReturnLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class ReturnStockInput {
  @Field(() => ID, { description: 'The 出库单 the stock was issued on.' }) stockIssueId!: string;
  @Field(() => [StockReturnLineInput]) lines!: StockReturnLineInput[];
  @Field(() => String, { description: 'Why it comes back (unused, wrong item, work order cancelled…).' }) reason!: string;
}
