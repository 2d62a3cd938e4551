import { Injectable } from '@nestjs/common';
import { WorkOrderClockPausedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText } from '@houqin/platform-errors';
import { WorkOrderClockPauseRow } from './work-order.entity';
import { WorkOrderAction } from './work-order-lifecycle';
import { PauseWorkOrderClockInput } from './work-order.inputs';
import { assertAssignedTechnician } from './work-order-permissions';
import { TransitionSpec, workOrderFacts, WorkOrderTransitions } from './work-order-transitions';
import { EntityManager } from 'typeorm';

/** 挂起: the resolution clock stops while the crew waits for parts, a vendor or access to the room. */
@Injectable()
export class PauseWorkOrderClock {
  constructor(private readonly transitions: WorkOrderTransitions) {}

  execute(identity: Identity, input: PauseWorkOrderClockInput) {
    return this.transitions.run(identity, input.workOrderId, this.spec(identity, input));
  }

  /** Pauses inside the caller's transaction (calling a vendor pauses the clock in the same commit). */
  within(manager: EntityManager, identity: Identity, input: PauseWorkOrderClockInput) {
    return this.transitions.runIn(manager, identity, input.workOrderId, this.spec(identity, input));
  }

  private spec(identity: Identity, input: PauseWorkOrderClockInput): TransitionSpec<typeof WorkOrderClockPausedV1> {
    const note = optionalText('note', input.note, 500);
    return {
      action: WorkOrderAction.PAUSE_CLOCK,
      reason: [input.reason, note].filter(Boolean).join(': '),
      authorise: (row) => {
        assertAssignedTechnician(identity, row);
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
      event: WorkOrderClockPausedV1,
      eventData: (row, at) => ({ ...workOrderFacts(row, identity, at), reason: input.reason, note }),
    };
  }
}
