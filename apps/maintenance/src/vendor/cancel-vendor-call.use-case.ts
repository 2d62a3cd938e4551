import { Injectable } from '@nestjs/common';
import { VendorCallCancelledV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { nextVendorCallStatus, VendorCallAction } from './vendor-call-lifecycle';
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
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly repository: VendorRepository,
    private readonly clock: VendorClock,
  ) {}

  execute(identity: Identity, callId: string, reasonText: string): Promise<VendorCallRow> {
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const { call, order } = await this.repository.lockCall(identity, callId, manager);
      const now = new Date();
      const before = { ...call };
      Object.assign(call, { status: nextVendorCallStatus(call.status, VendorCallAction.CANCEL), cancelledAt: now, cancelReason: reason, updatedAt: now });
      await manager.save(VendorCallRow, call);
      await recordAudit(
        manager,
        identity,
        { action: 'vendor_call.cancel', entityType: 'VendorCall', entityId: call.id, campusId: call.campusId, before, after: call },
        now,
      );
      const clockResumed = await this.clock.resume(manager, identity, order);
      await this.outbox.append(
        manager,
        VendorCallCancelledV1,
        { ...vendorCallFacts(call, order, identity, now), reason, arrivedAt: call.arrivedAt?.toISOString() ?? null, clockResumed },
        { key: call.id },
      );
      return call;
    });
  }
}
