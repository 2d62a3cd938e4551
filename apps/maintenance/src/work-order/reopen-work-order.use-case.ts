import { Injectable } from '@nestjs/common';
import { WorkOrderReopenedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderReasonInput } from './work-order.inputs';
import { assertRequesterOrSupervisor } from './work-order-permissions';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 返修: the fault came back or the work was not accepted; the order goes back for dispatch. */
@Injectable()
export class ReopenWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, input: WorkOrderReasonInput) {
    const reason = requireText('reason', input.reason, 500);
    return this.transitions.run(identity, input.workOrderId, {
      action: WorkOrderAction.REOPEN,
      reason,
      authorise: (row) => assertRequesterOrSupervisor(identity, row),
      apply: (row) => {
        row.acceptedAt = null;
        row.startedAt = null;
        row.completedAt = null;
        row.signedOffAt = null;
        row.closedAt = null;
        row.dispatchedAt = null;
      },
      event: WorkOrderReopenedV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), reason }),
    });
  }
}
