import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { batchLoad, CurrentIdentity, groupBy, RequestContext } from '@houqin/platform-graphql';
import { WorkOrder } from '../work-order/work-order.model';
import { toVendorCall, VendorCall } from './vendor.model';
import { VendorRepository } from './vendor.repository';

/** The vendors called to a work order (外请), on the order; one query per request for a page of orders. */
@Resolver(() => WorkOrder)
export class WorkOrderVendorCallsResolver {
  constructor(private readonly repository: VendorRepository) {}

  @ResolveField(() => [VendorCall], { description: '外请记录: vendors called to this order, in the order they were called.' })
  async vendorCalls(@Parent() order: WorkOrder, @CurrentIdentity() identity: Identity, @Context() context: RequestContext): Promise<VendorCall[]> {
    const rows = await batchLoad(context, 'workOrderVendorCalls', order.id, async (ids) =>
      groupBy(await this.repository.callsOf(identity, ids), (r) => r.workOrderId),
    );
    const now = new Date();
    return (rows ?? []).map((row) => toVendorCall(row, now));
  }
}
