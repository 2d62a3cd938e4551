import { Injectable } from '@nestjs/common';
import { WorkOrderClockResumedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { WorkOrderAction } from './work-order-lifecycle';
import { assertAssignedTechnician } from './work-order-permissions';
import { endClockPause } from './work-order-clock';
import { TransitionSpec, workOrderFacts, WorkOrderTransitions } from './work-order-transitions';
import { EntityManager } from 'typeorm';

/** 恢复: the awaited parts or vendor arrived; the clock runs again with its due time moved on. */
@Injectable()
export class ResumeWorkOrderClock {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, workOrderId, this.spec(identity));
  }

  /** Resumes inside the caller's transaction (a vendor's call finishing resumes the clock in the same commit). */
  within(manager: EntityManager, identity: Identity, workOrderId: string) {
    return this.transitions.runIn(manager, identity, workOrderId, this.spec(identity));
  }

  private spec(identity: Identity): TransitionSpec<typeof WorkOrderClockResumedV1> {
    let pausedMinutes = 0;
    return {
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
    };
  }
}
