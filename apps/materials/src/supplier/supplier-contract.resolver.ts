import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireCampusInScope } from '@houqin/platform-database';
import { notFound, optionalIsoDate, optionalUuid, requireIsoDate, requireUuid } from '@houqin/platform-errors';
import { CurrentIdentity, Page, PageArgs, Roles } from '@houqin/platform-graphql';
import { CreateSupplierContract } from './create-supplier-contract.use-case';
import { CONTRACT_READERS, SUPPLIER_WRITERS } from './supplier-roles';
import { SupplierContractRepository } from './supplier-contract.repository';
import { CreateSupplierContractInput } from './supplier.inputs';
import { ContractPrice, SupplierContract, SupplierContractConnection } from './supplier.model';
import { TerminateSupplierContract } from './terminate-supplier-contract.use-case';

@Resolver(() => SupplierContract)
export class SupplierContractResolver {
  constructor(
    private readonly contracts: SupplierContractRepository,
    private readonly createSupplierContractUseCase: CreateSupplierContract,
    private readonly terminateSupplierContractUseCase: TerminateSupplierContract,
  ) {}

  @Query(() => SupplierContractConnection, {
    description: '供货合同: group-wide ones and those of the caller’s campuses, oldest first; by supplier, by item priced, or in force on a day.',
  })
  @Roles(...CONTRACT_READERS)
  supplierContracts(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('supplierId', { type: () => ID, nullable: true }) supplierId?: string | null,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string | null,
    @Args('validOn', { type: () => String, nullable: true, description: 'YYYY-MM-DD: only contracts pricing anything that day.' }) validOn?: string | null,
  ): Promise<Page<SupplierContract>> {
    const filter = { supplierId: optionalUuid('supplierId', supplierId), itemId: optionalUuid('itemId', itemId), validOn: optionalIsoDate('validOn', validOn) };
    return this.contracts.page(identity, filter, page);
  }

  @Query(() => SupplierContract)
  @Roles(...CONTRACT_READERS)
  supplierContract(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<SupplierContract> {
    return this.load(identity, requireUuid('id', id));
  }

  @Query(() => [ContractPrice], {
    description: '比价: each active supplier’s contract price for the item on the campus (group-wide or that campus’s contracts) on the day, cheapest first.',
  })
  @Roles(...CONTRACT_READERS)
  contractPrices(
    @CurrentIdentity() identity: Identity,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('campusId', { type: () => ID }) campusId: string,
    @Args('on', { type: () => String, nullable: true, description: 'YYYY-MM-DD; today (Beijing) when left out.' }) on?: string | null,
  ): Promise<ContractPrice[]> {
    const day = on == null ? chinaToday(new Date()) : requireIsoDate('on', on);
    return this.contracts.contractPrices(requireUuid('itemId', itemId), requireCampusInScope(identity, campusId), day);
  }

  @Mutation(() => SupplierContract, {
    description: '录入供货合同 with its price list: each price at most the market wholesale price; one contract price per supplier, item and campus a day.',
  })
  @Roles(...SUPPLIER_WRITERS)
  async createSupplierContract(@CurrentIdentity() identity: Identity, @Args('input') input: CreateSupplierContractInput): Promise<SupplierContract> {
    return this.load(identity, (await this.createSupplierContractUseCase.execute(identity, input)).id);
  }

  @Mutation(() => SupplierContract, { description: '终止供货合同: from `on` (today or later) on, it prices nothing.' })
  @Roles(...SUPPLIER_WRITERS)
  async terminateSupplierContract(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => String, description: 'YYYY-MM-DD: the first day without the contract.' }) on: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<SupplierContract> {
    return this.load(identity, (await this.terminateSupplierContractUseCase.execute(identity, id, on, reason)).id);
  }

  private async load(identity: Identity, id: string): Promise<SupplierContract> {
    const contract = await this.contracts.findById(identity, id);
    if (!contract) throw notFound('SupplierContract', id);
    return contract;
  }
}
