import { Injectable } from '@nestjs/common';
import { RequisitionSubmittedV1 } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { DomainError, forbidden, inactive, notFound, optionalText, optionalUuid, requirePositiveInt, requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { requisitionDepartment } from './requisition-access';
import { costBases } from './requisition-cost-basis';
import { RequisitionAction, RequisitionStatus } from './requisition-lifecycle';
import { requireDistinctItems } from './requisition-lines';
import { requisitionValue } from './requisition-policy';
import { requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionLineRow, RequisitionRow } from './requisition.entity';
import { SubmitRequisitionInput } from './requisition.inputs';

const MAX_LINES = 50;

/** Who may enter a paper requisition (补录) for a staff member: the campus's logistics office. */
const PAPER_FORM_CLERKS = [Role.CAMPUS_ADMIN, Role.GROUP_ADMIN];

/**
 * 科室申领: a staff member asks their campus warehouse for items for their own department (campus admins may
 * enter a paper form for one). The department defaults to the requester's in the staff directory and may be
 * no other. It waits for the head of the department.
 */
@Injectable()
export class SubmitRequisition {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
    private readonly directory: OrgDirectoryReplica,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, input: SubmitRequisitionInput): Promise<RequisitionRow> {
    const chosenDepartmentId = optionalUuid('departmentId', input.departmentId);
    const onBehalfOf = optionalUuid('requesterStaffId', input.requesterStaffId);
    if (onBehalfOf && !hasAnyRole(identity, PAPER_FORM_CLERKS)) throw forbidden();
    const reason = requireText('reason', input.reason, 500);
    const lines = requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
      itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
      quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      note: optionalText(`lines[${index}].note`, line.note, 200),
    }));
    requireDistinctItems('lines', lines);
    const requesterStaffId = onBehalfOf ?? identity.staffId;
    if (!requesterStaffId) throw new DomainError('REQUISITION_REQUESTER_HAS_NO_DEPARTMENT', { name: identity.name });
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    for (const line of lines) {
      const item = items.get(line.itemId);
      if (!item) throw notFound('Item', line.itemId);
      if (!item.active) throw inactive('Item', item.name);
    }

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const requester = await this.directory.requireStaff(manager, requesterStaffId, warehouse.campusId);
      const chosen = chosenDepartmentId ? await this.directory.requireDepartment(manager, chosenDepartmentId, warehouse.campusId) : null;
      const departmentId = requisitionDepartment(requester, chosen);
      if (!chosen) await this.directory.requireDepartment(manager, departmentId, warehouse.campusId);
      const bases = await costBases(
        manager,
        warehouse.id,
        lines.map((line) => line.itemId),
        chinaToday(now),
      );
      const row: RequisitionRow = {
        id: uuidv7(),
        number: await nextDocumentNumber(manager, 'SL', now),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        departmentId,
        status: RequisitionStatus.SUBMITTED,
        reason,
        requesterStaffId: requester.id,
        requesterName: requester.name,
        submittedBySubject: identity.subject,
        submittedByName: identity.name,
        submittedAt: now,
        departmentApproverSubject: null,
        departmentApproverStaffId: null,
        approvalRoute: null,
        approvalRouteReason: null,
        valueFen: requisitionValue(lines, bases),
        updatedAt: now,
      };
      const lineRows: RequisitionLineRow[] = lines.map((line, index) => ({
        id: uuidv7(),
        requisitionId: row.id,
        lineNo: index + 1,
        itemId: line.itemId,
        note: line.note,
        quantityRequested: line.quantity,
        quantityApproved: line.quantity,
        quantityIssued: 0,
        exchangeExemptQuantity: 0,
        exchangeExemptUsed: 0,
        exchangeExemptionReason: null,
        exchangeExemptionNote: null,
      }));
      await manager.insert(RequisitionRow, row);
      await manager.insert(RequisitionLineRow, lineRows);
      await this.steps.history(manager, identity, row, RequisitionAction.SUBMIT, null, reason, now);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'requisition.submit',
            entityType: 'Requisition',
            entityId: row.id,
            campusId: row.campusId,
            before: null,
            after: { ...row, lines: lineRows },
          },
          events: [
            changeEvent(
              RequisitionSubmittedV1,
              {
                ...requisitionFacts(row, identity, now),
                requesterStaffId: row.requesterStaffId,
                reason,
                valueFen: row.valueFen,
                lines: lines.map((line) => ({ itemId: line.itemId, quantity: line.quantity })),
              },
              row.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }
}
