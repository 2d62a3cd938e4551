import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { WarehouseRow } from './warehouse.entity';

@ObjectType('Warehouse', { description: "A campus's store (库房)." })
@Directive('@key(fields: "id")')
export class Warehouse {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

export function toWarehouse(row: WarehouseRow): Warehouse {
  return { id: row.id, campusId: row.campusId, code: row.code, name: row.name };
}
