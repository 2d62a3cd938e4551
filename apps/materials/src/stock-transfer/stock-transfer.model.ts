import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';
import { StockTransferStatus } from './stock-transfer.entity';

registerEnumType(StockTransferStatus, {
  name: 'StockTransferStatus',
  description: '调拨单状态',
  valuesMap: describedValues({ IN_TRANSIT: '在途: dispatched, not yet received', RECEIVED: '已签收: received at the destination' }),
});

@ObjectType('StockTransferLine', { description: 'What one source lot sent; on receipt it becomes one lot at the destination.' })
export class StockTransferLine {
  @Field(() => Int) lineNo!: number;
  @Field(() => Item) item!: Item;
  @Field(() => ID) sourceLotId!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => Int, { description: 'Unit cost in fen (分), the source lot’s.' }) unitCostFen!: number;
  @Field(() => String, { nullable: true, description: 'Expiry date, YYYY-MM-DD.' }) expiresOn!: string | null;
  @Field(() => String, { nullable: true }) batchNo!: string | null;
  @Field(() => Date, { description: 'When the source lot was received; the destination lot keeps it (FIFO age).' }) lotReceivedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The lot opened at the destination; null while in transit.' }) destinationLotId!: string | null;
}

@ObjectType('StockTransfer', { description: '调拨单: stock sent from one warehouse to another; in transit until received.' })
export class StockTransfer {
  @Field(() => ID) id!: string;
  @Field(() => ID) fromWarehouseId!: string;
  @Field(() => ID) toWarehouseId!: string;
  @Field(() => ID) fromCampusId!: string;
  @Field(() => ID) toCampusId!: string;
  @Field(() => StockTransferStatus) status!: StockTransferStatus;
  @Field(() => Date) dispatchedAt!: Date;
  @Field(() => String) dispatchedByName!: string;
  @Field(() => Date, { nullable: true }) receivedAt!: Date | null;
  @Field(() => String, { nullable: true }) receivedByName!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Value of the transfer in fen (分), at the source lots’ unit costs.' }) totalCostFen!: number;
  @Field(() => [StockTransferLine]) lines!: StockTransferLine[];
}

export const StockTransferConnection = Connection(StockTransfer, 'StockTransfer');
