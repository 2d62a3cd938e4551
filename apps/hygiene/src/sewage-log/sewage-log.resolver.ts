import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_KEEPERS, HYGIENE_READERS } from '../hygiene.roles';
import { RecordSewageLog } from './record-sewage-log.use-case';
import { SetSewageStation } from './set-sewage-station.use-case';
import { RecordSewageLogInput, SetSewageStationInput, SewageLogsArgs } from './sewage-log.inputs';
import { SewageLog, SewageLogConnection, SewageStation, toSewageLog, toSewageStation } from './sewage-log.model';
import { SewageLogRepository } from './sewage-log.repository';

@Resolver(() => SewageLog)
export class SewageLogResolver {
  constructor(
    private readonly repository: SewageLogRepository,
    private readonly recordSewageLogUseCase: RecordSewageLog,
    private readonly setSewageStationUseCase: SetSewageStation,
  ) {}

  @Query(() => SewageLogConnection, { description: 'Sewage station logs of the campuses the caller may see, newest first.' })
  @Roles(...HYGIENE_READERS)
  sewageLogs(@CurrentIdentity() identity: Identity, @Args() args: SewageLogsArgs): Promise<Page<SewageLog>> {
    return this.repository.list(identity, args, toSewageLog);
  }

  @Query(() => SewageLog)
  @Roles(...HYGIENE_READERS)
  async sewageLog(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<SewageLog> {
    return toSewageLog(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<SewageLog | null> {
    if (!context.identity) return null;
    return toSewageLog(await this.repository.findVisible(context.identity, reference.id));
  }

  @Query(() => SewageStation, { nullable: true, description: "The campus's sewage station; null when it has none." })
  @Roles(...HYGIENE_READERS)
  async sewageStation(@CurrentIdentity() identity: Identity, @Args('campusId', { type: () => ID }) campusId: string): Promise<SewageStation | null> {
    const row = await this.repository.station(identity, campusId);
    return row && toSewageStation(row);
  }

  @Mutation(() => SewageStation, { description: 'Sets up a campus’s sewage station: the standard (GB 18466-2005 table 2), hours and limits.' })
  @Roles(...HYGIENE_KEEPERS)
  async setSewageStation(@CurrentIdentity() identity: Identity, @Args('input') input: SetSewageStationInput): Promise<SewageStation> {
    return toSewageStation(await this.setSewageStationUseCase.execute(identity, input));
  }

  @Mutation(() => SewageLog, { description: 'Records a day of the sewage station, checked against its limits.' })
  @Roles(...HYGIENE_KEEPERS)
  async recordSewageLog(@CurrentIdentity() identity: Identity, @Args('input') input: RecordSewageLogInput): Promise<SewageLog> {
    return toSewageLog(await this.recordSewageLogUseCase.execute(identity, input));
  }
}
