import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS, PEST_CONTROL_KEEPERS } from '../hygiene.roles';
import { OpenPestFollowUp } from './open-pest-follow-up.use-case';
import {
  OpenPestFollowUpInput,
  PestControlVisitsArgs,
  PestFollowUpsArgs,
  RecheckPestFollowUpInput,
  RecordPestControlVisitInput,
} from './pest-control-visit.inputs';
import {
  PestControlVisit,
  PestControlVisitConnection,
  PestFollowUp,
  PestFollowUpConnection,
  toPestControlVisit,
  toPestFollowUp,
} from './pest-control-visit.model';
import { PestControlVisitRepository } from './pest-control-visit.repository';
import { RecheckPestFollowUp } from './recheck-pest-follow-up.use-case';
import { RecordPestControlVisit } from './record-pest-control-visit.use-case';

@Resolver(() => PestControlVisit)
export class PestControlVisitResolver {
  constructor(
    private readonly repository: PestControlVisitRepository,
    private readonly recordPestControlVisitUseCase: RecordPestControlVisit,
    private readonly openPestFollowUpUseCase: OpenPestFollowUp,
    private readonly recheckPestFollowUpUseCase: RecheckPestFollowUp,
  ) {}

  @Query(() => PestControlVisitConnection, { description: 'Pest and termite control visits of the campuses the caller may see, newest first.' })
  @Roles(...HYGIENE_READERS)
  pestControlVisits(@CurrentIdentity() identity: Identity, @Args() args: PestControlVisitsArgs): Promise<Page<PestControlVisit>> {
    return this.repository.list(identity, args, toPestControlVisit);
  }

  @Query(() => PestControlVisit)
  @Roles(...HYGIENE_READERS)
  async pestControlVisit(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<PestControlVisit> {
    const { visit, findings } = await this.repository.findVisible(identity, id);
    return toPestControlVisit(visit, findings);
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<PestControlVisit | null> {
    if (!context.identity) return null;
    const { visit, findings } = await this.repository.findVisible(context.identity, reference.id);
    return toPestControlVisit(visit, findings);
  }

  @Query(() => PestFollowUpConnection, { description: 'Follow-ups of pest findings (整改), newest first.' })
  @Roles(...HYGIENE_READERS)
  pestFollowUps(@CurrentIdentity() identity: Identity, @Args() args: PestFollowUpsArgs): Promise<Page<PestFollowUp>> {
    return this.repository.followUps(identity, args, toPestFollowUp);
  }

  @Mutation(() => PestControlVisit, { description: 'Records a contractor’s visit with its findings per area.' })
  @Roles(...PEST_CONTROL_KEEPERS)
  async recordPestControlVisit(@CurrentIdentity() identity: Identity, @Args('input') input: RecordPestControlVisitInput): Promise<PestControlVisit> {
    const { visit, findings } = await this.recordPestControlVisitUseCase.execute(identity, input);
    return toPestControlVisit(visit, findings);
  }

  @Mutation(() => PestFollowUp, { description: 'Opens a follow-up (整改) from a finding.' })
  @Roles(...PEST_CONTROL_KEEPERS)
  async openPestFollowUp(@CurrentIdentity() identity: Identity, @Args('input') input: OpenPestFollowUpInput): Promise<PestFollowUp> {
    return toPestFollowUp(await this.openPestFollowUpUseCase.execute(identity, input));
  }

  @Mutation(() => PestFollowUp, { description: 'Re-checks a follow-up (复查): cleared closes it, else it is due again.' })
  @Roles(...PEST_CONTROL_KEEPERS)
  async recheckPestFollowUp(@CurrentIdentity() identity: Identity, @Args('input') input: RecheckPestFollowUpInput): Promise<PestFollowUp> {
    return toPestFollowUp(await this.recheckPestFollowUpUseCase.execute(identity, input));
  }
}
