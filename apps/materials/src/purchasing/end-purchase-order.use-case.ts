import { Injectable } from '@nestjs/common';
import { PurchaseOrderClosedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { In } from 'typeorm';
import { PurchaseOrderRow } from './purchase-order.entity';
import { PurchaseOrderStatus, requireOrderStatus } from './purchase-order-rules';
import { PurchaseRequestLineRow, PurchaseRequestRow } from './purchase-request.entity';
import { PurchaseRequestStatus, statusAfterOrdering } from './purchase-request-rules';
import { orderFacts, PurchasingSteps } from './purchasing-steps';

export type PurchaseOrderEnding = PurchaseOrderStatus.CANCELLED | PurchaseOrderStatus.CLOSED;

/**
 * An order that will not be delivered in full: cancelled while nothing is accepted, or closed short after a
 * partial delivery. What is no longer expected goes back to its request lines, so the planner's demand can be
 * ordered again (e.g. from another supplier) instead of being lost.
 */
@Injectable()
export class EndPurchaseOrder {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly steps: PurchasingSteps,
  ) {}

  async execute(identity: Identity, id: string, ending: PurchaseOrderEnding, reason: string): Promise<PurchaseOrderRow> {
    const orderId = requireUuid('id', id);
    const text = requireText('reason', reason, 2000);
    const now = new Date();
    return this.unitOfWork.run(async (manager) => {
      const { order, lines } = await this.steps.lockOrder(manager, identity, orderId);
      requireOrderStatus(order, ending === PurchaseOrderStatus.CANCELLED ? 'cancel' : 'close');
      const released = lines.map((line) => ({ line, quantity: line.quantityOrdered - line.quantityAccepted }));
      const requestLineIds = released.filter((r) => r.quantity > 0).map((r) => r.line.purchaseRequestLineId);
      const requestLines = await manager.findBy(PurchaseRequestLineRow, { id: In(requestLineIds) });
      const requestIds = [...new Set(requestLines.map((line) => line.purchaseRequestId))].sort();
      for (const requestId of requestIds) await this.steps.lockRequest(manager, identity, requestId);
      for (const { line, quantity } of released.filter((r) => r.quantity > 0)) {
        await manager.decrement(PurchaseRequestLineRow, { id: line.purchaseRequestLineId }, 'quantityOrdered', quantity);
      }
      const linesAfter = await this.steps.requestLines(manager, requestIds);
      for (const requestId of requestIds) {
        const status = statusAfterOrdering(linesAfter.filter((line) => line.purchaseRequestId === requestId));
        await manager.update(
          PurchaseRequestRow,
          { id: requestId, status: In([PurchaseRequestStatus.APPROVED, PurchaseRequestStatus.ORDERED]) },
          { status, updatedAt: now },
        );
      }
      const after: PurchaseOrderRow = { ...order, status: ending, closedAt: now, closeReason: text, updatedAt: now };
      await manager.save(PurchaseOrderRow, after);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: `purchase-order.${ending.toLowerCase()}`,
            entityType: 'PurchaseOrder',
            entityId: order.id,
            campusId: order.campusId,
            before: order,
            after,
          },
          events: [
            changeEvent(
              PurchaseOrderClosedV1,
              {
                ...orderFacts(after, identity, now),
                outcome: ending === PurchaseOrderStatus.CANCELLED ? 'CANCELLED' : 'CLOSED_SHORT',
                reason: text,
                lines: released.map(({ line, quantity }) => ({
                  orderLineId: line.id,
                  itemId: line.itemId,
                  quantityOrdered: line.quantityOrdered,
                  accepted: line.quantityAccepted,
                  released: quantity,
                })),
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
