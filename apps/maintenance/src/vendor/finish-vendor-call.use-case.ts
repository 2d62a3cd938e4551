import { Injectable } from '@nestjs/common';
import { VendorCallFinishedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { VENDOR_CALL_LIFECYCLE, VendorCallAction } from './vendor-call-lifecycle';
import { VendorClock } from './vendor-clock';
import { vendorCallFacts } from './vendor-facts';
import { requireFen } from './vendor-fees';
import { VendorCallRow } from './vendor.entity';
import { FinishVendorCallInput } from './vendor.inputs';
import { VendorRepository } from './vendor.repository';

/**
 * 外请完工: what the vendor did and what it cost (labour and materials, fen), with the invoice number when
 * there is one. The order's clock, if it stands still for the vendor, runs again in the same commit.
 */
@Injectable()
export class FinishVendorCall {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: VendorRepository,
    private readonly clock: VendorClock,
  ) {}

  execute(identity: Identity, input: FinishVendorCallInput): Promise<VendorCallRow> {
    const workDescription = requireText('workDescription', input.workDescription, 2000);
    const labourFen = requireFen('labourFen', input.labourFen);
    const materialsFen = requireFen('materialsFen', input.materialsFen);
    const costFen = requireFen('labourFen + materialsFen', labourFen + materialsFen);
    const invoiceNo = optionalText('invoiceNo', input.invoiceNo, 64);

    let order!: WorkOrderRow;
    let clockResumed = false;
    return this.transitions.run(identity, VENDOR_CALL_LIFECYCLE, {
      action: VendorCallAction.FINISH,
      load: async (manager) => {
        const locked = await this.repository.lockCall(identity, input.callId, manager);
        order = locked.order;
        return locked.call;
      },
      apply: async (call, at, manager) => {
        Object.assign(call, { finishedAt: at, workDescription, labourFen, materialsFen, costFen, invoiceNo, updatedAt: at });
        clockResumed = await this.clock.resume(manager, identity, order);
      },
      event: {
        contract: VendorCallFinishedV1,
        data: (call, at) => ({
          ...vendorCallFacts(call, order, identity, at),
          // Finishing needs the arrival first (VENDOR_CALL_LIFECYCLE), so it is there.
          arrivedAt: (call.arrivedAt as Date).toISOString(),
          finishedAt: at.toISOString(),
          workDescription,
          labourFen,
          materialsFen,
          costFen,
          callOutFeeFen: call.callOutFeeFen,
          invoiceNo,
          clockResumed,
        }),
      },
    });
  }
}
