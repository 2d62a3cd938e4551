import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { InspectionRemedy } from './inspection-remedy';
import { SheetItemKind } from './score-sheet';

@InputType()
export class SheetItemInput {
  @Field(() => String, { description: 'Stable within the sheet: lower-case letters, digits and -.' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => SheetItemKind) kind!: SheetItemKind;
  @Field(() => Int, { description: 'Points, 1–100.' }) weight!: number;
  @Field(() => Int, { nullable: true, description: 'ATP items only: the highest passing reading (RLU).' }) maxRlu?: number | null;
  @Field(() => Int, { nullable: true, description: 'Fluorescent items only: the lowest passing clearance rate (%).' }) minClearancePercent?: number | null;
}

@InputType()
export class SetInspectionSheetInput {
  @Field(() => ID) campusId!: string;
  @Field(() => String, { description: 'The ZoneKind the sheet scores (OPERATING_THEATRE, ICU, WARD, …).' }) zoneKind!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'The score (of 100) at or above which an inspection passes.' }) passScore!: number;
  @Field(() => [SheetItemInput]) items!: SheetItemInput[];
}

@InputType({ description: 'One reading per item of the sheet: `ok` for CHECK, `rlu` for ATP, `marked` and `removed` for FLUORESCENT.' })
export class ItemReadingInput {
  @Field(() => String) itemKey!: string;
  @Field(() => Boolean, { nullable: true }) ok?: boolean | null;
  @Field(() => Int, { nullable: true }) rlu?: number | null;
  @Field(() => Int, { nullable: true }) marked?: number | null;
  @Field(() => Int, { nullable: true }) removed?: number | null;
  @Field(() => ID, { nullable: true, description: 'Failed items: where (may be left out when the zone covers one location).' }) locationId?: string | null;
  @Field(() => InspectionRemedy, { nullable: true, description: 'Failed items: required.' }) remedy?: InspectionRemedy | null;
  @Field(() => String, { nullable: true, description: 'REPAIR only: the maintenance trade (PLUMBING, ELECTRICAL, …).' }) repairCategory?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [String], { nullable: true, description: 'Object-storage keys of photos of this item.' }) photoKeys?: string[] | null;
}

@InputType()
export class RecordInspectionInput {
  @Field(() => ID) zoneId!: string;
  @Field(() => Date, { nullable: true, description: 'When it was inspected (a paper sheet entered later: up to 31 days back); now when left out.' })
  inspectedAt?: Date | null;
  @Field(() => [ItemReadingInput]) items!: ItemReadingInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => [String], { nullable: true, description: 'Object-storage keys of photos of the zone.' }) photoKeys?: string[] | null;
}

@ArgsType()
export class InspectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this campus (else every campus the caller may see).' }) campusId?: string | null;
  @Field(() => ID, { nullable: true }) zoneId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only failed (true) or passed (false) inspections.' }) failed?: boolean | null;
}

@ArgsType()
export class InspectionSheetsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) campusId?: string | null;
}

@ArgsType()
export class MonthlyInspectionScoresArgs {
  @Field(() => String, { description: 'YYYY-MM, on the Beijing calendar.' }) month!: string;
  @Field(() => ID, { nullable: true }) campusId?: string | null;
}
