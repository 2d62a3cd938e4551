import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { ItemCategory } from '../catalogue/item';
import { Item, toItem } from '../catalogue/item.model';
import { ItemRow } from '../catalogue/item.entity';
import { GoodsReceiptRow } from './goods-receipt.entity';
import { ReplenishmentReason } from './stock-cover';
import { StockLotRow } from './stock-lot.entity';

registerEnumType(ReplenishmentReason, {
  name: 'ReplenishmentReason',
  valuesMap: describedValues({
    BELOW_REORDER_POINT: '低于补货点: available plus in transit is at or below the reorder point',
    BELOW_RESERVE_COVER: '低于应急储备: stock would not keep the reserve through the lead time',
  }),
});

@ObjectType('StockLot', { description: 'A received batch (批次) of one item, costed at its own unit price.' })
export class StockLot {
  @Field(() => ID) id!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => ID) goodsReceiptId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => String, { nullable: true }) batchNo!: string | null;
  @Field(() => Int) quantityReceived!: number;
  @Field(() => Int) quantityRemaining!: number;
  @Field(() => Int, { description: 'Unit cost in fen (分).' }) unitCostFen!: number;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Expiry date, YYYY-MM-DD.' }) expiresOn!: string | null;
  @Field(() => Boolean, { description: 'Past its expiry date and set aside (过期隔离): never issued or transferred; to be written off.' })
  quarantined!: boolean;
}

export const StockLotConnection = Connection(StockLot, 'StockLot');

@ObjectType('GoodsReceipt', { description: '入库单: a delivery booked into a warehouse.' })
export class GoodsReceipt {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => String, { nullable: true }) supplierName!: string | null;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => [StockLot]) lots!: StockLot[];
}

@ObjectType('StockLevel', { description: "An item's stock in one warehouse." })
export class StockLevel {
  warehouseId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => Int, { description: 'Everything on the shelf, expired lots included.' }) onHand!: number;
  @Field(() => Int, { description: 'What can be issued: on hand less lots past their expiry date.' }) available!: number;
  @Field(() => Int, { description: 'In lots past their expiry date (never issued; to be written off).' }) expired!: number;
  @Field(() => Float, { description: 'Value at cost, in fen: each lot at its own unit cost (cost layers).' }) valueFen!: number;
  @Field(() => Int, { description: 'On its way here from another warehouse: dispatched, not yet received (在途).' }) inTransit!: number;
  @Field(() => Int, {
    description: '已订未到: still owed on open purchase orders, plus requested on open purchase requests and not yet ordered.',
  })
  onOrder!: number;
  @Field(() => Int, { nullable: true }) reorderPoint!: number | null;
  @Field(() => Boolean, { description: 'Available stock is below the reorder point.' }) belowReorderPoint!: boolean;
  @Field(() => Int, { nullable: true, description: 'Fill up to this when reordering.' }) maxLevel!: number | null;
  @Field(() => Int, { description: "The supplier's lead time in days." }) leadTimeDays!: number;
  @Field(() => Int, { nullable: true, description: '应急储备: days of cover to keep at all times.' }) reserveDays!: number | null;
  @Field(() => Float, { description: 'Net units used per day by departments (issues less returns) over the last 90 days.' }) averageDailyUse!: number;
  @Field(() => Float, { nullable: true, description: '可用天数: available stock in days of use; null when nothing is being used.' }) daysOfCover!:
    number | null;
  @Field(() => String, { nullable: true, description: 'The date (Beijing) available stock runs out at that rate.' }) projectedStockOutOn!: string | null;
  @Field(() => Boolean, { description: 'Days of cover are below the reserve.' }) belowReserve!: boolean;
}

@ObjectType('ReplenishmentSuggestion', { description: '补货建议: an item to reorder for a warehouse, and how much.' })
export class ReplenishmentSuggestion {
  @Field(() => StockLevel) level!: StockLevel;
  @Field(() => [ReplenishmentReason]) reasons!: ReplenishmentReason[];
  @Field(() => Int, { description: 'Up to the max level (or lead time + reserve + a month of use), less available and in transit.' })
  suggestedQuantity!: number;
}

@ObjectType('StockPosition', { description: "An item's stock in a warehouse at a moment, from the ledger." })
export class StockPosition {
  @Field(() => Item) item!: Item;
  @Field(() => Int) quantity!: number;
  @Field(() => Float, { description: 'Value at cost in fen, each unit at the cost of the lot it is in.' }) valueFen!: number;
}

@ObjectType('StockValuation', { description: 'Stock value at cost (by cost layers) of a warehouse and catalogue category, at a moment.' })
export class StockValuation {
  @Field(() => ID) warehouseId!: string;
  @Field(() => ItemCategory) category!: ItemCategory;
  @Field(() => Int) quantity!: number;
  @Field(() => Float, { description: 'Fen.' }) valueFen!: number;
}

export function toStockLot(row: StockLotRow, item: ItemRow): StockLot {
  return {
    id: row.id,
    warehouseId: row.warehouseId,
    goodsReceiptId: row.goodsReceiptId,
    item: toItem(item),
    batchNo: row.batchNo,
    quantityReceived: row.quantityReceived,
    quantityRemaining: row.quantityRemaining,
    unitCostFen: row.unitCostFen,
    receivedAt: row.receivedAt,
    expiresOn: row.expiresOn,
    quarantined: Boolean(row.quarantinedAt),
  };
}

export function toGoodsReceipt(row: GoodsReceiptRow, lots: StockLot[]): GoodsReceipt {
  return { id: row.id, campusId: row.campusId, warehouseId: row.warehouseId, supplierName: row.supplierName, receivedAt: row.receivedAt, lots };
}
