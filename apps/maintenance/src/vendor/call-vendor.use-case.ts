import { Injectable } from '@nestjs/common';
import { VendorCalledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, inactive, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { chinaToday } from '@houqin/platform-calendar';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { VENDOR_CALLABLE } from './vendor-call-lifecycle';
import { VendorCallStatus } from './vendor-call-status';
import { VendorClock } from './vendor-clock';
import { vendorCallFacts } from './vendor-facts';
import { VendorSla } from './vendor-sla';
import { VendorCallRow } from './vendor.entity';
import { CallVendorInput } from './vendor.inputs';
import { VendorRepository } from './vendor.repository';

/**
 * 外请: calls a vendor to a work order the caller can see. The vendor must be active and hold a contract in
 * force today covering the order's campus and category; its SLA fixes when the vendor is due on site. One open
 * call per order. Once accepted, the order's resolution clock stops (WAITING_FOR_VENDOR) in the same commit,
 * unless it already stands still.
 */
@Injectable()
export class CallVendor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly workOrders: WorkOrderRepository,
    private readonly repository: VendorRepository,
    private readonly clock: VendorClock,
  ) {}

  execute(identity: Identity, input: CallVendorInput): Promise<VendorCallRow> {
    const workOrderId = requireUuid('workOrderId', input.workOrderId);
    const vendorId = requireUuid('vendorId', input.vendorId);
    const reason = requireText('reason', input.reason, 500);

    return this.unitOfWork.run(async (manager) => {
      // The order's lock serialises calls for it, so the open-call check below cannot race.
      const order = await this.workOrders.findVisible(identity, workOrderId, manager, true);
      if (!VENDOR_CALLABLE.includes(order.status)) throw new DomainError('VENDOR_CALL_ORDER_NOT_ACTIVE', { number: order.number, status: order.status });
      const vendor = await this.repository.requireVendor(vendorId, manager);
      if (!vendor.active) throw inactive('Vendor', vendor.name);
      const open = await this.repository.openCall(manager, order.id);
      if (open) throw new DomainError('VENDOR_CALL_ALREADY_OPEN', { number: order.number, vendor: open.vendorName });
      const now = new Date();
      const contract = await this.repository.coveringContract(manager, vendor.id, order.campusId, order.category, chinaToday(now));
      if (!contract) throw new DomainError('NO_VENDOR_CONTRACT', { vendor: vendor.name, category: order.category });

      const row: VendorCallRow = {
        id: uuidv7(),
        workOrderId: order.id,
        campusId: order.campusId,
        vendorId: vendor.id,
        contractId: contract.id,
        status: VendorCallStatus.CALLED,
        reason,
        calledAt: now,
        calledBy: identity.name,
        ...new VendorSla(contract).dueTimes(order.priority, now),
        callOutFeeFen: contract.callOutFeeFen,
        arrivedAt: null,
        finishedAt: null,
        workDescription: null,
        labourFen: null,
        materialsFen: null,
        costFen: null,
        invoiceNo: null,
        cancelledAt: null,
        cancelReason: null,
        updatedAt: now,
      };
      await manager.insert(VendorCallRow, row);
      await this.changes.record(
        manager,
        identity,
        { audit: { action: 'vendor_call.call', entityType: 'VendorCall', entityId: row.id, campusId: row.campusId, before: null, after: row } },
        now,
      );
      const clockPaused = await this.clock.pause(manager, identity, order, vendor.name);
      // The event says whether the order's clock stopped, so it follows the pause.
      await this.changes.publish(
        manager,
        [
          changeEvent(
            VendorCalledV1,
            {
              ...vendorCallFacts(row, order, identity, now),
              reason,
              resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
              callOutFeeFen: row.callOutFeeFen,
              clockPaused,
            },
            row.id,
          ),
        ],
        now,
      );
      return row;
    });
  }
}
