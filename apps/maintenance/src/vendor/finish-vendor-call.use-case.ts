import { Injectable } from '@nestjs/common';
import { VendorCallFinishedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { optionalText, requireText } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { nextVendorCallStatus, VendorCallAction } from './vendor-call-lifecycle';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly repository: VendorRepository,
    private readonly clock: VendorClock,
  ) {}

  execute(identity: Identity, input: FinishVendorCallInput): Promise<VendorCallRow> {
    const workDescription = requireText('workDescription', input.workDescription, 2000);
    const labourFen = requireFen('labourFen', input.labourFen);
    const materialsFen = requireFen('materialsFen', input.materialsFen);
    const costFen = requireFen('labourFen + materialsFen', labourFen + materialsFen);
    const invoiceNo = optionalText('invoiceNo', input.invoiceNo, 64);

    return this.unitOfWork.run(async (manager) => {
      const { call, order } = await this.repository.lockCall(identity, input.callId, manager);
      const now = new Date();
      const before = { ...call };
      Object.assign(call, {
        status: nextVendorCallStatus(call.status, VendorCallAction.FINISH),
        finishedAt: now,
        workDescription,
        labourFen,
        materialsFen,
        costFen,
        invoiceNo,
        updatedAt: now,
      });
      await manager.save(VendorCallRow, call);
      await recordAudit(
        manager,
        identity,
        { action: 'vendor_call.finish', entityType: 'VendorCall', entityId: call.id, campusId: call.campusId, before, after: call },
        now,
      );
      const clockResumed = await this.clock.resume(manager, identity, order);
      await this.outbox.append(
        manager,
        VendorCallFinishedV1,
        {
          ...vendorCallFacts(call, order, identity, now),
          // Finishing needs the arrival first (vendor-call-lifecycle), so it is there.
          arrivedAt: (call.arrivedAt as Date).toISOString(),
          finishedAt: now.toISOString(),
          workDescription,
          labourFen,
          materialsFen,
          costFen,
          callOutFeeFen: call.callOutFeeFen,
          invoiceNo,
          clockResumed,
        },
        { key: call.id },
      );
      return call;
    });
  }
}
