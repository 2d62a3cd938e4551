import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { describedValues } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';
import { ADJUSTMENT_REASON_LABELS_ZH, AdjustmentReason } from './adjustment-rules';

registerEnumType(AdjustmentReason, { name: 'AdjustmentReason', description: '调整原因', valuesMap: describedValues(ADJUSTMENT_REASON_LABELS_ZH) });

@ObjectType('StockAdjustmentLine')
export class StockAdjustmentLine {
  @Field(() => Int) lineNo!: number;
  @Field(() => Item) item!: Item;
  @Field(() => ID, { description: 'The lot named in the adjustment.' }) countedLotId!: string;
  @Field(() => ID, { description: 'The lot whose balance changed: the counted lot, or the new lot a positive delta opened.' }) lotId!: string;
  @Field(() => Int) quantityDelta!: number;
  @Field(() => Int, { description: 'Unit cost in fen (分) of the lot.' }) unitCostFen!: number;
}

@ObjectType('StockAdjustment', { description: '调整单: lots counted or written off in a warehouse, with the reason.' })
export class StockAdjustment {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => AdjustmentReason) reason!: AdjustmentReason;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) adjustedAt!: Date;
  @Field(() => String) adjustedByName!: string;
  @Field(() => [StockAdjustmentLine]) lines!: StockAdjustmentLine[];
}
