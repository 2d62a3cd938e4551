import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { ItemCategory } from './item';
import { ItemRow } from './item.entity';

registerEnumType(ItemCategory, { name: 'ItemCategory', description: 'Catalogue category (备品备件, 低值易耗品, 防护用品, 保洁用品, 办公用品).' });

@ObjectType('Item', { description: 'A catalogue item (物资), group-wide.' })
@Directive('@key(fields: "id")')
export class Item {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Unique code, e.g. VAL-DN20.' }) code!: string;
  @Field(() => String, { description: 'Name in Chinese, e.g. 截止阀 DN20.' }) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { description: 'Unit of issue, e.g. 个, 副, 箱.' }) unit!: string;
  @Field(() => ItemCategory) category!: ItemCategory;
  @Field(() => Boolean, { description: 'Lots carry an expiry date; issues draw first-expired-first-out (FEFO) instead of FIFO.' }) tracksExpiry!: boolean;
  @Field(() => Boolean, { description: '领新交旧: a requisition issues a new unit only for an old one handed back, or within an exemption.' })
  durable!: boolean;
  @Field(() => Boolean) active!: boolean;
}

export const ItemConnection = Connection(Item, 'Item');

export function toItem(row: ItemRow): Item {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    unit: row.unit,
    category: row.category,
    tracksExpiry: row.tracksExpiry,
    durable: row.durable,
    active: row.active,
  };
}
