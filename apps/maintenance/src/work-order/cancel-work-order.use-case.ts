import { Injectable } from '@nestjs/common';
import { WorkOrderCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { requireText } from '@houqin/platform-errors';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderReasonInput } from './work-order.inputs';
import { endClockPause } from './work-order-clock';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 取消: with a reason; a requester may withdraw their own request only before it is dispatched. */
@Injectable()
export class CancelWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, input: WorkOrderReasonInput) {
    const reason = requireText('reason', input.reason, 500);
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, input.workOrderId, reason),
      action: WorkOrderAction.CANCEL,
      apply: async (row, at, manager) => {
        await endClockPause(manager, row, identity, at);
        row.cancelledAt = at;
      },
      event: { contract: WorkOrderCancelledV1, data: (row, at) => ({ ...workOrderFacts(row, identity, at), reason }) },
    });
  }
}
