import { Injectable } from '@nestjs/common';
import { PurchaseOrderPlacedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import {
  DomainError,
  notFound,
  optionalText,
  optionalUuid,
  ReferenceMismatch,
  requireIsoDate,
  requireNonNegativeInt,
  requirePositiveInt,
  requireUuid,
} from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { In } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { itemLabel } from '../catalogue/item-label';
import { ContractPriceBook } from '../supplier/contract-price-book';
import { SupplierRepository } from '../supplier/supplier.repository';
import { PurchaseOrderLineRow, PurchaseOrderRow } from './purchase-order.entity';
import { PurchaseOrderStatus } from './purchase-order-rules';
import { PurchaseRequestLineRow, PurchaseRequestRow } from './purchase-request.entity';
import { PurchaseLineStatus, requireNotPlanner, requireRequestStatus, statusAfterOrdering } from './purchase-request-rules';
import { CreatePurchaseOrderInput } from './purchasing.inputs';
import { orderFacts, PurchasingSteps } from './purchasing-steps';

const MAX_LINES = 200;

/**
 * 下单: a purchaser orders approved request lines of one warehouse from one supplier. The purchaser is never
 * the planner of those requests; each price is checked against the supplier's contract on the day, and one
 * above it (or off contract) needs a price exception someone else approved.
 */
@Injectable()
export class CreatePurchaseOrder {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly steps: PurchasingSteps,
    private readonly items: ItemRepository,
    private readonly suppliers: SupplierRepository,
    private readonly prices: ContractPriceBook,
  ) {}

  async execute(identity: Identity, input: CreatePurchaseOrderInput): Promise<PurchaseOrderRow> {
    const now = new Date();
    const today = chinaToday(now);
    const supplierId = requireUuid('supplierId', input.supplierId);
    const expectedOn = requireIsoDate('expectedOn', input.expectedOn);
    if (expectedOn < today) throw new DomainError('INVALID_INPUT', { detail: `expectedOn ${expectedOn} is in the past` });
    const note = optionalText('note', input.note, 2000);
    const wanted = requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
      requestLineId: requireUuid(`lines[${index}].purchaseRequestLineId`, line.purchaseRequestLineId),
      quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      unitPriceFen: requireNonNegativeInt(`lines[${index}].unitPriceFen`, line.unitPriceFen),
      priceExceptionId: optionalUuid(`lines[${index}].priceExceptionId`, line.priceExceptionId),
    }));
    const twice = wanted.find((line, index) => wanted.findIndex((other) => other.requestLineId === line.requestLineId) !== index);
    if (twice) throw new DomainError('INVALID_INPUT', { detail: `lines: the purchase request line ${twice.requestLineId} is named more than once` });

    return this.unitOfWork.run(async (manager) => {
      const requestLines = new Map(
        (await manager.findBy(PurchaseRequestLineRow, { id: In(wanted.map((line) => line.requestLineId)) })).map((row) => [row.id, row]),
      );
      const missing = wanted.find((line) => !requestLines.has(line.requestLineId));
      if (missing) throw notFound('PurchaseRequestLine', missing.requestLineId);
      const requestIds = [...new Set([...requestLines.values()].map((line) => line.purchaseRequestId))].sort();
      const requests = new Map<string, PurchaseRequestRow>();
      for (const id of requestIds) requests.set(id, await this.steps.lockRequest(manager, identity, id));
      const [first, ...others] = requests.values();
      if (others.some((request) => request.warehouseId !== first.warehouseId)) {
        throw new ReferenceMismatch('一张采购订单只能包含同一仓库的采购申请', 'One purchase order covers the requests of one warehouse only');
      }
      for (const request of requests.values()) {
        requireRequestStatus(request, 'order');
        requireNotPlanner(identity, request, 'order');
      }
      const supplier = await this.suppliers.getActive(supplierId, manager);
      // Re-read under the request locks: another purchaser may have ordered these lines a moment ago.
      const current = new Map((await this.steps.requestLines(manager, requestIds)).map((row) => [row.id, row]));
      const items = await this.items.findByIds(
        [...current.values()].map((line) => line.itemId),
        manager,
      );
      const label = itemLabel(items);
      for (const line of wanted) {
        const requestLine = current.get(line.requestLineId)!;
        const request = requests.get(requestLine.purchaseRequestId)!;
        if (requestLine.status !== PurchaseLineStatus.OPEN) {
          throw new DomainError('INVALID_INPUT', { detail: `line ${requestLine.lineNo} of ${request.number} is ${requestLine.status} and cannot be ordered` });
        }
        const remaining = requestLine.quantity - requestLine.quantityOrdered;
        if (line.quantity > remaining) {
          throw new DomainError('PURCHASE_QUANTITY_EXCEEDS_REQUEST', {
            item: label(requestLine.itemId),
            requested: line.quantity,
            remaining,
            number: request.number,
          });
        }
      }
      const answers = await this.prices.checkOrderPrices(
        manager,
        wanted.map((line) => ({
          supplierId: supplier.id,
          campusId: first.campusId,
          itemId: current.get(line.requestLineId)!.itemId,
          quantity: line.quantity,
          unitPriceFen: line.unitPriceFen,
          on: today,
          priceExceptionId: line.priceExceptionId,
        })),
      );

      const order: PurchaseOrderRow = {
        id: uuidv7(),
        number: await nextDocumentNumber(manager, 'CG', now),
        campusId: first.campusId,
        warehouseId: first.warehouseId,
        supplierId: supplier.id,
        status: PurchaseOrderStatus.ORDERED,
        expectedOn,
        note,
        orderedAt: now,
        orderedBySubject: identity.subject,
        orderedByName: identity.name,
        receivedInFullAt: null,
        closedAt: null,
        closeReason: null,
        updatedAt: now,
      };
      const lines: PurchaseOrderLineRow[] = wanted.map((line, index) => ({
        id: uuidv7(),
        purchaseOrderId: order.id,
        lineNo: index + 1,
        purchaseRequestLineId: line.requestLineId,
        itemId: current.get(line.requestLineId)!.itemId,
        quantityOrdered: line.quantity,
        quantityAccepted: 0,
        quantityRejected: 0,
        unitPriceFen: line.unitPriceFen,
        contractId: answers[index].contractId,
        contractPriceFen: answers[index].contractPriceFen,
        priceExceptionId: answers[index].priceExceptionId,
        receivedInFullAt: null,
      }));
      await manager.insert(PurchaseOrderRow, order);
      await manager.insert(PurchaseOrderLineRow, lines);
      for (const line of wanted) {
        const requestLine = current.get(line.requestLineId)!;
        requestLine.quantityOrdered += line.quantity;
        await manager.update(PurchaseRequestLineRow, { id: requestLine.id }, { quantityOrdered: requestLine.quantityOrdered });
      }
      for (const request of requests.values()) {
        const status = statusAfterOrdering([...current.values()].filter((line) => line.purchaseRequestId === request.id));
        if (status !== request.status) await manager.update(PurchaseRequestRow, { id: request.id }, { status, updatedAt: now });
      }
      const exceptionIds = lines.flatMap((line) => (line.priceExceptionId ? [line.priceExceptionId] : []));
      await this.prices.useExceptions(manager, exceptionIds, order.id);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'purchase-order.placed',
            entityType: 'PurchaseOrder',
            entityId: order.id,
            campusId: order.campusId,
            before: null,
            after: { ...order, lines },
          },
          events: [
            changeEvent(
              PurchaseOrderPlacedV1,
              {
                ...orderFacts(order, identity, now),
                expectedOn,
                purchaseRequestIds: requestIds,
                totalFen: lines.reduce((sum, line) => sum + line.quantityOrdered * line.unitPriceFen, 0),
                lines: lines.map((line) => ({
                  orderLineId: line.id,
                  purchaseRequestLineId: line.purchaseRequestLineId,
                  itemId: line.itemId,
                  quantityOrdered: line.quantityOrdered,
                  unitPriceFen: line.unitPriceFen,
                  contractId: line.contractId,
                  contractPriceFen: line.contractPriceFen,
                  priceExceptionId: line.priceExceptionId,
                })),
              },
              order.id,
            ),
          ],
        },
        now,
      );
      return order;
    });
  }
}
