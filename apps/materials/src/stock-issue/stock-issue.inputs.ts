import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class StockIssueLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class IssueStockInput {
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID, { description: 'The department charged (成本中心).' }) departmentId!: string;
  @Field(() => ID, { nullable: true }) workOrderId?: string | null;
  @Field(() => [StockIssueLineInput]) lines!: StockIssueLineInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}
