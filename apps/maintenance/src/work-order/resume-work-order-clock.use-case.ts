import { Injectable } from '@nestjs/common';
import { WorkOrderClockResumedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { assertAssignedTechnician } from './work-order-permissions';
import { endClockPause } from './work-order-clock';
import { workOrderFacts, WorkOrderTransitions } from './work-order-transitions';

/** 恢复: the awaited parts or vendor arrived; the clock runs again with its due time moved on. */
@Injectable()
export class ResumeWorkOrderClock {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, workOrderId: string) {
    let pausedMinutes = 0;
    return this.transitions.run(identity, workOrderId, {
      action: WorkOrderAction.RESUME_CLOCK,
      authorise: (row) => {
        assertAssignedTechnician(identity, row);
        if (!row.pausedSince) throw new DomainError('CLOCK_NOT_PAUSED', { number: row.number });
      },
      apply: async (row, at, manager) => {
        pausedMinutes = await endClockPause(manager, row, identity, at);
      },
      event: WorkOrderClockResumedV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), pausedMinutes, resolutionDueAt: row.resolutionDueAt.toISOString() }),
    });
  }
}
