import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { ItemCategory } from '../catalogue/item';
import { Item } from '../catalogue/item.model';
import { StocktakeScope, StocktakeStatus } from './stocktake-lifecycle';

registerEnumType(StocktakeStatus, {
  name: 'StocktakeStatus',
  description: '盘点单状态',
  valuesMap: describedValues({
    COUNTING: '盘点中: counts are entered blind',
    REVIEW: '待审核: counting finished; the variance report waits for the materials office',
    APPROVED: '已审核: the variances were booked as one adjustment',
    CANCELLED: '已取消: abandoned, nothing booked',
  }),
});
registerEnumType(StocktakeScope, {
  name: 'StocktakeScope',
  valuesMap: describedValues({
    FULL: '全盘: every item with stock or a stock policy in the warehouse',
    CYCLE: '循环盘点: the items and categories named',
  }),
});

const HIDDEN = 'Null while counting and for counters (blind count, 盲盘): storekeepers and whoever entered counts on this stocktake.';

@ObjectType('StocktakeCount', { description: 'A count entered on a line; the latest one counts.' })
export class StocktakeCount {
  @Field(() => Int) countedQuantity!: number;
  @Field(() => Date) countedAt!: Date;
  @Field(() => String) countedByName!: string;
  @Field(() => Boolean, { description: 'Not counted: taken as 0 when counting was finished.' }) missingAsZero!: boolean;
}

@ObjectType('StocktakeLine', { description: 'A line of the count sheet (盘点表): a lot of an item tracking expiry, or an item counted as a whole.' })
export class StocktakeLine {
  @Field(() => Int) lineNo!: number;
  @Field(() => Item) item!: Item;
  @Field(() => ID, { nullable: true, description: 'The lot to count; null: count the item as a whole.' }) lotId!: string | null;
  @Field(() => String, { nullable: true }) batchNo!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) expiresOn!: string | null;
  @Field(() => Date, { nullable: true }) lotReceivedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'The latest count; null until counted.' }) countedQuantity!: number | null;
  @Field(() => Date, { nullable: true }) countedAt!: Date | null;
  @Field(() => String, { nullable: true }) countedByName!: string | null;
  @Field(() => [StocktakeCount], { description: 'Every count entered, oldest first.' }) counts!: StocktakeCount[];
  @Field(() => Int, { nullable: true, description: `Book quantity at the snapshot. ${HIDDEN}` }) bookQuantity!: number | null;
  @Field(() => Int, { nullable: true, description: `Net movements booked between the snapshot and the count (issues during the count). ${HIDDEN}` })
  movementsSinceSnapshot!: number | null;
  @Field(() => Int, { nullable: true, description: `Expected = snapshot + movements since: the ledger when the count was entered. ${HIDDEN}` })
  expectedQuantity!: number | null;
  @Field(() => Int, { nullable: true, description: `Counted − expected: 盘盈 (+) or 盘亏 (−). ${HIDDEN}` }) varianceQuantity!: number | null;
  @Field(() => Int, { nullable: true, description: `The lot's unit cost in fen; null for an item counted as a whole. ${HIDDEN}` }) unitCostFen!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Variance at cost in fen: the counted lot's cost, or for an item counted as a whole the lots it is booked against (shortfall oldest first, surplus at the newest lot's cost). ${HIDDEN}`,
  })
  varianceValueFen!: number | null;
}

@ObjectType('StocktakeAccuracy', { description: '账物相符率 of one stocktake.' })
export class StocktakeAccuracy {
  @Field(() => Int) itemsCounted!: number;
  @Field(() => Int, { description: 'Items whose every line counted what the books expected.' }) itemsMatched!: number;
  @Field(() => Float, { nullable: true, description: 'itemsMatched / itemsCounted.' }) itemAccuracy!: number | null;
  @Field(() => Float, { description: 'Value at cost of the expected quantities, fen.' }) bookValueFen!: number;
  @Field(() => Float, { description: 'Sum of the absolute variance values, fen.' }) varianceValueFen!: number;
  @Field(() => Float, { nullable: true, description: '1 − varianceValueFen / bookValueFen (not below 0); null when the books held nothing.' })
  valueAccuracy!: number | null;
}

@ObjectType('Stocktake', { description: '盘点单: a count of one warehouse against a snapshot of its books.' })
export class Stocktake {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'PD-YYYYMMDD-NNNNNN' }) number!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => StocktakeScope) scope!: StocktakeScope;
  @Field(() => [ID], { description: 'A cycle count’s named items.' }) itemIds!: string[];
  @Field(() => [ItemCategory], { description: 'A cycle count’s categories.' }) categories!: ItemCategory[];
  @Field(() => StocktakeStatus) status!: StocktakeStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { description: 'When the books were snapshotted (the start).' }) snapshotAt!: Date;
  @Field(() => String) startedByName!: string;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) finishedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) approvedByName!: string | null;
  @Field(() => String, { nullable: true }) approvalComment!: string | null;
  @Field(() => ID, { nullable: true, description: 'The adjustment (reason COUNT_DIFFERENCE) the variances were booked as; null when nothing differed.' })
  stockAdjustmentId!: string | null;
  @Field(() => Date, { nullable: true }) rejectedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectedByName!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was last sent back for a recount.' }) rejectionReason!: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Int) lineCount!: number;
  @Field(() => Int) countedLineCount!: number;
  @Field(() => Boolean, { description: 'Whether book quantities and variances are shown to the caller (not while counting, never to counters).' })
  booksVisible!: boolean;
  @Field(() => [StocktakeLine]) lines!: StocktakeLine[];
  @Field(() => StocktakeAccuracy, { nullable: true, description: `Once counting has finished. ${HIDDEN}` }) accuracy!: StocktakeAccuracy | null;
}

export const StocktakeConnection = Connection(Stocktake, 'Stocktake');
