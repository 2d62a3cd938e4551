import { DuplicateRepairReportedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { WorkOrderRow } from '../work-order/work-order.entity';
import { ReportedFault } from '../work-order/work-order-ports';
import { WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrderDuplicateReportRow } from './intake.entity';

const S = WorkOrderStatus;
/** Still being worked on: a second report of the same fault adds nothing a crew would do differently. */
const OPEN = [S.SUBMITTED, S.DISPATCHED, S.ACCEPTED, S.IN_PROGRESS];

/**
 * 重复报修: the same fault (same location or same asset, same category) reported while an order for it is open
 * is linked to that order instead of opening another. Locks make two simultaneous reports of one leak one order.
 */
export class DuplicateDetector {
  constructor(private readonly changes: ChangeRecorder) {}

  /** The open order for the fault, locked; the caller's transaction holds the lock on the place until it commits. */
  async openOrderFor(manager: EntityManager, fault: ReportedFault): Promise<WorkOrderRow | null> {
    // Location first, then asset: every reporter takes the locks in the same order, so two of them cannot deadlock.
    for (const place of [fault.locationId, fault.assetId]) {
      if (place) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`maintenance.intake:${place}:${fault.category}`]);
    }
    const query = manager
      .createQueryBuilder(WorkOrderRow, 'wo')
      .where('wo.category = :category', { category: fault.category })
      .andWhere('wo.status IN (:...open)', { open: OPEN })
      .andWhere(fault.assetId ? '(wo.locationId = :locationId OR wo.assetId = :assetId)' : 'wo.locationId = :locationId', {
        locationId: fault.locationId,
        assetId: fault.assetId,
      })
      .orderBy('wo.submittedAt', 'ASC')
      .setLock('pessimistic_write');
    return (await query.getOne()) ?? null;
  }

  async report(manager: EntityManager, identity: Identity, order: WorkOrderRow, fault: ReportedFault): Promise<WorkOrderDuplicateReportRow> {
    const row: WorkOrderDuplicateReportRow = {
      id: uuidv7(),
      workOrderId: order.id,
      reporterSubject: identity.subject,
      reporterName: identity.name,
      reporterStaffId: identity.staffId,
      source: fault.source,
      text: fault.description ? `${fault.title}\n${fault.description}` : fault.title,
      reportedAt: new Date(),
    };
    await manager.insert(WorkOrderDuplicateReportRow, row);
    await this.changes.record(manager, identity, {
      audit: { action: 'work_order.report_duplicate', entityType: 'WorkOrder', entityId: order.id, campusId: order.campusId, before: null, after: row },
      events: [
        changeEvent(
          DuplicateRepairReportedV1,
          {
            duplicateReportId: row.id,
            workOrderId: order.id,
            campusId: order.campusId,
            locationId: fault.locationId,
            assetId: fault.assetId,
            category: order.category,
            text: row.text,
            occurredAt: row.reportedAt.toISOString(),
            reporter: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
          },
          order.id,
        ),
      ],
    });
    return row;
  }
}
