import { EventData, InspectionItemFailedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { WorkOrderPriority } from './sla-policy';
import { checkRepairRequest, WorkOrderIntake } from './work-order-intake';
import { WorkOrderSource } from './work-order-source';

const GROUP = 'hygiene-repairs';

/** Who the audit trail names for the orders this consumer opens: itself, on the event's campus only. */
const hygieneRepairs = (campusId: string): Identity => ({
  subject: `system:maintenance.${GROUP}`,
  staffId: null,
  name: '系统：卫生检查报修 (hygiene inspection repairs)',
  roles: [],
  campusIds: [campusId],
});

/**
 * A hygiene inspection item that failed for want of a repair (a broken dispenser, a leaking tap) opens a work
 * order at its location, through the one intake path every channel uses; the failed item's id is the order's
 * source reference. Items to be cleaned again are hygiene's own (its cleaning tasks), not maintenance's.
 * Redeliveries open nothing twice: events are applied once per consumer group.
 */
@ConsumerGroup(GROUP, 'opens a work order (source HYGIENE_INSPECTION) at the location of a failed hygiene inspection item whose remedy is REPAIR')
export class InspectionItemFailedHandler implements EventHandler<typeof InspectionItemFailedV1> {
  readonly contract = InspectionItemFailedV1;

  constructor(private readonly intake: WorkOrderIntake) {}

  async handle(event: CloudEvent<EventData<typeof InspectionItemFailedV1>>, manager: EntityManager): Promise<void> {
    const item = event.data;
    if (item.remedy !== 'REPAIR' || !item.repairCategory) return;
    const request = checkRepairRequest(
      {
        locationId: item.locationId,
        campusId: item.campusId,
        category: item.repairCategory,
        // A fault in an operating theatre or an ICU holds up infection control: it goes first.
        priority: item.riskLevel === 'HIGH' ? WorkOrderPriority.HIGH : WorkOrderPriority.NORMAL,
        title: `卫生检查：${item.zoneName} ${item.itemLabel}`.slice(0, 100),
        description: [`${item.itemLabel}：${item.finding}`, item.note && `备注：${item.note}`, `检查人：${item.actor.name}`].filter(Boolean).join('。'),
      },
      WorkOrderSource.HYGIENE_INSPECTION,
      item.failedItemId,
    );
    await this.intake.open(manager, hygieneRepairs(item.campusId), request);
  }
}
