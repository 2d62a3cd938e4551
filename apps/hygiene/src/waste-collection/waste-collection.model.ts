import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, describedValues } from '@houqin/platform-graphql';
import { WasteCategory } from '../waste-container/waste-category';
import { hoursHeld, isOverdue } from './storage-clock';
import { WasteCollectionRow } from './waste-collection.entity';
import { WasteCollectionAction, WASTE_COLLECTION_LIFECYCLE } from './waste-collection-lifecycle';
import { WasteCollectionStatus } from './waste-collection-status';

registerEnumType(WasteCollectionStatus, {
  name: 'WasteCollectionStatus',
  description: '医疗废物流转状态',
  valuesMap: describedValues(WASTE_COLLECTION_LIFECYCLE.stateLabelsZh()),
});
registerEnumType(WasteCollectionAction, { name: 'WasteCollectionAction' });

@ObjectType({ description: 'One signature of a handover: who, and when.' })
export class WasteSignature {
  @Field(() => ID, { nullable: true, description: 'Null when an administrator entered a paper sheet without a staff record of their own.' }) staffId!:
    string | null;
  @Field(() => String) name!: string;
  @Field(() => Date) at!: Date;
}

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'One load of medical waste (医疗废物收集) from a labelled container, from its ward to the disposal company.' })
@Directive('@key(fields: "id")')
export class WasteCollection {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) containerId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => Int) weightGrams!: number;
  @Field(() => WasteCollectionStatus) status!: WasteCollectionStatus;
  @Field(() => WasteSignature, { description: 'The collector who scanned and weighed it (收集人).' }) collector!: WasteSignature;
  @Field(() => WasteSignature, { nullable: true, description: "The ward's signature (科室交接人); null until signed." }) wardSigner!: WasteSignature | null;
  @Field(() => Date, { nullable: true }) storedAt!: Date | null;
  @Field(() => ID, { nullable: true }) transferId!: string | null;
  @Field(() => Date, { nullable: true }) transferredAt!: Date | null;
  @Field(() => Int, { description: 'Hours since collection, until it was transferred.' }) hoursHeld!: number;
  @Field(() => Boolean, { description: 'Held past 48 h (超期贮存).' }) overdue!: boolean;
  @Field(() => [WasteCollectionAction]) allowedActions!: WasteCollectionAction[];
}

export const WasteCollectionConnection = Connection(WasteCollection, 'WasteCollection');

export function toWasteCollection(row: WasteCollectionRow, now = new Date()): WasteCollection {
  const heldUntil = row.transferredAt ?? now;
  return Object.assign(new WasteCollection(), {
    id: row.id,
    campusId: row.campusId,
    containerId: row.containerId,
    departmentId: row.departmentId,
    category: row.category,
    weightGrams: row.weightGrams,
    status: row.status,
    collector: { staffId: row.collectorStaffId, name: row.collectorName, at: row.collectedAt },
    wardSigner: row.handedOverAt ? { staffId: row.wardSignerStaffId, name: row.wardSignerName ?? '', at: row.handedOverAt } : null,
    storedAt: row.storedAt,
    transferId: row.transferId,
    transferredAt: row.transferredAt,
    hoursHeld: hoursHeld(row.collectedAt, heldUntil),
    overdue: isOverdue(row.collectedAt, heldUntil),
    allowedActions: WASTE_COLLECTION_LIFECYCLE.allowedActions(row.status),
  });
}
