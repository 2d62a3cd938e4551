import { Injectable } from '@nestjs/common';
import { WorkOrderClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { WorkOrderAction } from './work-order-lifecycle';
import { assertOwnerOrAdmin } from './work-order-permissions';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 关闭: the order's owner (首问负责人) closes the signed-off order (闭环); campus admins may close for them. */
@Injectable()
export class CloseWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, workOrderId, {
      action: WorkOrderAction.CLOSE,
      authorise: (row) => assertOwnerOrAdmin(identity, row),
      apply: (row, at) => {
        row.closedAt = at;
      },
      event: WorkOrderClosedV1,
      eventData: (row, at) => workOrderFacts(row, identity, at),
    });
  }
}
