import { Injectable } from '@nestjs/common';
import { WorkOrderClockResumedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner, TransitionSpec } from '@houqin/platform-lifecycle';
import { DomainError } from '@houqin/platform-errors';
import { TransitionAction, WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderStatus } from './work-order-status';
import { endClockPause } from './work-order-clock';
import { WorkOrderRow } from './work-order.entity';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';
import { EntityManager } from 'typeorm';

/** 恢复: the awaited parts or vendor arrived; the clock runs again with its due time moved on. */
@Injectable()
export class ResumeWorkOrderClock {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, workOrderId: string) {
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, this.spec(identity, workOrderId));
  }

  /** Resumes inside the caller's transaction (a vendor's call finishing resumes the clock in the same commit). */
  within(manager: EntityManager, identity: Identity, workOrderId: string) {
    return this.transitions.runIn(manager, identity, WORK_ORDER_LIFECYCLE, this.spec(identity, workOrderId));
  }

  private spec(identity: Identity, workOrderId: string): TransitionSpec<WorkOrderRow, WorkOrderStatus, TransitionAction, typeof WorkOrderClockResumedV1> {
    let pausedMinutes = 0;
    return {
      ...workOrderStep(this.repository, identity, workOrderId),
      action: WorkOrderAction.RESUME_CLOCK,
      authorise: (row) => {
        if (!row.pausedSince) throw new DomainError('CLOCK_NOT_PAUSED', { number: row.number });
      },
      apply: async (row, at, manager) => {
        pausedMinutes = await endClockPause(manager, row, identity, at);
      },
      event: {
        contract: WorkOrderClockResumedV1,
        data: (row, at) => ({ ...workOrderFacts(row, identity, at), pausedMinutes, resolutionDueAt: row.resolutionDueAt.toISOString() }),
      },
    };
  }
}
