import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, Roles } from '@houqin/platform-graphql';
import { HYGIENE_READERS } from '../hygiene.roles';
import { AcceptContractorComplaint } from './accept-contractor-complaint.use-case';
import { CloseContractorComplaint } from './close-contractor-complaint.use-case';
import { COMPLAINANTS, COMPLAINT_LIFECYCLE, ComplaintAction } from './complaint-lifecycle';
import { ContractorComplaintsArgs, RaiseContractorComplaintInput, ResolveContractorComplaintInput } from './contractor.inputs';
import { ContractorComplaint, ContractorComplaintConnection, toContractorComplaint } from './contractor.model';
import { ContractorRepository } from './contractor.repository';
import { RaiseContractorComplaint } from './raise-contractor-complaint.use-case';
import { ReopenContractorComplaint } from './reopen-contractor-complaint.use-case';
import { ResolveContractorComplaint } from './resolve-contractor-complaint.use-case';

@Resolver(() => ContractorComplaint)
export class ContractorComplaintResolver {
  constructor(
    private readonly repository: ContractorRepository,
    private readonly raiseContractorComplaintUseCase: RaiseContractorComplaint,
    private readonly acceptContractorComplaintUseCase: AcceptContractorComplaint,
    private readonly resolveContractorComplaintUseCase: ResolveContractorComplaint,
    private readonly closeContractorComplaintUseCase: CloseContractorComplaint,
    private readonly reopenContractorComplaintUseCase: ReopenContractorComplaint,
  ) {}

  @Query(() => ContractorComplaintConnection, { description: 'Complaints about contractors of the campuses the caller may see, latest first.' })
  @Roles(...HYGIENE_READERS)
  contractorComplaints(@CurrentIdentity() identity: Identity, @Args() args: ContractorComplaintsArgs): Promise<Page<ContractorComplaint>> {
    return this.repository.complaints(identity, args, toContractorComplaint);
  }

  @Mutation(() => ContractorComplaint)
  @Roles(...COMPLAINANTS)
  async raiseContractorComplaint(@CurrentIdentity() identity: Identity, @Args('input') input: RaiseContractorComplaintInput): Promise<ContractorComplaint> {
    return toContractorComplaint(await this.raiseContractorComplaintUseCase.execute(identity, input));
  }

  @Mutation(() => ContractorComplaint)
  @Roles(...COMPLAINT_LIFECYCLE.roles(ComplaintAction.ACCEPT))
  async acceptContractorComplaint(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<ContractorComplaint> {
    return toContractorComplaint(await this.acceptContractorComplaintUseCase.execute(identity, id));
  }

  @Mutation(() => ContractorComplaint)
  @Roles(...COMPLAINT_LIFECYCLE.roles(ComplaintAction.RESOLVE))
  async resolveContractorComplaint(@CurrentIdentity() identity: Identity, @Args('input') input: ResolveContractorComplaintInput): Promise<ContractorComplaint> {
    return toContractorComplaint(await this.resolveContractorComplaintUseCase.execute(identity, input));
  }

  @Mutation(() => ContractorComplaint)
  @Roles(...COMPLAINT_LIFECYCLE.roles(ComplaintAction.CLOSE))
  async closeContractorComplaint(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<ContractorComplaint> {
    return toContractorComplaint(await this.closeContractorComplaintUseCase.execute(identity, id));
  }

  @Mutation(() => ContractorComplaint)
  @Roles(...COMPLAINT_LIFECYCLE.roles(ComplaintAction.REOPEN))
  async reopenContractorComplaint(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<ContractorComplaint> {
    return toContractorComplaint(await this.reopenContractorComplaintUseCase.execute(identity, id));
  }
}
