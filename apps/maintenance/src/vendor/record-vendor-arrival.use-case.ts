import { Injectable } from '@nestjs/common';
import { VendorArrivedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { isSupervisor } from '../work-order/work-order-permissions';
import { nextVendorCallStatus, requireCallTime, VendorCallAction } from './vendor-call-lifecycle';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly repository: VendorRepository,
  ) {}

  execute(identity: Identity, callId: string, arrivedAtInput: Date | null | undefined): Promise<VendorCallRow> {
    return this.unitOfWork.run(async (manager) => {
      const { call, order } = await this.repository.lockCall(identity, callId, manager);
      if (!isSupervisor(identity) && (!identity.staffId || order.technicianId !== identity.staffId)) throw forbidden();
      const status = nextVendorCallStatus(call.status, VendorCallAction.ARRIVE);
      const now = new Date();
      const arrivedAt = requireCallTime('arrivedAt', arrivedAtInput ?? now, call.calledAt, now);
      const before = { ...call };
      call.status = status;
      call.arrivedAt = arrivedAt;
      call.updatedAt = now;
      await manager.save(VendorCallRow, call);
      await recordAudit(
        manager,
        identity,
        { action: 'vendor_call.arrive', entityType: 'VendorCall', entityId: call.id, campusId: call.campusId, before, after: call },
        now,
      );
      await this.outbox.append(
        manager,
        VendorArrivedV1,
        {
          ...vendorCallFacts(call, order, identity, now),
          arrivedAt: arrivedAt.toISOString(),
          minutesToArrive: minutesToArrive(call.calledAt, arrivedAt),
          onTime: vendorSlaOutcome(call.onSiteDueAt, arrivedAt, null, now) === VendorSlaOutcome.ON_TIME,
        },
        { key: call.id },
      );
      return call;
    });
  }
}
