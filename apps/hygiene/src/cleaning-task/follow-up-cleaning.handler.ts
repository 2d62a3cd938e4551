import { EventData, InspectionItemFailedV1, WorkOrderCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { CleaningPlaces } from './cleaning-place';
import { CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskDesk } from './cleaning-task-desk';

const system = (campusId: string, name: string): Identity => ({ subject: 'system:hygiene.follow-up', staffId: null, name, roles: [], campusIds: [campusId] });

/** A repair finished in a room leaves dust and debris: the room gets an after-repair clean (维修后保洁). */
@ConsumerGroup('follow-up-cleaning', 'opens an after-repair clean where maintenance completed a work order')
export class RepairCompletedCleaningHandler implements EventHandler<typeof WorkOrderCompletedV1> {
  readonly contract = WorkOrderCompletedV1;

  constructor(
    private readonly places: CleaningPlaces,
    private readonly desk: CleaningTaskDesk,
  ) {}

  async handle(event: CloudEvent<EventData<typeof WorkOrderCompletedV1>>, manager: EntityManager): Promise<void> {
    const order = event.data;
    const place = await this.places.resolveIfCleanable(manager, order.locationId, order.campusId);
    if (!place) return;
    await this.desk.open(manager, system(order.campusId, '系统：维修后保洁 (after repair)'), {
      kind: CleaningTaskKind.AFTER_REPAIR,
      place,
      precautions: [],
      openedAt: new Date(order.occurredAt),
      origin: `repair:${order.workOrderId}:${order.completion}`,
      note: `维修工单 ${order.number}`,
    });
  }
}

/** An inspection item failed for want of cleaning: a corrective clean (整改) of its location. */
@ConsumerGroup('follow-up-cleaning', 'opens a corrective clean for a failed hygiene inspection item whose remedy is CLEANING')
export class InspectionCleaningHandler implements EventHandler<typeof InspectionItemFailedV1> {
  readonly contract = InspectionItemFailedV1;

  constructor(
    private readonly places: CleaningPlaces,
    private readonly desk: CleaningTaskDesk,
  ) {}

  async handle(event: CloudEvent<EventData<typeof InspectionItemFailedV1>>, manager: EntityManager): Promise<void> {
    const item = event.data;
    if (item.remedy !== 'CLEANING') return;
    const place = await this.places.resolve(manager, item.locationId, item.campusId, true);
    await this.desk.open(manager, system(item.campusId, '系统：检查整改 (inspection)'), {
      kind: CleaningTaskKind.CORRECTIVE,
      place,
      precautions: [],
      openedAt: new Date(item.inspectedAt),
      origin: `inspection:${item.failedItemId}`,
      note: `${item.itemLabel}：${item.finding}`,
    });
  }
}
