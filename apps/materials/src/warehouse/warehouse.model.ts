import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { describedValues } from '@houqin/platform-graphql';
import { WarehouseKind } from './warehouse-kind';
import { WarehouseRow } from './warehouse.entity';

registerEnumType(WarehouseKind, {
  name: 'WarehouseKind',
  description: '库房类型',
  valuesMap: describedValues({
    CENTRAL: '总库: the campus’s central store, one per campus; completed work orders’ parts are issued from it',
    SECONDARY: '二级库: a ward, emergency or theatre store, stocked by transfers',
  }),
});

@ObjectType('Warehouse', { description: "A campus's store (库房): its central store or a secondary one." })
@Directive('@key(fields: "id")')
export class Warehouse {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => WarehouseKind) kind!: WarehouseKind;
}

export function toWarehouse(row: WarehouseRow): Warehouse {
  return { id: row.id, campusId: row.campusId, code: row.code, name: row.name, kind: row.kind };
}
