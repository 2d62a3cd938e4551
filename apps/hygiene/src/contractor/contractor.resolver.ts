import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CONTRACTOR_CHECKERS, HYGIENE_KEEPERS, HYGIENE_READERS } from '../hygiene.roles';
import { ContractorRatingQuery } from './contractor-rating.query';
import {
  ContractorMonthlyChecksArgs,
  ContractorRatingsArgs,
  ContractorsArgs,
  CreateContractorInput,
  RecordContractorMonthlyCheckInput,
} from './contractor.inputs';
import {
  Contractor,
  ContractorConnection,
  ContractorMonthlyCheck,
  ContractorMonthlyCheckConnection,
  ContractorRating,
  toContractor,
  toContractorMonthlyCheck,
} from './contractor.model';
import { ContractorRepository } from './contractor.repository';
import { CreateContractor } from './create-contractor.use-case';
import { RecordContractorMonthlyCheck } from './record-contractor-monthly-check.use-case';

@Resolver(() => Contractor)
export class ContractorResolver {
  constructor(
    private readonly repository: ContractorRepository,
    private readonly ratings: ContractorRatingQuery,
    private readonly createContractorUseCase: CreateContractor,
    private readonly recordContractorMonthlyCheckUseCase: RecordContractorMonthlyCheck,
  ) {}

  @Query(() => ContractorConnection, { description: 'Contractors of the campuses the caller may see.' })
  @Roles(...HYGIENE_READERS)
  contractors(@CurrentIdentity() identity: Identity, @Args() args: ContractorsArgs): Promise<Page<Contractor>> {
    return this.repository.list(identity, args, toContractor);
  }

  @Query(() => Contractor)
  @Roles(...HYGIENE_READERS)
  async contractor(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Contractor> {
    return toContractor(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Contractor | null> {
    if (!context.identity) return null;
    return toContractor(await this.repository.findVisible(context.identity, reference.id));
  }

  @Query(() => ContractorMonthlyCheckConnection, { description: "Clinical departments' monthly checks of contractors." })
  @Roles(...HYGIENE_READERS)
  contractorMonthlyChecks(@CurrentIdentity() identity: Identity, @Args() args: ContractorMonthlyChecksArgs): Promise<Page<ContractorMonthlyCheck>> {
    return this.repository.checks(identity, args, toContractorMonthlyCheck);
  }

  @Query(() => [ContractorRating], { description: 'Quarterly rating of every contractor of the campuses the caller may see.' })
  @Roles(...HYGIENE_READERS)
  contractorRatings(@CurrentIdentity() identity: Identity, @Args() args: ContractorRatingsArgs): Promise<ContractorRating[]> {
    return this.ratings.compute(identity, args);
  }

  @Mutation(() => Contractor)
  @Roles(...HYGIENE_KEEPERS)
  async createContractor(@CurrentIdentity() identity: Identity, @Args('input') input: CreateContractorInput): Promise<Contractor> {
    return toContractor(await this.createContractorUseCase.execute(identity, input));
  }

  @Mutation(() => ContractorMonthlyCheck)
  @Roles(...CONTRACTOR_CHECKERS)
  async recordContractorMonthlyCheck(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordContractorMonthlyCheckInput,
  ): Promise<ContractorMonthlyCheck> {
    return toContractorMonthlyCheck(await this.recordContractorMonthlyCheckUseCase.execute(identity, input));
  }
}
