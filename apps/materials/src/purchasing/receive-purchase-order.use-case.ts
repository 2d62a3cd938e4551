import { Injectable } from '@nestjs/common';
import { PurchaseOrderReceivedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalIsoDate, optionalText, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { ItemRepository } from '../catalogue/item.repository';
import { optionalPastTime, requireLines } from '../common/input-rules';
import { itemLabel } from '../catalogue/item-label';
import { checkReceivedLot, GoodsReceiptBooking } from '../stock/goods-receipt-booking';
import { GoodsReceiptRow } from '../stock/goods-receipt.entity';
import { StockLotRow } from '../stock/stock-lot.entity';
import { SupplierRepository } from '../supplier/supplier.repository';
import { PurchaseOrderLineRow, PurchaseOrderRow, PurchaseReceiptLineRow } from './purchase-order.entity';
import {
  checkAcceptedAgainstOrder,
  checkInspectedBatch,
  deliveredOnTime,
  PurchaseOrderStatus,
  RejectionReason,
  requireNotPurchaser,
  requireOrderStatus,
  statusAfterReceipt,
} from './purchase-order-rules';
import { ReceivePurchaseOrderInput } from './purchasing.inputs';
import { orderFacts, PurchasingSteps } from './purchasing-steps';

const MAX_BATCHES = 200;

/**
 * 验收入库: a storekeeper (never the purchaser) inspects a delivery against its order. Accepted units become
 * lots at the order price through the stock ledger; rejected ones are recorded with the reason and stay owed.
 * The event carries the PO → receipt → invoice match data finance needs.
 */
@Injectable()
export class ReceivePurchaseOrder {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly steps: PurchasingSteps,
    private readonly items: ItemRepository,
    private readonly suppliers: SupplierRepository,
    private readonly booking: GoodsReceiptBooking,
  ) {}

  async execute(identity: Identity, input: ReceivePurchaseOrderInput): Promise<PurchaseOrderRow> {
    const now = new Date();
    const orderId = requireUuid('purchaseOrderId', input.purchaseOrderId);
    const receivedAt = optionalPastTime('receivedAt', input.receivedAt, now) ?? now;
    const deliveryNoteNo = optionalText('deliveryNoteNo', input.deliveryNoteNo, 64);
    const invoiceNo = optionalText('invoiceNo', input.invoiceNo, 64);
    const batches = requireLines('batches', input.batches, MAX_BATCHES).map((batch, index) => {
      const field = `batches[${index}]`;
      const rejectionReason = batch.rejectionReason ?? null;
      if (rejectionReason !== null && !Object.values<string>(RejectionReason).includes(rejectionReason)) {
        throw new DomainError('INVALID_INPUT', { detail: `${field}.rejectionReason: unknown reason ${rejectionReason}` });
      }
      return {
        orderLineId: requireUuid(`${field}.purchaseOrderLineId`, batch.purchaseOrderLineId),
        delivered: requireNonNegativeInt(`${field}.delivered`, batch.delivered),
        accepted: requireNonNegativeInt(`${field}.accepted`, batch.accepted),
        rejected: requireNonNegativeInt(`${field}.rejected`, batch.rejected ?? 0),
        rejectionReason,
        rejectionNote: optionalText(`${field}.rejectionNote`, batch.rejectionNote, 500),
        batchNo: optionalText(`${field}.batchNo`, batch.batchNo, 32),
        expiresOn: optionalIsoDate(`${field}.expiresOn`, batch.expiresOn),
      };
    });

    return this.unitOfWork.run(async (manager) => {
      const { order, lines } = await this.steps.lockOrder(manager, identity, orderId);
      requireOrderStatus(order, 'receive');
      requireNotPurchaser(identity, order);
      const lineById = new Map(lines.map((line) => [line.id, line]));
      const unknown = batches.find((batch) => !lineById.has(batch.orderLineId));
      if (unknown) throw notFound('PurchaseOrderLine', unknown.orderLineId);
      const items = await this.items.findByIds(
        lines.map((line) => line.itemId),
        manager,
      );
      const label = itemLabel(items);
      const today = chinaToday(now);
      for (const batch of batches) {
        const line = lineById.get(batch.orderLineId)!;
        checkInspectedBatch({ ...batch, item: label(line.itemId) });
        if (batch.accepted > 0) checkReceivedLot(items.get(line.itemId)!, batch.expiresOn, today);
      }
      for (const line of lines) {
        const acceptedNow = batches.filter((batch) => batch.orderLineId === line.id).reduce((sum, batch) => sum + batch.accepted, 0);
        checkAcceptedAgainstOrder(order, { item: label(line.itemId), ordered: line.quantityOrdered, accepted: line.quantityAccepted }, acceptedNow);
      }
      const supplier = (await this.suppliers.findByIds([order.supplierId], manager)).get(order.supplierId);

      const receipt: GoodsReceiptRow = {
        id: uuidv7(),
        campusId: order.campusId,
        warehouseId: order.warehouseId,
        supplierName: supplier?.name ?? null,
        receivedAt,
        receivedBySubject: identity.subject,
        receivedByName: identity.name,
        purchaseOrderId: order.id,
        deliveryNoteNo,
        invoiceNo,
      };
      const receiptLines: PurchaseReceiptLineRow[] = [];
      const lots: StockLotRow[] = [];
      batches.forEach((batch, index) => {
        const line = lineById.get(batch.orderLineId)!;
        const lot: StockLotRow | null =
          batch.accepted > 0
            ? {
                id: uuidv7(),
                campusId: order.campusId,
                warehouseId: order.warehouseId,
                itemId: line.itemId,
                goodsReceiptId: receipt.id,
                batchNo: batch.batchNo,
                quantityReceived: batch.accepted,
                quantityRemaining: batch.accepted,
                unitCostFen: line.unitPriceFen,
                receivedAt,
                expiresOn: batch.expiresOn,
              }
            : null;
        if (lot) lots.push(lot);
        receiptLines.push({
          id: uuidv7(),
          goodsReceiptId: receipt.id,
          lineNo: index + 1,
          purchaseOrderLineId: line.id,
          itemId: line.itemId,
          quantityDelivered: batch.delivered,
          quantityAccepted: batch.accepted,
          quantityRejected: batch.rejected,
          rejectionReason: batch.rejectionReason,
          rejectionNote: batch.rejectionNote,
          lotId: lot?.id ?? null,
        });
      });
      const updatedLines = lines.map((line) => {
        const mine = receiptLines.filter((r) => r.purchaseOrderLineId === line.id);
        const quantityAccepted = line.quantityAccepted + mine.reduce((sum, r) => sum + r.quantityAccepted, 0);
        const full = quantityAccepted >= line.quantityOrdered;
        return {
          ...line,
          quantityAccepted,
          quantityRejected: line.quantityRejected + mine.reduce((sum, r) => sum + r.quantityRejected, 0),
          receivedInFullAt: line.receivedInFullAt ?? (full ? receivedAt : null),
        };
      });
      const delivered = updatedLines.filter((line) => receiptLines.some((r) => r.purchaseOrderLineId === line.id));
      const status = statusAfterReceipt(updatedLines);
      const after: PurchaseOrderRow = {
        ...order,
        status,
        receivedInFullAt: status === PurchaseOrderStatus.RECEIVED ? receivedAt : null,
        updatedAt: now,
      };

      await this.booking.book(manager, identity, receipt, lots);
      await manager.insert(PurchaseReceiptLineRow, receiptLines);
      for (const line of delivered) {
        await manager.update(
          PurchaseOrderLineRow,
          { id: line.id },
          { quantityAccepted: line.quantityAccepted, quantityRejected: line.quantityRejected, receivedInFullAt: line.receivedInFullAt },
        );
      }
      await manager.save(PurchaseOrderRow, after);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'purchase-order.received',
            entityType: 'PurchaseOrder',
            entityId: order.id,
            campusId: order.campusId,
            before: order,
            after: { ...after, receipt, batches: receiptLines },
          },
          events: [
            changeEvent(
              PurchaseOrderReceivedV1,
              {
                ...orderFacts(after, identity, now),
                goodsReceiptId: receipt.id,
                receivedAt: receivedAt.toISOString(),
                expectedOn: order.expectedOn,
                deliveryNoteNo,
                invoiceNo,
                acceptedValueFen: receiptLines.reduce((sum, r) => sum + r.quantityAccepted * lineById.get(r.purchaseOrderLineId)!.unitPriceFen, 0),
                lines: delivered.map((line) => {
                  const mine = receiptLines.filter((r) => r.purchaseOrderLineId === line.id);
                  const accepted = mine.reduce((sum, r) => sum + r.quantityAccepted, 0);
                  return {
                    orderLineId: line.id,
                    itemId: line.itemId,
                    quantityOrdered: line.quantityOrdered,
                    unitPriceFen: line.unitPriceFen,
                    contractPriceFen: line.contractPriceFen,
                    delivered: mine.reduce((sum, r) => sum + r.quantityDelivered, 0),
                    accepted,
                    rejected: mine.reduce((sum, r) => sum + r.quantityRejected, 0),
                    rejectionReasons: [...new Set(mine.flatMap((r) => (r.rejectionReason ? [r.rejectionReason] : [])))],
                    acceptedValueFen: accepted * line.unitPriceFen,
                    acceptedToDate: line.quantityAccepted,
                    lotIds: mine.flatMap((r) => (r.lotId ? [r.lotId] : [])),
                    onTime: deliveredOnTime(order.expectedOn, line.receivedInFullAt),
                  };
                }),
              },
              order.id,
            ),
          ],
        },
        now,
      );
      return after;
    });
  }
}
