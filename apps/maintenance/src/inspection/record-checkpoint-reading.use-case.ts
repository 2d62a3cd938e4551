import { Injectable } from '@nestjs/common';
import { InspectionReadingRecordedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { actorOf } from '../crew/crew-facts';
import { WorkOrderPriority } from '../work-order/sla-policy';
import { checkRepairRequest, WorkOrderIntake } from '../work-order/work-order-intake';
import { WorkOrderSource } from '../work-order/work-order-source';
import { expectedOf, roundFacts } from './inspection-facts';
import { InspectionCheckpointRow, InspectionReadingRow } from './inspection.entity';
import { RecordCheckpointReadingInput } from './inspection.inputs';
import { checkReading, describeExpected, describeReading } from './reading-check';
import { RoundAccess } from './round-access';
import { RoundAction } from './round-status';

/**
 * 录入巡检读数 on a round in progress, once per checkpoint. A reading out of range (or a check found not ok)
 * opens one corrective work order in the same transaction, at the checkpoint's location and asset, in its
 * trade, referring back to the reading; if the order cannot be opened, the reading is not recorded either.
 */
@Injectable()
export class RecordCheckpointReading {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly access: RoundAccess,
    private readonly intake: WorkOrderIntake,
  ) {}

  execute(identity: Identity, input: RecordCheckpointReadingInput): Promise<InspectionReadingRow> {
    const checkpointId = requireUuid('checkpointId', input.checkpointId);
    const note = optionalText('note', input.note, 200);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const { round, route } = await this.access.open(manager, identity, input.roundId, RoundAction.RECORD, now);
      const checkpoint = await manager.findOneBy(InspectionCheckpointRow, { id: checkpointId, routeId: route.id });
      if (!checkpoint) throw notFound('InspectionCheckpoint', checkpointId);
      if (await manager.existsBy(InspectionReadingRow, { roundId: round.id, checkpointId }))
        throw new DomainError('CHECKPOINT_ALREADY_RECORDED', { checkpoint: checkpoint.label });
      const expected = expectedOf(checkpoint);
      const reading = checkReading(checkpoint.label, expected, input);
      const id = uuidv7();
      const workOrder = reading.outOfRange
        ? await this.intake.open(
            manager,
            identity,
            checkRepairRequest(
              {
                locationId: checkpoint.locationId,
                assetId: checkpoint.assetId,
                category: checkpoint.workCategory,
                priority: WorkOrderPriority.HIGH,
                title: `${route.name}：${checkpoint.label}${reading.unit ? '读数超限' : '检查异常'}`,
                description: [`${checkpoint.label}：实测 ${describeReading(reading)}，应为 ${describeExpected(expected)}`, note && `备注：${note}`]
                  .filter(Boolean)
                  .join('。'),
              },
              WorkOrderSource.INSPECTION_ROUND,
              id,
            ),
          )
        : null;
      const row: InspectionReadingRow = {
        id,
        roundId: round.id,
        checkpointId,
        ...reading,
        workOrderId: workOrder?.id ?? null,
        note,
        recordedAt: now,
        recordedBy: identity.subject,
        recordedByName: identity.name,
      };
      await manager.insert(InspectionReadingRow, row);
      await recordAudit(
        manager,
        identity,
        { action: 'inspection_round.record_reading', entityType: 'InspectionRound', entityId: round.id, campusId: round.campusId, before: null, after: row },
        now,
      );
      await this.outbox.append(
        manager,
        InspectionReadingRecordedV1,
        {
          ...roundFacts(round, route, now),
          readingId: id,
          checkpointId,
          label: checkpoint.label,
          ok: row.ok,
          value: row.value,
          unit: row.unit,
          outOfRange: row.outOfRange,
          correctiveWorkOrderId: row.workOrderId,
          actor: actorOf(identity),
        },
        { key: route.id },
      );
      return row;
    });
  }
}
