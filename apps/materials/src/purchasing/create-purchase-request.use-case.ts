import { Injectable } from '@nestjs/common';
import { PurchaseRequestSubmittedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { DomainError, inactive, notFound, optionalIsoDate, optionalText, optionalUuid, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { costBases } from '../requisition/requisition-cost-basis';
import { RequisitionRow } from '../requisition/requisition.entity';
import { AWAITING_ISSUE } from '../requisition/requisition-lifecycle';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { PurchaseRequestLineRow, PurchaseRequestRow, PurchaseRequestSourceRow } from './purchase-request.entity';
import {
  ConsolidatedLine,
  consolidateDemand,
  DemandSource,
  DemandSourceKind,
  DUPLICATE_WINDOW_DAYS,
  DuplicateKind,
  duplicateVerdict,
  PendingPurchase,
  PurchaseLineStatus,
  PurchaseRequestStatus,
} from './purchase-request-rules';
import { CreatePurchaseRequestInput, PurchaseDemandInput } from './purchasing.inputs';
import { lockCampusPurchasing, requestFacts } from './purchasing-steps';

const MAX_DEMANDS = 500;

/**
 * 采购申请: the planner consolidates demand for one warehouse into one line per item, then every line is
 * checked against what the campus already has requested or on order within the duplicate window: merged into a
 * request still waiting for approval, or flagged when it duplicates an approved request or an open order.
 */
@Injectable()
export class CreatePurchaseRequest {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  async execute(identity: Identity, input: CreatePurchaseRequestInput): Promise<PurchaseRequestRow> {
    const now = new Date();
    const note = optionalText('note', input.note, 2000);
    const neededBy = optionalIsoDate('neededBy', input.neededBy);
    if (neededBy && neededBy < chinaToday(now)) throw new DomainError('INVALID_INPUT', { detail: `neededBy ${neededBy} is in the past` });
    const demands = requireLines('demands', input.demands, MAX_DEMANDS).map((demand, index) => readDemand(demand, `demands[${index}]`));
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    const items = await this.items.findByIds(demands.map((demand) => demand.itemId));
    for (const { itemId } of demands) {
      const item = items.get(itemId);
      if (!item) throw notFound('Item', itemId);
      if (!item.active) throw inactive('Item', `${item.name} (${item.code})`);
    }

    return this.unitOfWork.run(async (manager) => {
      await lockCampusPurchasing(manager, warehouse.campusId);
      await this.checkSources(manager, demands, warehouse.campusId, warehouse.id);
      const lines = consolidateDemand(demands);
      const pending = await pendingPurchases(
        manager,
        warehouse.campusId,
        lines.map((line) => line.itemId),
        new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000),
      );
      const costs = await costBases(
        manager,
        warehouse.id,
        lines.map((line) => line.itemId),
        chinaToday(now),
      );

      const request: PurchaseRequestRow = {
        id: uuidv7(),
        number: await nextDocumentNumber(manager, 'CS', now),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        status: PurchaseRequestStatus.SUBMITTED,
        note,
        neededBy,
        createdAt: now,
        createdBySubject: identity.subject,
        createdByName: identity.name,
        decidedAt: null,
        decidedBySubject: null,
        decidedByName: null,
        decisionComment: null,
        updatedAt: now,
      };
      const rows: PurchaseRequestLineRow[] = [];
      const sources: PurchaseRequestSourceRow[] = [];
      const merges: { line: ConsolidatedLine; into: PendingPurchase }[] = [];
      lines.forEach((line, index) => {
        const verdict = duplicateVerdict(line.itemId, warehouse.id, pending);
        const twin = verdict ? (verdict.action === 'MERGE' ? verdict.into : verdict.of) : null;
        const cost = costs.get(line.itemId);
        const row: PurchaseRequestLineRow = {
          id: uuidv7(),
          purchaseRequestId: request.id,
          lineNo: index + 1,
          itemId: line.itemId,
          status: !verdict ? PurchaseLineStatus.OPEN : verdict.action === 'MERGE' ? PurchaseLineStatus.MERGED : PurchaseLineStatus.FLAGGED,
          quantity: line.quantity,
          quantityOrdered: 0,
          estimatedUnitCostFen: cost ? Math.round(cost.valueFen / cost.quantity) : null,
          duplicateKind: twin?.kind ?? null,
          duplicateOfId: twin?.documentId ?? null,
          duplicateOfNumber: twin?.documentNumber ?? null,
          duplicateQuantity: twin?.quantity ?? null,
          mergedIntoLineId: verdict?.action === 'MERGE' ? verdict.into.lineId : null,
          resolutionReason: null,
          resolvedByName: null,
          resolvedAt: null,
        };
        rows.push(row);
        sources.push(...line.sources.map((source) => sourceRow(row.id, source)));
        if (verdict?.action === 'MERGE') {
          merges.push({ line, into: verdict.into });
          sources.push(...line.sources.map((source) => sourceRow(verdict.into.lineId, source)));
        }
      });
      if (rows.every((row) => row.status === PurchaseLineStatus.MERGED)) request.status = PurchaseRequestStatus.MERGED;

      await manager.insert(PurchaseRequestRow, request);
      await manager.insert(PurchaseRequestLineRow, rows);
      await manager.insert(PurchaseRequestSourceRow, sources);
      for (const merge of merges) {
        await manager.increment(PurchaseRequestLineRow, { id: merge.into.lineId }, 'quantity', merge.line.quantity);
        await manager.update(PurchaseRequestRow, { id: merge.into.documentId }, { updatedAt: now });
      }
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'purchase-request.submitted',
            entityType: 'PurchaseRequest',
            entityId: request.id,
            campusId: request.campusId,
            before: null,
            after: { ...request, lines: rows, sources },
          },
          events: [
            changeEvent(
              PurchaseRequestSubmittedV1,
              {
                ...requestFacts(request, identity, now),
                neededBy,
                lines: rows.map((row, index) => ({
                  lineId: row.id,
                  itemId: row.itemId,
                  quantity: row.quantity,
                  status: row.status as PurchaseLineStatus.OPEN | PurchaseLineStatus.FLAGGED | PurchaseLineStatus.MERGED,
                  duplicateKind: row.duplicateKind,
                  duplicateOfId: row.duplicateOfId,
                  duplicateOfNumber: row.duplicateOfNumber,
                  mergedIntoRequestId: row.mergedIntoLineId ? row.duplicateOfId : null,
                  sources: lines[index].sources.map(({ kind, departmentId, requisitionId, quantity }) => ({ kind, departmentId, requisitionId, quantity })),
                })),
              },
              request.id,
            ),
          ],
        },
        now,
      );
      return request;
    });
  }

  /** A department must be an active one of the warehouse's campus; a backorder must be an approved requisition of this warehouse still owing. */
  private async checkSources(
    manager: EntityManager,
    demands: { itemId: string; source: DemandSource }[],
    campusId: string,
    warehouseId: string,
  ): Promise<void> {
    for (const { source } of demands.filter((demand) => demand.source.departmentId)) {
      await this.directory.requireDepartment(manager, source.departmentId!, campusId);
    }
    const requisitionIds = [...new Set(demands.flatMap((demand) => (demand.source.requisitionId ? [demand.source.requisitionId] : [])))];
    if (!requisitionIds.length) return;
    const requisitions = new Map((await manager.findBy(RequisitionRow, { id: In(requisitionIds) })).map((row) => [row.id, row]));
    for (const { source } of demands.filter((demand) => demand.source.requisitionId)) {
      const requisition = requisitions.get(source.requisitionId!);
      if (!requisition || requisition.warehouseId !== warehouseId) throw notFound('Requisition', source.requisitionId!);
      if (!AWAITING_ISSUE.includes(requisition.status)) {
        throw new DomainError('INVALID_INPUT', { detail: `requisition ${requisition.number} is ${requisition.status}: it owes nothing to buy for` });
      }
      source.departmentId = requisition.departmentId;
    }
  }
}

