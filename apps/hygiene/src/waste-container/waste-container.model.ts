import { Directive, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { isReusable, WASTE_CATEGORY_ZH, WasteCategory, WasteContainerKind } from './waste-category';
import { WasteContainerRow } from './waste-container.entity';
import { WasteLabels } from './waste-labels';

registerEnumType(WasteCategory, { name: 'WasteCategory', description: '医疗废物类别', valuesMap: describedValues(WASTE_CATEGORY_ZH) });
registerEnumType(WasteContainerKind, { name: 'WasteContainerKind', description: 'BAG = 包装袋, SHARPS_BOX = 利器盒, BIN = 周转箱 (reusable)' });

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'A QR-labelled medical waste container (医疗废物容器) issued to a ward for one category.' })
@Directive('@key(fields: "id")')
export class WasteContainer {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => WasteContainerKind) kind!: WasteContainerKind;
  @Field(() => Boolean, { description: 'A bin is collected again once its last load was transferred; a bag or box only once.' }) reusable!: boolean;
  @Field(() => String, { description: 'What the QR label encodes; the collector scans it at the ward.' }) labelCode!: string;
  @Field(() => Date) createdAt!: Date;
}

export const WasteContainerConnection = Connection(WasteContainer, 'WasteContainer');

export function toWasteContainer(row: WasteContainerRow, labels: WasteLabels): WasteContainer {
  return Object.assign(new WasteContainer(), {
    id: row.id,
    campusId: row.campusId,
    departmentId: row.departmentId,
    category: row.category,
    kind: row.kind,
    reusable: isReusable(row.kind),
    labelCode: labels.codeOf(row.id),
    createdAt: row.createdAt,
  });
}
