import { Injectable } from '@nestjs/common';
import { WorkOrderReopenedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { DomainError, requireText } from '@houqin/platform-errors';
import { reopenableUntil, REOPEN_WINDOW_DAYS, WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderReasonInput } from './work-order.inputs';
import { SlaTargets } from './sla-targets';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

/** 返修: the fault came back or the work was not accepted; the order goes back for dispatch with fresh SLA clocks. */
@Injectable()
export class ReopenWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
    private readonly targets: SlaTargets,
  ) {}

  execute(identity: Identity, input: WorkOrderReasonInput) {
    const reason = requireText('reason', input.reason, 500);
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, input.workOrderId, reason),
      action: WorkOrderAction.REOPEN,
      authorise: (row, at) => {
        const until = reopenableUntil(row);
        // Later than that it is a new fault: the requester reports it again.
        if (until && until < at) throw new DomainError('REOPEN_WINDOW_CLOSED', { number: row.number, days: REOPEN_WINDOW_DAYS });
      },
      apply: async (row, at, manager) => {
        // A reopened order is a new call: its clocks start again from now.
        Object.assign(row, (await this.targets.policyFor(manager, row.campusId)).dueTimes(row.priority, at));
        row.acceptedAt = null;
        row.startedAt = null;
        row.completedAt = null;
        row.signedOffAt = null;
        row.closedAt = null;
        row.dispatchedAt = null;
      },
      event: { contract: WorkOrderReopenedV1, data: (row, at) => ({ ...workOrderFacts(row, identity, at), reason }) },
    });
  }
}
