import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ItemCategory } from '../catalogue/item';
import { Connection } from '@houqin/platform-graphql';
import { Item, toItem } from '../catalogue/item.model';
import { ItemRow } from '../catalogue/item.entity';
import { GoodsReceiptRow } from './goods-receipt.entity';
import { StockLotRow } from './stock-lot.entity';

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
  @Field(() => Int, { nullable: true }) reorderPoint!: number | null;
  @Field(() => Boolean, { description: 'Available stock is at or below the reorder point.' }) belowReorderPoint!: boolean;
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
  };
}

export function toGoodsReceipt(row: GoodsReceiptRow, lots: StockLot[]): GoodsReceipt {
  return { id: row.id, campusId: row.campusId, warehouseId: row.warehouseId, supplierName: row.supplierName, receivedAt: row.receivedAt, lots };
}
