import { Injectable } from '@nestjs/common';
import { VendorCallCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { VENDOR_CALL_LIFECYCLE, VendorCallAction } from './vendor-call-lifecycle';
import { VendorClock } from './vendor-clock';
import { vendorCallFacts } from './vendor-facts';
import { VendorCallRow } from './vendor.entity';
import { VendorRepository } from './vendor.repository';

/**
 * 取消外请, with a reason: the vendor is no longer needed (or never came). A call cancelled after its on-site
 * due time without an arrival still counts against the vendor. The order's clock, if it stands still for the
 * vendor, runs again in the same commit.
 */
@Injectable()
export class CancelVendorCall {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: VendorRepository,
    private readonly clock: VendorClock,
  ) {}

  execute(identity: Identity, callId: string, reasonText: string): Promise<VendorCallRow> {
    const reason = requireText('reason', reasonText, 500);
    let order!: WorkOrderRow;
    let clockResumed = false;
    return this.transitions.run(identity, VENDOR_CALL_LIFECYCLE, {
      action: VendorCallAction.CANCEL,
      load: async (manager) => {
        const locked = await this.repository.lockCall(identity, callId, manager);
        order = locked.order;
        return locked.call;
      },
      apply: async (call, at, manager) => {
        Object.assign(call, { cancelledAt: at, cancelReason: reason, updatedAt: at });
        clockResumed = await this.clock.resume(manager, identity, order);
      },
      event: {
        contract: VendorCallCancelledV1,
        data: (call, at) => ({ ...vendorCallFacts(call, order, identity, at), reason, arrivedAt: call.arrivedAt?.toISOString() ?? null, clockResumed }),
      },
    });
  }
}
