import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { WasteCategory } from '../waste-container/waste-category';

@ObjectType({ description: 'One load in the temporary store at the ledger’s moment.' })
export class WasteStoreLoad {
  @Field(() => ID) collectionId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => Int) weightGrams!: number;
  @Field(() => Date) collectedAt!: Date;
  @Field(() => Date) storedAt!: Date;
  @Field(() => Int, { description: 'Hours since collection at the ledger’s moment.' }) hoursHeld!: number;
  @Field(() => Boolean, { description: 'Held past 48 h (超期贮存).' }) overdue!: boolean;
}

@ObjectType({ description: 'One category’s line of the store ledger.' })
export class WasteStoreCategoryLine {
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => Int) count!: number;
  @Field(() => Int) weightGrams!: number;
  @Field(() => Int, { description: 'The oldest load’s hours since collection.' }) oldestHoursHeld!: number;
  @Field(() => Int) overdueCount!: number;
}

@ObjectType({ description: '暂存间台账: what was in a campus’s temporary store at one moment, by category, with ages.' })
export class WasteStoreLedger {
  @Field(() => ID) campusId!: string;
  @Field(() => Date) at!: Date;
  @Field(() => Int) count!: number;
  @Field(() => Int) weightGrams!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => [WasteStoreCategoryLine], { description: 'Categories with something in the store.' }) categories!: WasteStoreCategoryLine[];
  @Field(() => [WasteStoreLoad], { description: 'Oldest first.' }) loads!: WasteStoreLoad[];
}

@ObjectType()
export class WasteCategoryFigures {
  @Field(() => WasteCategory) category!: WasteCategory;
  @Field(() => Int) count!: number;
  @Field(() => Int) weightGrams!: number;
}

@ObjectType({ description: 'A campus’s medical waste in one Beijing month.' })
export class WasteMonthFigures {
  @Field(() => ID) campusId!: string;
  @Field(() => String) month!: string;
  @Field(() => Int, { description: 'Loads collected in the month.' }) collectionCount!: number;
  @Field(() => Int) weightGrams!: number;
  @Field(() => [WasteCategoryFigures]) byCategory!: WasteCategoryFigures[];
  @Field(() => Int, { description: 'Loads collected in the month held past 48 h (to their transfer, or to now if still held).' }) overdueCount!: number;
  @Field(() => Int, { description: 'Transfers in the month.' }) transferCount!: number;
  @Field(() => Int, { description: 'Transfers in the month outside the weight tolerance.' }) discrepancyCount!: number;
  @Field(() => Int, {
    description: 'Occupied bed-days (实际占用总床日数) from the HIS feed: inpatients at each 24:00 census of the month so far, a same-day admission and discharge counting one.',
  })
  occupiedBedDays!: number;
  @Field(() => Float, { nullable: true, description: 'Kilograms of medical waste per occupied bed-day; null when the month has no bed-days (no HIS census).' })
  kgPerOccupiedBedDay!: number | null;
}
