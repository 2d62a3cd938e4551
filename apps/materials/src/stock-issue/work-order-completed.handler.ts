import { EventData, WorkOrderCompletedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { JsonLogger } from '@houqin/platform-telemetry';
import { EntityManager } from 'typeorm';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { ChargedDepartments } from './charged-department';
import { mergeIssueLines } from './issue-lines';
import { IssueStock } from './issue-stock.use-case';

const PARTS_ISSUER_GROUP = 'materials.parts-issuer';

/** Who the audit trail names for writes made on an event's behalf rather than a person's request. */
const PARTS_ISSUER: Identity = { subject: `system:${PARTS_ISSUER_GROUP}`, staffId: null, name: '系统：维修领料 (parts issuer)', roles: [], campusIds: [] };

/**
 * A completed work order's parts leave the campus warehouse, charged to the requesting department. Stock
 * that is not there is a business fact (a shortage row and event for the storekeeper), never an error:
 * throwing would only park the event on the dead-letter topic, where nobody in logistics looks. The same
 * goes for a department that cannot be charged (unknown, deactivated, another campus's): nothing is issued,
 * and the audit trail and a warning say which parts a storekeeper has to issue by hand.
 */
@ConsumerGroup(
  'parts-issuer',
  'issues the parts (FIFO, FEFO for items with expiry) from the campus warehouse, charged to the department; records shortages; refuses (audited) a department it cannot charge',
)
export class WorkOrderCompletedHandler implements EventHandler<typeof WorkOrderCompletedV1> {
  readonly contract = WorkOrderCompletedV1;

  constructor(
    private readonly warehouses: WarehouseRepository,
    private readonly issueStock: IssueStock,
    private readonly chargedDepartments: ChargedDepartments,
    private readonly changes: ChangeRecorder,
    private readonly logger: JsonLogger,
  ) {}

  handle(event: CloudEvent<EventData<typeof WorkOrderCompletedV1>>, manager: EntityManager): Promise<void> {
    return this.handleBatch([event], manager);
  }

  /** A burst of completions (a batch of one partition) issued together: one lock, one insert per table. */
  async handleBatch(events: CloudEvent<EventData<typeof WorkOrderCompletedV1>>[], manager: EntityManager): Promise<void> {
    const withParts = events.filter((event) => event.data.parts.length > 0);
    // Checked here as well as in issueAllWithin so that only this refusal is caught, never a failure of the issue itself.
    const charges = await this.chargedDepartments.check(
      manager,
      withParts.map((event) => event.data),
    );
    const toIssue: CloudEvent<EventData<typeof WorkOrderCompletedV1>>[] = [];
    for (const [index, event] of withParts.entries()) {
      const charge = charges[index];
      if (charge instanceof DomainError) await this.recordRefusal(event, manager, charge);
      else toIssue.push(event);
    }
    const warehouses = await this.warehouses.findCentralOf(
      manager,
      toIssue.map((event) => event.data.campusId),
    );
    const outcomes = await this.issueStock.issueAllWithin(
      manager,
      PARTS_ISSUER,
      toIssue.map(({ data }) => ({
        campusId: data.campusId,
        warehouse: warehouses.get(data.campusId) ?? null,
        departmentId: data.departmentId,
        workOrderId: data.workOrderId,
        note: `工单 ${data.number} 完工领料`,
        lines: mergeIssueLines(data.parts),
        onShortage: 'record' as const,
      })),
    );
    for (const [index, { shortages }] of outcomes.entries()) {
      if (!shortages.length) continue;
      const { id: eventId, data } = toIssue[index];
      this.logger.event('warn', 'work order parts short of stock', {
        eventId,
        workOrderId: data.workOrderId,
        campusId: data.campusId,
        warehouseId: warehouses.get(data.campusId)?.id ?? null,
        shortItems: shortages.map((s) => s.itemId),
      });
    }
  }

  /** Written with the inbox row, so a redelivered event neither issues nor records twice. */
  private async recordRefusal(event: CloudEvent<EventData<typeof WorkOrderCompletedV1>>, manager: EntityManager, error: DomainError): Promise<void> {
    const { campusId, departmentId, workOrderId, number, parts } = event.data;
    const refusal = { number, departmentId, parts, reason: error.code, detail: error.message };
    await this.changes.record(manager, PARTS_ISSUER, {
      audit: { action: 'stock.issue-refused', entityType: 'WorkOrder', entityId: workOrderId, campusId, before: null, after: refusal },
    });
    this.logger.event('warn', 'work order parts not issued: the charged department was refused', { eventId: event.id, workOrderId, campusId, ...refusal });
  }
}
