import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@houqin/platform-graphql';
import { InspectionItemResultRow, InspectionRow, InspectionSheetRow } from './inspection.entity';
import { InspectionRemedy } from './inspection-remedy';
import { SheetItemKind } from './score-sheet';

registerEnumType(SheetItemKind, { name: 'SheetItemKind', description: 'CHECK (inspector), ATP (RLU reading), FLUORESCENT (marker clearance)' });
registerEnumType(InspectionRemedy, { name: 'InspectionRemedy', description: '整改方式: a corrective cleaning task, or a maintenance work order' });

@ObjectType({ description: 'An item of a score sheet.' })
export class SheetItem {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => SheetItemKind) kind!: SheetItemKind;
  @Field(() => Int) weight!: number;
  @Field(() => Int, { nullable: true }) maxRlu!: number | null;
  @Field(() => Int, { nullable: true }) minClearancePercent!: number | null;
}

@ObjectType({ description: "A campus's score sheet (评分表) for one kind of zone." })
export class InspectionSheet {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => String) zoneKind!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) passScore!: number;
  @Field(() => [SheetItem]) items!: SheetItem[];
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'An item of an inspection: the sheet item as it was, and what was found.' })
export class InspectionItemResult {
  @Field(() => ID) id!: string;
  @Field(() => String) itemKey!: string;
  @Field(() => String) label!: string;
  @Field(() => SheetItemKind) kind!: SheetItemKind;
  @Field(() => Int) weight!: number;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => String) finding!: string;
  @Field(() => Int, { nullable: true }) rlu!: number | null;
  @Field(() => Int, { nullable: true }) marked!: number | null;
  @Field(() => Int, { nullable: true }) removed!: number | null;
  @Field(() => ID, { nullable: true }) locationId!: string | null;
  @Field(() => InspectionRemedy, { nullable: true }) remedy!: InspectionRemedy | null;
  @Field(() => String, { nullable: true }) repairCategory!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [String]) photoKeys!: string[];
}

/** The contract with clients: fields are added, never renamed or removed, whatever happens to the table. */
@ObjectType({ description: 'An inspection of a zone (卫生检查), scored against its kind’s sheet.' })
@Directive('@key(fields: "id")')
export class Inspection {
  @Field(() => ID) id!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => ID) zoneId!: string;
  @Field(() => ID) sheetId!: string;
  @Field(() => ID, { nullable: true, description: "The zone's cleaning contractor when it was inspected." }) contractorId!: string | null;
  @Field(() => Float, { description: '0–100.' }) score!: number;
  @Field(() => Boolean) passed!: boolean;
  @Field(() => Int) failedItems!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [String]) photoKeys!: string[];
  @Field(() => Date) inspectedAt!: Date;
  @Field(() => String) inspectorName!: string;
}

export const InspectionConnection = Connection(Inspection, 'Inspection');
export const InspectionSheetConnection = Connection(InspectionSheet, 'InspectionSheet');

@ObjectType({ description: "A zone's inspections in a month." })
export class ZoneMonthlyScore {
  @Field(() => ID) zoneId!: string;
  @Field(() => String) zoneName!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => Int) inspections!: number;
  @Field(() => Float) averageScore!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Int) failedItems!: number;
}

@ObjectType({ description: "The inspections of a cleaning contractor's zones in a month." })
export class ContractorMonthlyScore {
  @Field(() => ID) contractorId!: string;
  @Field(() => String) contractorName!: string;
  @Field(() => ID) campusId!: string;
  @Field(() => Int) inspections!: number;
  @Field(() => Float) averageScore!: number;
  @Field(() => Int) passed!: number;
  @Field(() => Int) failedItems!: number;
}

export function toInspectionSheet(row: InspectionSheetRow): InspectionSheet {
  const { id, campusId, zoneKind, name, passScore, updatedAt } = row;
  return Object.assign(new InspectionSheet(), {
    id,
    campusId,
    zoneKind,
    name,
    passScore,
    updatedAt,
    items: row.items.map((i) => Object.assign(new SheetItem(), i)),
  });
}

export function toInspection(row: InspectionRow): Inspection {
  const { id, campusId, zoneId, sheetId, contractorId, score, passed, failedItems, note, photoKeys, inspectedAt, inspectorName } = row;
  return Object.assign(new Inspection(), {
    id,
    campusId,
    zoneId,
    sheetId,
    contractorId,
    score,
    passed,
    failedItems,
    note,
    photoKeys,
    inspectedAt,
    inspectorName,
  });
}

export function toInspectionItemResult(row: InspectionItemResultRow): InspectionItemResult {
  const { id, itemKey, label, weight, passed, finding, rlu, marked, removed, locationId, repairCategory, note, photoKeys } = row;
  return Object.assign(new InspectionItemResult(), {
    ...{ id, itemKey, label, weight, passed, finding, rlu, marked, removed, locationId, repairCategory, note, photoKeys },
    kind: row.kind as SheetItemKind,
    remedy: row.remedy as InspectionRemedy | null,
  });
}
