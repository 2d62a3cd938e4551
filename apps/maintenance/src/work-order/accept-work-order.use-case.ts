import { Injectable } from '@nestjs/common';
import { WorkOrderAcceptedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { forbidden } from '@houqin/platform-errors';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 接单: the technician takes the order; the response clock stops. */
@Injectable()
export class AcceptWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, workOrderId),
      action: WorkOrderAction.ACCEPT,
      apply: (row, at) => {
        row.technicianId ??= identity.staffId;
        if (!row.technicianId) throw forbidden();
        row.acceptedAt = at;
      },
      event: { contract: WorkOrderAcceptedV1, data: (row, at) => ({ ...workOrderFacts(row, identity, at), technicianId: row.technicianId as string }) },
    });
  }
}
