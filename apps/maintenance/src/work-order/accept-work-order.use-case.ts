import { Injectable } from '@nestjs/common';
import { WorkOrderAcceptedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { assertAssignedTechnician } from './work-order-permissions';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 接单: the technician takes the order; the response clock stops. */
@Injectable()
export class AcceptWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, workOrderId, {
      action: WorkOrderAction.ACCEPT,
      authorise: (row) => assertAssignedTechnician(identity, row),
      apply: (row, at) => {
        row.technicianId ??= identity.staffId;
        if (!row.technicianId) throw forbidden();
        row.acceptedAt = at;
      },
      event: WorkOrderAcceptedV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), technicianId: row.technicianId as string }),
    });
  }
}
