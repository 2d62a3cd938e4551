import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound } from '@houqin/platform-errors';
import { EntityManager, In } from 'typeorm';
import { PurchaseOrderLineRow, PurchaseOrderRow } from './purchase-order.entity';
import { PurchaseRequestLineRow, PurchaseRequestRow } from './purchase-request.entity';

/**
 * Everything that raises demand or orders at a campus queues on one lock, so two planners raising the same
 * item at once, or a purchaser ordering while a planner raises, always see each other (duplicate detection).
 */
export async function lockCampusPurchasing(manager: EntityManager, campusId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`purchasing:${campusId}`]);
}

const actor = (identity: Identity) => ({ subject: identity.subject, staffId: identity.staffId, name: identity.name });

export const requestFacts = (row: PurchaseRequestRow, identity: Identity, at: Date) => ({
  purchaseRequestId: row.id,
  number: row.number,
  campusId: row.campusId,
  warehouseId: row.warehouseId,
  status: row.status,
  occurredAt: at.toISOString(),
  actor: actor(identity),
});

export const orderFacts = (row: PurchaseOrderRow, identity: Identity, at: Date) => ({
  purchaseOrderId: row.id,
  number: row.number,
  campusId: row.campusId,
  warehouseId: row.warehouseId,
  supplierId: row.supplierId,
  status: row.status,
  occurredAt: at.toISOString(),
  actor: actor(identity),
});

/**
 * Requests and orders on the caller's campuses, locked for the rest of the transaction; NOT_FOUND elsewhere.
 * The campus lock comes first, always, so purchasing transactions cannot wait on each other in a circle.
 */
@Injectable()
export class PurchasingSteps {
  async lockRequest(manager: EntityManager, identity: Identity, id: string): Promise<PurchaseRequestRow> {
    const request = () =>
      scopeToCampuses(manager.getRepository(PurchaseRequestRow).createQueryBuilder('request'), identity).andWhere('request.id = :id', { id });
    const found = await request().getOne();
    if (!found) throw notFound('PurchaseRequest', id);
    await lockCampusPurchasing(manager, found.campusId);
    return (await request().setLock('pessimistic_write').getOne())!;
  }

  requestLines(manager: EntityManager, requestIds: string[]): Promise<PurchaseRequestLineRow[]> {
    return manager.find(PurchaseRequestLineRow, { where: { purchaseRequestId: In(requestIds) }, order: { purchaseRequestId: 'ASC', lineNo: 'ASC' } });
  }

  async lockOrder(manager: EntityManager, identity: Identity, id: string): Promise<{ order: PurchaseOrderRow; lines: PurchaseOrderLineRow[] }> {
    const query = () =>
      scopeToCampuses(manager.getRepository(PurchaseOrderRow).createQueryBuilder('purchaseOrder'), identity).andWhere('purchaseOrder.id = :id', { id });
    const found = await query().getOne();
    if (!found) throw notFound('PurchaseOrder', id);
    await lockCampusPurchasing(manager, found.campusId);
    const order = (await query().setLock('pessimistic_write').getOne())!;
    const lines = await manager.find(PurchaseOrderLineRow, { where: { purchaseOrderId: id }, order: { lineNo: 'ASC' } });
    return { order, lines };
  }
}
