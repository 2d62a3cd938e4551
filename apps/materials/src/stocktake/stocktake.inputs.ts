import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ItemCategory } from '../catalogue/item';
import { StocktakeScope } from './stocktake-lifecycle';

@InputType()
export class StartStocktakeInput {
  @Field(() => ID) warehouseId!: string;
  @Field(() => StocktakeScope) scope!: StocktakeScope;
  @Field(() => [ID], { nullable: true, description: 'CYCLE: items to count (e.g. the A-class items counted weekly).' }) itemIds?: string[] | null;
  @Field(() => [ItemCategory], { nullable: true, description: 'CYCLE: categories whose items with stock or a stock policy are counted.' })
  categories?: ItemCategory[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class StocktakeCountInput {
  @Field(() => ID) itemId!: string;
  @Field(() => ID, { nullable: true, description: 'The lot counted, for items tracking expiry (counted lot by lot); left out for other items.' })
  lotId?: string | null;
  @Field(() => Int, { description: 'What is on the shelf: a whole number, 0 or more.' }) countedQuantity!: number;
}

@InputType()
export class RecordStocktakeCountsInput {
  @Field(() => ID) stocktakeId!: string;
  @Field(() => [StocktakeCountInput], { description: 'A line counted again replaces its earlier count (the earlier ones stay in its history).' })
  counts!: StocktakeCountInput[];
}
