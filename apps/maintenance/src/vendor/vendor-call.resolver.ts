import { MaintenanceRole } from '@houqin/contracts';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { toWorkOrder, WorkOrder } from '../work-order/work-order.model';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { CallVendor } from './call-vendor.use-case';
import { CancelVendorCall } from './cancel-vendor-call.use-case';
import { FinishVendorCall } from './finish-vendor-call.use-case';
import { RecordVendorArrival } from './record-vendor-arrival.use-case';
import { VENDOR_CALL_LIFECYCLE, VendorCallAction } from './vendor-call-lifecycle';
import { VendorContractRow, VendorRow } from './vendor.entity';
import { CallVendorInput, FinishVendorCallInput, VendorCallsArgs } from './vendor.inputs';
import { toVendor, toVendorCall, toVendorContract, Vendor, VendorCall, VendorCallConnection, VendorContract } from './vendor.model';
import { VendorRepository } from './vendor.repository';

const { GROUP_ADMIN, CAMPUS_ADMIN, ANALYST } = Role;
const { DISPATCHER } = MaintenanceRole;

/** 外请: calls to vendors for work orders, their arrival, work, cost or cancellation. */
@Resolver(() => VendorCall)
export class VendorCallResolver {
  constructor(
    private readonly repository: VendorRepository,
    private readonly workOrders: WorkOrderRepository,
    private readonly callVendorUseCase: CallVendor,
    private readonly recordVendorArrivalUseCase: RecordVendorArrival,
    private readonly finishVendorCallUseCase: FinishVendorCall,
    private readonly cancelVendorCallUseCase: CancelVendorCall,
  ) {}

  @Query(() => VendorCallConnection, { description: "外请记录 of the caller's campuses, newest first." })
  @Roles(GROUP_ADMIN, CAMPUS_ADMIN, DISPATCHER, ANALYST)
  vendorCalls(@CurrentIdentity() identity: Identity, @Args() args: VendorCallsArgs): Promise<Page<VendorCall>> {
    const now = new Date();
    return this.repository.listCalls(identity, args, (row) => toVendorCall(row, now));
  }

  @ResolveField(() => Vendor)
  async vendor(@Parent() call: VendorCall, @Context() context: RequestContext): Promise<Vendor> {
    // Every call's vendor exists: vendors are never deleted.
    const row = await batchLoad<string, VendorRow>(context, 'vendor', call.vendorId, (ids) => this.repository.vendorsByIds(ids));
    return toVendor(row as VendorRow);
  }

  @ResolveField(() => VendorContract)
  async contract(@Parent() call: VendorCall, @Context() context: RequestContext): Promise<VendorContract> {
    const row = await batchLoad<string, VendorContractRow>(context, 'vendorContract', call.contractId, (ids) => this.repository.contractsByIds(ids));
    return toVendorContract(row as VendorContractRow);
  }

  @ResolveField(() => WorkOrder)
  async workOrder(@Parent() call: VendorCall, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<WorkOrder> {
    // The call is on the order's campus, so whoever sees the call sees the order.
    const row = await batchLoad<string, WorkOrderRow>(context, 'workOrder', call.workOrderId, (ids) => this.workOrders.findManyVisible(identity, ids));
    return toWorkOrder(row as WorkOrderRow);
  }

  @Mutation(() => VendorCall, { description: "外请: call a vendor whose contract covers the order's campus and category." })
  @Roles(DISPATCHER, CAMPUS_ADMIN, GROUP_ADMIN)
  async callVendor(@CurrentIdentity() identity: Identity, @Args('input') input: CallVendorInput): Promise<VendorCall> {
    return toVendorCall(await this.callVendorUseCase.execute(identity, input));
  }

  @Mutation(() => VendorCall, { description: '到场: the vendor is on site, now or at the time given (not in the future).' })
  @Roles(...VENDOR_CALL_LIFECYCLE.roles(VendorCallAction.ARRIVE))
  async recordVendorArrival(
    @CurrentIdentity() identity: Identity,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('arrivedAt', { type: () => Date, nullable: true }) arrivedAt?: Date,
  ): Promise<VendorCall> {
    return toVendorCall(await this.recordVendorArrivalUseCase.execute(identity, callId, arrivedAt));
  }

  @Mutation(() => VendorCall, { description: '外请完工: the work done and its cost.' })
  @Roles(...VENDOR_CALL_LIFECYCLE.roles(VendorCallAction.FINISH))
  async finishVendorCall(@CurrentIdentity() identity: Identity, @Args('input') input: FinishVendorCallInput): Promise<VendorCall> {
    return toVendorCall(await this.finishVendorCallUseCase.execute(identity, input));
  }

  @Mutation(() => VendorCall, { description: '取消外请, with a reason.' })
  @Roles(...VENDOR_CALL_LIFECYCLE.roles(VendorCallAction.CANCEL))
  async cancelVendorCall(
    @CurrentIdentity() identity: Identity,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<VendorCall> {
    return toVendorCall(await this.cancelVendorCallUseCase.execute(identity, callId, reason));
  }
}
