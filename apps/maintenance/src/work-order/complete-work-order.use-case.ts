import { Injectable } from '@nestjs/common';
import { WorkOrderCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, optionalText, requireNonNegativeInt, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { WorkOrderPartRow } from './work-order.entity';
import { WORK_ORDER_LIFECYCLE, WorkOrderAction } from './work-order-lifecycle';
import { CompleteWorkOrderInput } from './work-order.inputs';
import { endClockPause } from './work-order-clock';
import { chinaToday } from '@houqin/platform-calendar';
import { WorkOrderRepository } from './work-order.repository';
import { LabourLog } from './work-order-ports';
import { workOrderFacts, workOrderStep } from './work-order-transitions';

const MAX_LABOUR_MINUTES = 7 * 24 * 60;
const MAX_PART_LINES = 50;

/** 完工: labour and parts are recorded; materials issues the parts from stock when the event arrives. */
@Injectable()
export class CompleteWorkOrder {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly repository: WorkOrderRepository,
    private readonly labour: LabourLog,
  ) {}

  execute(identity: Identity, input: CompleteWorkOrderInput) {
    const labourMinutes = requireNonNegativeInt('labourMinutes', input.labourMinutes);
    if (labourMinutes > MAX_LABOUR_MINUTES) throw new DomainError('INVALID_INPUT', { detail: `labourMinutes > ${MAX_LABOUR_MINUTES}` });
    if (input.parts.length > MAX_PART_LINES) throw new DomainError('INVALID_INPUT', { detail: `more than ${MAX_PART_LINES} part lines` });
    optionalText('note', input.note, 2000);
    // The same item on two lines is one line of the summed quantity.
    const quantities = new Map<string, number>();
    for (const [index, part] of input.parts.entries()) {
      const itemId = requireUuid(`parts[${index}].itemId`, part.itemId);
      quantities.set(itemId, (quantities.get(itemId) ?? 0) + requirePositiveInt(`parts[${index}].quantity`, part.quantity));
    }
    const parts = [...quantities].map(([itemId, quantity]) => ({ itemId, quantity }));

    return this.transitions.run(identity, WORK_ORDER_LIFECYCLE, {
      ...workOrderStep(this.repository, identity, input.workOrderId, input.note ?? null),
      action: WorkOrderAction.COMPLETE,
      apply: async (row, at, manager) => {
        // Completing while paused ends the pause: the waiting time does not count against the crew.
        await endClockPause(manager, row, identity, at);
        row.completedAt = at;
        row.labourMinutes = (row.labourMinutes ?? 0) + labourMinutes;
        // The completing technician's time, priced like any other time log.
        if (labourMinutes > 0) {
          await this.labour.logTime(manager, identity, row, {
            staffId: row.technicianId ?? identity.staffId,
            minutes: labourMinutes,
            workedOn: chinaToday(at),
            note: null,
          });
        }
        row.completionCount += 1;
        if (parts.length) {
          await manager.insert(
            WorkOrderPartRow,
            parts.map((p) => ({ id: uuidv7(), workOrderId: row.id, completion: row.completionCount, itemId: p.itemId, quantity: p.quantity })),
          );
        }
      },
      event: {
        contract: WorkOrderCompletedV1,
        data: (row, at) => ({ ...workOrderFacts(row, identity, at), labourMinutes, parts, technicianId: row.technicianId, completion: row.completionCount }),
      },
    });
  }
}
