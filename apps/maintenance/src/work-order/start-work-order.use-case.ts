import { Injectable } from '@nestjs/common';
import { WorkOrderStartedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 开工: work begins on site. */
@Injectable()
export class StartWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, workOrderId),
      action: WorkOrderAction.START,
      apply: (row, at) => {
        row.startedAt = at;
      },
      event: { contract: WorkOrderStartedV1, data: (row, at) => workOrderFacts(row, identity, at) },
    });
  }
}
