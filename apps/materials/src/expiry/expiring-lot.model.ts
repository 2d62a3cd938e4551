import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { Item } from '../catalogue/item.model';

@ObjectType('ExpiringLot', { description: '近效期: a lot with stock near or past its expiry date.' })
export class ExpiringLot {
  @Field(() => ID) lotId!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) warehouseId!: string;
  @Field(() => Item) item!: Item;
  @Field(() => String, { nullable: true }) batchNo!: string | null;
  @Field(() => String, { description: 'Last usable day, YYYY-MM-DD (Beijing time).' }) expiresOn!: string;
  @Field(() => Int, { description: 'Days the lot stays usable after today: 0 on its expiry date, negative once expired.' }) daysLeft!: number;
  @Field(() => Int, { description: 'What the lot holds.' }) quantity!: number;
  @Field(() => Int, { description: 'Unit cost in fen (分).' }) unitCostFen!: number;
  @Field(() => Float, { description: 'Value at cost in fen: quantity × unit cost.' }) valueFen!: number;
  @Field(() => Boolean, { description: 'Past its expiry date: never issued.' }) expired!: boolean;
  @Field(() => Boolean, { description: 'Set aside by the expiry job (过期隔离), waiting to be written off.' }) quarantined!: boolean;
}

export const ExpiringLotConnection = Connection(ExpiringLot, 'ExpiringLot');
