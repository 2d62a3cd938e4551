import { Injectable } from '@nestjs/common';
import { VendorArrivedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { isSupervisor } from '../work-order/work-order-permissions';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { requireCallTime, VENDOR_CALL_LIFECYCLE, VendorCallAction } from './vendor-call-lifecycle';
import { vendorCallFacts } from './vendor-facts';
import { minutesToArrive, VendorSlaOutcome, vendorSlaOutcome } from './vendor-sla';
import { VendorCallRow } from './vendor.entity';
import { VendorRepository } from './vendor.repository';

/**
 * 到场: the vendor is on site, now or at a time entered after the fact (not in the future, not before the
 * call). Dispatchers and admins record it, and so may the technician the order is assigned to, who meets
 * the vendor at the equipment.
 */
@Injectable()
export class RecordVendorArrival {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: VendorRepository,
  ) {}

  execute(identity: Identity, callId: string, arrivedAtInput: Date | null | undefined): Promise<VendorCallRow> {
    let order!: WorkOrderRow;
    return this.transitions.run(identity, VENDOR_CALL_LIFECYCLE, {
      action: VendorCallAction.ARRIVE,
      load: async (manager) => {
        const locked = await this.repository.lockCall(identity, callId, manager);
        order = locked.order;
        // Whether the call is this caller's to record is settled before its state is looked at, as it always was.
        if (!isSupervisor(identity) && (!identity.staffId || order.technicianId !== identity.staffId)) throw forbidden();
        return locked.call;
      },
      apply: (call, at) => {
        call.arrivedAt = requireCallTime('arrivedAt', arrivedAtInput ?? at, call.calledAt, at);
        call.updatedAt = at;
      },
      event: {
        contract: VendorArrivedV1,
        data: (call, at) => {
          const arrivedAt = call.arrivedAt as Date;
          return {
            ...vendorCallFacts(call, order, identity, at),
            arrivedAt: arrivedAt.toISOString(),
            minutesToArrive: minutesToArrive(call.calledAt, arrivedAt),
            onTime: vendorSlaOutcome(call.onSiteDueAt, arrivedAt, null, at) === VendorSlaOutcome.ON_TIME,
          };
        },
      },
    });
  }
}
