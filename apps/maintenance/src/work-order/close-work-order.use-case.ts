import { Injectable } from '@nestjs/common';
import { WorkOrderClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 关闭: the order's owner (首问负责人) closes the signed-off order (闭环); campus admins may close for them. */
@Injectable()
export class CloseWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, workOrderId),
      action: WorkOrderAction.CLOSE,
      apply: (row, at) => {
        row.closedAt = at;
      },
      event: { contract: WorkOrderClosedV1, data: (row, at) => workOrderFacts(row, identity, at) },
    });
  }
}
