import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class StockTransferLineInput {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class DispatchStockTransferInput {
  @Field(() => ID, { description: 'The warehouse the stock leaves (the caller’s campus).' }) fromWarehouseId!: string;
  @Field(() => ID, { description: 'The warehouse that will receive it, on this or another campus.' }) toWarehouseId!: string;
  @Field(() => [StockTransferLineInput]) lines!: StockTransferLineInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}
