import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_INSPECTORS, HYGIENE_READERS } from '../hygiene.roles';
import { InspectionsArgs, InspectionSheetsArgs, MonthlyInspectionScoresArgs, RecordInspectionInput, SetInspectionSheetInput } from './inspection.inputs';
import {
  ContractorMonthlyScore,
  Inspection,
  InspectionConnection,
  InspectionItemResult,
  InspectionSheet,
  InspectionSheetConnection,
  toInspection,
  toInspectionItemResult,
  toInspectionSheet,
  ZoneMonthlyScore,
} from './inspection.model';
import { InspectionRepository } from './inspection.repository';
import { MonthlyInspectionScoresQuery } from './monthly-inspection-scores.query';
import { RecordInspection } from './record-inspection.use-case';
import { SetInspectionSheet } from './set-inspection-sheet.use-case';

@Resolver(() => Inspection)
export class InspectionResolver {
  constructor(
    private readonly repository: InspectionRepository,
    private readonly scores: MonthlyInspectionScoresQuery,
    private readonly recordInspectionUseCase: RecordInspection,
    private readonly setInspectionSheetUseCase: SetInspectionSheet,
  ) {}

  @Query(() => InspectionConnection, { description: 'Inspections of the campuses the caller may see, latest entered first.' })
  @Roles(...HYGIENE_READERS)
  inspections(@CurrentIdentity() identity: Identity, @Args() args: InspectionsArgs): Promise<Page<Inspection>> {
    return this.repository.list(identity, args, toInspection);
  }

  @Query(() => Inspection)
  @Roles(...HYGIENE_READERS)
  async inspection(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Inspection> {
    return toInspection(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Inspection | null> {
    if (!context.identity) return null;
    return toInspection(await this.repository.findVisible(context.identity, reference.id));
  }

  @ResolveField(() => [InspectionItemResult], { description: 'Every item of the sheet, in its order, with what was found.' })
  async items(@Parent() inspection: Inspection, @Context() context: RequestContext): Promise<InspectionItemResult[]> {
    const rows = await batchLoad(context, 'Inspection.items', inspection.id, async (ids: string[]) =>
      groupBy(await this.repository.itemsOf(ids), (row) => row.inspectionId),
    );
    return (rows ?? []).map(toInspectionItemResult);
  }

  @Query(() => InspectionSheetConnection, { description: 'The score sheets of the campuses the caller may see.' })
  @Roles(...HYGIENE_READERS)
  inspectionSheets(@CurrentIdentity() identity: Identity, @Args() args: InspectionSheetsArgs): Promise<Page<InspectionSheet>> {
    return this.repository.sheets(identity, args, toInspectionSheet);
  }

  @Query(() => [ZoneMonthlyScore], { description: 'Inspection scores per zone in a month (Beijing calendar).' })
  @Roles(...HYGIENE_READERS)
  zoneMonthlyInspectionScores(@CurrentIdentity() identity: Identity, @Args() args: MonthlyInspectionScoresArgs): Promise<ZoneMonthlyScore[]> {
    return this.scores.perZone(identity, args);
  }

  @Query(() => [ContractorMonthlyScore], { description: "Inspection scores of each cleaning contractor's zones in a month (Beijing calendar)." })
  @Roles(...HYGIENE_READERS)
  contractorMonthlyInspectionScores(@CurrentIdentity() identity: Identity, @Args() args: MonthlyInspectionScoresArgs): Promise<ContractorMonthlyScore[]> {
    return this.scores.perContractor(identity, args);
  }

  @Mutation(() => InspectionSheet, { description: "Sets or replaces the campus's score sheet for a kind of zone." })
  @Roles(...HYGIENE_INSPECTORS)
  async setInspectionSheet(@CurrentIdentity() identity: Identity, @Args('input') input: SetInspectionSheetInput): Promise<InspectionSheet> {
    return toInspectionSheet(await this.setInspectionSheetUseCase.execute(identity, input));
  }

  @Mutation(() => Inspection, { description: 'Records an inspection of a zone; each failed item opens a corrective cleaning task or a work order.' })
  @Roles(...HYGIENE_INSPECTORS)
  async recordInspection(@CurrentIdentity() identity: Identity, @Args('input') input: RecordInspectionInput): Promise<Inspection> {
    return toInspection(await this.recordInspectionUseCase.execute(identity, input));
  }
}
