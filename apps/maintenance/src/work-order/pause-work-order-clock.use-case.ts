import { Injectable } from '@nestjs/common';
import { WorkOrderClockPausedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner, TransitionSpec } from '@houqin/platform-lifecycle';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText } from '@houqin/platform-errors';
import { WorkOrderClockPauseRow, WorkOrderRow } from './work-order.entity';
import { TransitionAction, WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { WorkOrderStatus } from './work-order-status';
import { PauseWorkOrderClockInput } from './work-order.inputs';
import { WorkOrderRepository } from './work-order.repository';
import { workOrderFacts, workOrderStep } from './work-order-transitions';
import { EntityManager } from 'typeorm';

/** 挂起: the resolution clock stops while the crew waits for parts, a vendor or access to the room. */
@Injectable()
export class PauseWorkOrderClock {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
  ) {}

  execute(identity: Identity, input: PauseWorkOrderClockInput) {
    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, this.spec(identity, input));
  }

  /** Pauses inside the caller's transaction (calling a vendor pauses the clock in the same commit). */
  within(manager: EntityManager, identity: Identity, input: PauseWorkOrderClockInput) {
    return this.transitions.runIn(manager, identity, WORK_ORDER_LIFECYCLE, this.spec(identity, input));
  }

  private spec(
    identity: Identity,
    input: PauseWorkOrderClockInput,
  ): TransitionSpec<WorkOrderRow, WorkOrderStatus, TransitionAction, typeof WorkOrderClockPausedV1> {
    const note = optionalText('note', input.note, 500);
    return {
      ...workOrderStep(this.repository, identity, input.workOrderId, [input.reason, note].filter(Boolean).join(': ')),
      action: WorkOrderAction.PAUSE_CLOCK,
      authorise: (row) => {
        if (row.pausedSince) throw new DomainError('CLOCK_ALREADY_PAUSED', { number: row.number });
      },
      apply: async (row, at, manager) => {
        row.pausedSince = at;
        row.pauseReason = input.reason;
        await manager.insert(WorkOrderClockPauseRow, {
          id: uuidv7(),
          workOrderId: row.id,
          reason: input.reason,
          note,
          pausedAt: at,
          pausedBy: identity.name,
          resumedAt: null,
          resumedBy: null,
        });
      },
      event: { contract: WorkOrderClockPausedV1, data: (row, at) => ({ ...workOrderFacts(row, identity, at), reason: input.reason, note }) },
    };
  }
}
