import { Injectable } from '@nestjs/common';
import { WorkOrderStartedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { WorkOrderAction } from './work-order-lifecycle';
import { assertAssignedTechnician } from './work-order-permissions';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 开工: work begins on site. */
@Injectable()
export class StartWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, workOrderId, {
      action: WorkOrderAction.START,
      authorise: (row) => assertAssignedTechnician(identity, row),
      apply: (row, at) => {
        row.startedAt = at;
      },
      event: WorkOrderStartedV1,
      eventData: (row, at) => workOrderFacts(row, identity, at),
    });
  }
}