function readDemand(demand: PurchaseDemandInput, field: string): { itemId: string; source: DemandSource } {
  const itemId = requireUuid(`${field}.itemId`, demand.itemId);
  const quantity = requirePositiveInt(`${field}.quantity`, demand.quantity);
  const departmentId = optionalUuid(`${field}.departmentId`, demand.departmentId);
  const requisitionId = optionalUuid(`${field}.requisitionId`, demand.requisitionId);
  const expected: Record<DemandSourceKind, [boolean, boolean]> = {
    [DemandSourceKind.DEPARTMENT]: [true, false],
    [DemandSourceKind.REQUISITION_BACKORDER]: [false, true],
    [DemandSourceKind.REPLENISHMENT]: [false, false],
  };
  const shape = expected[demand.source];
  if (!shape) throw new DomainError('INVALID_INPUT', { detail: `${field}.source: unknown source ${demand.source}` });
  if (shape[0] !== (departmentId !== null) || shape[1] !== (requisitionId !== null)) {
    throw new DomainError('INVALID_INPUT', {
      detail: `${field}: a ${demand.source} demand names ${shape[0] ? 'a departmentId' : shape[1] ? 'a requisitionId' : 'neither a department nor a requisition'}`,
    });
  }
  return { itemId, source: { kind: demand.source, departmentId, requisitionId, quantity, note: optionalText(`${field}.note`, demand.note, 500) } };
}

const sourceRow = (lineId: string, source: DemandSource): PurchaseRequestSourceRow => ({
  id: uuidv7(),
  purchaseRequestLineId: lineId,
  kind: source.kind,
  departmentId: source.departmentId,
  requisitionId: source.requisitionId,
  quantity: source.quantity,
  note: source.note,
});

/** What the campus already has under way for these items, raised or ordered since `since`. */
async function pendingPurchases(manager: EntityManager, campusId: string, itemIds: string[], since: Date): Promise<PendingPurchase[]> {
  const rows = await manager.query<PendingPurchase[]>(
    `SELECT CASE r.status WHEN 'SUBMITTED' THEN '${DuplicateKind.OPEN_REQUEST}' ELSE '${DuplicateKind.APPROVED_REQUEST}' END AS kind,
            r.warehouse_id AS "warehouseId", r.id AS "documentId", r.number AS "documentNumber", line.id AS "lineId", line.item_id AS "itemId",
            line.quantity - line.quantity_ordered AS quantity
       FROM purchase_request_line line JOIN purchase_request r ON r.id = line.purchase_request_id
      WHERE r.campus_id = $1 AND line.item_id = ANY($2::uuid[]) AND r.status IN ('SUBMITTED', 'APPROVED') AND r.created_at >= $3
        AND line.status IN ('OPEN', 'FLAGGED') AND line.quantity > line.quantity_ordered
     UNION ALL
     SELECT '${DuplicateKind.ON_ORDER}', o.warehouse_id, o.id, o.number, line.id, line.item_id, line.quantity_ordered - line.quantity_accepted
       FROM purchase_order_line line JOIN purchase_order o ON o.id = line.purchase_order_id
      WHERE o.campus_id = $1 AND line.item_id = ANY($2::uuid[]) AND o.status IN ('ORDERED', 'PARTIALLY_RECEIVED') AND o.ordered_at >= $3
        AND line.quantity_accepted < line.quantity_ordered`,
    [campusId, itemIds, since],
  );
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity) }));
}
