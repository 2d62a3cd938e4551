import { Injectable } from '@nestjs/common';
import { WorkOrderDispatchedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { optionalUuid, requireUuid } from '@houqin/platform-errors';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { WorkOrderAction } from './work-order-lifecycle';
import { DispatchWorkOrderInput } from './work-order.inputs';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 派工: the dispatcher assigns a crew of the order's campus, and optionally a named technician of that campus. */
@Injectable()
export class DispatchWorkOrder {
  constructor(
    private readonly transitions: WorkOrderTransitions,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: DispatchWorkOrderInput) {
    const teamId = requireUuid('teamId', input.teamId);
    const technicianId = optionalUuid('technicianId', input.technicianId);
    return this.transitions.run(identity, input.workOrderId, {
      action: WorkOrderAction.DISPATCH,
      apply: async (row, at, manager) => {
        await this.directory.requireTeam(manager, teamId, row.campusId);
        if (technicianId) await this.directory.requireStaff(manager, technicianId, row.campusId);
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
