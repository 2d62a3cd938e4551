import { Injectable } from '@nestjs/common';
import { InspectionReadingRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { actorOf } from '../crew/crew-facts';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { checkRepairRequest, WorkOrderIntake } from '../work-order/work-order-intake';
import { WorkOrderSource } from '../work-order/work-order-source';
import { expectedOf, roundFacts } from './inspection-facts';
import { InspectionCheckpointRow, InspectionReadingRow, InspectionRouteRow } from './inspection.entity';
import { RecordCheckpointReadingInput } from './inspection.inputs';
import { checkReading, describeExpected, describeReading } from './reading-check';
import { RoundAccess } from './round-access';
import { assertRoundOpen, INSPECTION_ROUND_LIFECYCLE, RoundAction } from './round-lifecycle';

/**
 * 录入巡检读数 on a round in progress, once per checkpoint. A reading out of range (or a check found not ok)
 * opens one corrective work order in the same transaction, at the checkpoint's location and asset, in its
 * trade, referring back to the reading; if the order cannot be opened, the reading is not recorded either.
 */
@Injectable()
export class RecordCheckpointReading {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly access: RoundAccess,
    private readonly intake: WorkOrderIntake,
  ) {}

  async execute(identity: Identity, input: RecordCheckpointReadingInput): Promise<InspectionReadingRow> {
    const checkpointId = requireUuid('checkpointId', input.checkpointId);
    const note = optionalText('note', input.note, 200);
    let route!: InspectionRouteRow;
    let checkpoint!: InspectionCheckpointRow;
    let reading!: InspectionReadingRow;
    await this.transitions.run(identity, INSPECTION_ROUND_LIFECYCLE, {
      action: RoundAction.RECORD,
      load: async (manager) => {
        const opened = await this.access.open(manager, identity, input.roundId);
        route = opened.route;
        return opened.round;
      },
      apply: async (round, at, manager) => {
        assertRoundOpen(round, RoundAction.RECORD, at);
        const found = await manager.findOneBy(InspectionCheckpointRow, { id: checkpointId, routeId: route.id });
        if (!found) throw notFound('InspectionCheckpoint', checkpointId);
        checkpoint = found;
        if (await manager.existsBy(InspectionReadingRow, { roundId: round.id, checkpointId }))
          throw new DomainError('CHECKPOINT_ALREADY_RECORDED', { checkpoint: checkpoint.label });
        const expected = expectedOf(checkpoint);
        const checked = checkReading(checkpoint.label, expected, input);
        const id = uuidv7();
        const workOrder = checked.outOfRange
          ? await this.intake.open(
              manager,
              identity,
              checkRepairRequest(
                {
                  locationId: checkpoint.locationId,
                  assetId: checkpoint.assetId,
                  category: checkpoint.workCategory,
                  priority: WorkOrderPriority.HIGH,
                  title: `${route.name}：${checkpoint.label}${checked.unit ? '读数超限' : '检查异常'}`,
                  description: [`${checkpoint.label}：实测 ${describeReading(checked)}，应为 ${describeExpected(expected)}`, note && `备注：${note}`]
                    .filter(Boolean)
                    .join('。'),
                },
                WorkOrderSource.INSPECTION_ROUND,
                id,
              ),
            )
          : null;
        reading = {
          id,
          roundId: round.id,
          checkpointId,
          ...checked,
          workOrderId: workOrder?.id ?? null,
          note,
          recordedAt: at,
          recordedBy: identity.subject,
          recordedByName: identity.name,
        };
        await manager.insert(InspectionReadingRow, reading);
      },
      // The round itself does not change: the trail keeps the reading.
      audit: () => ({ before: null, after: reading }),
      event: {
        contract: InspectionReadingRecordedV1,
        data: (round, at) => ({
          ...roundFacts(round, route, at),
          readingId: reading.id,
          checkpointId,
          label: checkpoint.label,
          ok: reading.ok,
          value: reading.value,
          unit: reading.unit,
          outOfRange: reading.outOfRange,
          correctiveWorkOrderId: reading.workOrderId,
          actor: actorOf(identity),
        }),
        key: () => route.id,
      },
    });
    return reading;
  }
}
