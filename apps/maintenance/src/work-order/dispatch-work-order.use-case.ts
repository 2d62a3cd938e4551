import { Injectable } from '@nestjs/common';
import { WorkOrderDispatchedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { DomainError, optionalText, optionalUuid } from '@houqin/platform-errors';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { DispatchWorkOrderInput } from './work-order.inputs';
import { ownerFields, ownerOf } from './work-order-permissions';
import { endClockPause } from './work-order-clock';
import { WorkOrderRepository } from './work-order.repository';
import { TechnicianQualifications } from './work-order-ports';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/**
 * 派工: the dispatcher assigns a crew of the order's campus (by default the one the routing table chose) and
 * optionally a named technician of that campus who holds the licences the work needs. 改派: an order already dispatched is reassigned only with a
 * reason. The first dispatcher of an order nobody owns yet becomes its owner (首问负责制).
 */
@Injectable()
export class DispatchWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
    private readonly directory: OrgDirectoryReplica,
    private readonly qualifications: TechnicianQualifications,
  ) {}

  execute(identity: Identity, input: DispatchWorkOrderInput) {
    const chosenTeamId = optionalUuid('teamId', input.teamId);
    const technicianId = optionalUuid('technicianId', input.technicianId);
    const reason = optionalText('reason', input.reason, 500);
    let reassignment: { previousTeamId: string | null; previousTechnicianId: string | null; reason: string } | null = null;
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, input.workOrderId, reason),
      action: WorkOrderAction.DISPATCH,
      apply: async (row, at, manager) => {
        const teamId = chosenTeamId ?? row.teamId;
        if (!teamId) throw new DomainError('TEAM_REQUIRED', { number: row.number });
        if (row.dispatchedAt) {
          if (!reason) throw new DomainError('REASSIGN_REASON_REQUIRED', { number: row.number });
          reassignment = { previousTeamId: row.teamId, previousTechnicianId: row.technicianId, reason };
        }
        await this.directory.requireTeam(manager, teamId, row.campusId);
        if (technicianId) {
          await this.directory.requireStaff(manager, technicianId, row.campusId);
          // 持证上岗: electrical, elevator, boiler... work goes only to holders of a valid licence.
          await this.qualifications.requireQualified(manager, technicianId, row.category, at);
        }
        if (!row.ownerSubject) Object.assign(row, ownerFields(identity));
        // A new crew starts a new wait, if any: the old pause ends (pausing needs an accepted order).
        await endClockPause(manager, row, identity, at);
        row.teamId = teamId;
        row.technicianId = technicianId;
        row.dispatchedAt = at;
        row.acceptedAt = null;
      },
      event: {
        contract: WorkOrderDispatchedV1,
        data: (row, at) => ({
          ...workOrderFacts(row, identity, at),
          teamId: row.teamId as string,
          technicianId,
          reassignment,
          owner: ownerOf(row),
        }),
      },
    });
  }
}
