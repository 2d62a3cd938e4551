import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { CreateVendorContract } from './create-vendor-contract.use-case';
import { RegisterVendor } from './register-vendor.use-case';
import { UpdateVendor } from './update-vendor.use-case';
import { VendorSlaComplianceQuery } from './vendor-sla-compliance.query';
import { CreateVendorContractInput, RegisterVendorInput, UpdateVendorInput, VendorsArgs, VendorSlaComplianceArgs } from './vendor.inputs';
import { toVendor, toVendorContract, toVendorSlaComplianceRow, Vendor, VendorConnection, VendorContract, VendorSlaComplianceRow } from './vendor.model';
import { VendorRepository } from './vendor.repository';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER } = MaintenanceRole;

/** Vendors, their contracts and their SLA compliance. Vendors are the group's: only a group admin keeps the register. */
@Resolver(() => Vendor)
export class VendorResolver {
  constructor(
    private readonly repository: VendorRepository,
    private readonly registerVendorUseCase: RegisterVendor,
    private readonly updateVendorUseCase: UpdateVendor,
    private readonly createVendorContractUseCase: CreateVendorContract,
    private readonly complianceReport: VendorSlaComplianceQuery,
  ) {}

  @Query(() => VendorConnection, { description: '维保单位: the vendors of the group.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  vendors(@Args() args: VendorsArgs): Promise<Page<Vendor>> {
    return this.repository.listVendors(args, toVendor);
  }

  @Query(() => Vendor, { description: 'One vendor, with its contracts covering your campuses.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async vendor(@Args('id', { type: () => ID }) id: string): Promise<Vendor> {
    return toVendor(await this.repository.requireVendor(id));
  }

  @Query(() => [VendorSlaComplianceRow], { description: '外请 SLA compliance per vendor over the calls made in a period (computed in SQL).' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  async vendorSlaCompliance(@CurrentIdentity() identity: Identity, @Args() args: VendorSlaComplianceArgs): Promise<VendorSlaComplianceRow[]> {
    return (await this.complianceReport.compute(identity, args)).map(toVendorSlaComplianceRow);
  }

  @ResolveField(() => [VendorContract])
  async contracts(@Parent() vendor: Vendor, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<VendorContract[]> {
    const rows = await batchLoad(context, 'vendorContracts', vendor.id, async (ids) =>
      groupBy(await this.repository.contractsOf(identity, ids), (r) => r.vendorId),
    );
    const now = new Date();
    return (rows ?? []).map((row) => toVendorContract(row, now));
  }

  @Mutation(() => Vendor, { description: '登记维保单位' })
  @Roles(GROUP_ADMIN)
  async registerVendor(@CurrentIdentity() identity: Identity, @Args('input') input: RegisterVendorInput): Promise<Vendor> {
    return toVendor(await this.registerVendorUseCase.execute(identity, input));
  }

  @Mutation(() => Vendor, { description: "Correct a vendor's details, or deactivate / reactivate it." })
  @Roles(GROUP_ADMIN)
  async updateVendor(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateVendorInput): Promise<Vendor> {
    return toVendor(await this.updateVendorUseCase.execute(identity, input));
  }

  @Mutation(() => VendorContract, { description: '录入维保合同; a campus admin only for their own campuses.' })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN)
  async createVendorContract(@CurrentIdentity() identity: Identity, @Args('input') input: CreateVendorContractInput): Promise<VendorContract> {
    return toVendorContract(await this.createVendorContractUseCase.execute(identity, input));
  }
}
