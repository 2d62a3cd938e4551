import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AdjustmentReason } from './adjustment-rules';

@InputType()
export class StockAdjustmentLineInput {
  @Field(() => ID, { description: 'The lot counted or written off.' }) lotId!: string;
  @Field(() => Int, { description: 'Negative takes from the lot; positive opens a new lot like it (found stock). Never 0.' }) quantityDelta!: number;
}

@InputType()
export class AdjustStockInput {
  @Field(() => ID) warehouseId!: string;
  @Field(() => AdjustmentReason) reason!: AdjustmentReason;
  @Field(() => String, { nullable: true, description: 'Required for OTHER.' }) note?: string | null;
  @Field(() => [StockAdjustmentLineInput]) lines!: StockAdjustmentLineInput[];
}
