import { Injectable } from '@nestjs/common';
import { WorkOrderCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { forbidden, requireText } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderReasonInput } from './work-order.inputs';
import { assertRequesterOrSupervisor, isSupervisor } from './work-order-permissions';
import { endClockPause } from './work-order-clock';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 取消: with a reason; a requester may withdraw their own request only before it is dispatched. */
@Injectable()
export class CancelWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, input: WorkOrderReasonInput) {
    const reason = requireText('reason', input.reason, 500);
    return this.transitions.run(identity, input.workOrderId, {
      action: WorkOrderAction.CANCEL,
      reason,
      authorise: (row) => {
        assertRequesterOrSupervisor(identity, row);
        if (!isSupervisor(identity) && row.dispatchedAt !== null) throw forbidden();
      },
      apply: async (row, at, manager) => {
        await endClockPause(manager, row, identity, at);
        row.cancelledAt = at;
      },
      event: WorkOrderCancelledV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), reason }),
    });
  }
}
