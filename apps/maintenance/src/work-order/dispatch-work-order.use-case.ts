import { Injectable } from '@nestjs/common';
import { WorkOrderDispatchedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid, requireUuid } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { DispatchWorkOrderInput } from './work-order.inputs';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 派工: the dispatcher assigns a crew, and optionally a named technician. */
@Injectable()
export class DispatchWorkOrder {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, input: DispatchWorkOrderInput) {
    const teamId = requireUuid('teamId', input.teamId);
    const technicianId = optionalUuid('technicianId', input.technicianId);
    return this.transitions.run(identity, input.workOrderId, {
      action: WorkOrderAction.DISPATCH,
      apply: (row, at) => {
        row.teamId = teamId;
        row.technicianId = technicianId;
        row.dispatchedAt = at;
        row.acceptedAt = null;
      },
      event: WorkOrderDispatchedV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), teamId, technicianId }),
    });
  }
}
