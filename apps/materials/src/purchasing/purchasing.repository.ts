import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { groupBy, Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { GoodsReceiptRow } from '../stock/goods-receipt.entity';
import { PurchaseOrderLineRow, PurchaseOrderRow, PurchaseReceiptLineRow } from './purchase-order.entity';
import { deliveredOnTime, PurchaseOrderStatus } from './purchase-order-rules';
import { PurchaseRequestLineRow, PurchaseRequestRow, PurchaseRequestSourceRow } from './purchase-request.entity';
import { PurchaseLineStatus, PurchaseRequestStatus } from './purchase-request-rules';
import { PurchaseDemandSource, PurchaseOrder, PurchaseRequest } from './purchasing.model';

export interface PurchaseRequestFilter {
  campusId: string | null;
  status: PurchaseRequestStatus | null;
}

export interface PurchaseOrderFilter {
  campusId: string | null;
  supplierId: string | null;
  status: PurchaseOrderStatus | null;
}

export const toDemandSource = (row: Pick<PurchaseRequestSourceRow, 'kind' | 'departmentId' | 'requisitionId' | 'quantity' | 'note'>): PurchaseDemandSource => ({
  kind: row.kind,
  department: row.departmentId ? { id: row.departmentId } : null,
  requisitionId: row.requisitionId,
  quantity: row.quantity,
  note: row.note,
});

/** Purchase requests and orders of the caller's campuses, each read with its lines in a fixed number of statements. */
@Injectable()
export class PurchasingRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  async request(identity: Identity, id: string): Promise<PurchaseRequest | null> {
    const row = await scopeToCampuses(this.dataSource.getRepository(PurchaseRequestRow).createQueryBuilder('request'), identity)
      .andWhere('request.id = :id', { id })
      .getOne();
    return row ? (await this.toRequests([row]))[0] : null;
  }

  requests(identity: Identity, filter: PurchaseRequestFilter, page: PageArgs): Promise<Page<PurchaseRequest>> {
    const query = scopeToCampuses(this.dataSource.getRepository(PurchaseRequestRow).createQueryBuilder('request'), identity);
    if (filter.campusId) query.andWhere('request.campusId = :campusId', { campusId: filter.campusId });
    if (filter.status) query.andWhere('request.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toRequests(rows));
  }

  async order(identity: Identity, id: string): Promise<PurchaseOrder | null> {
    const row = await scopeToCampuses(this.dataSource.getRepository(PurchaseOrderRow).createQueryBuilder('purchaseOrder'), identity)
      .andWhere('purchaseOrder.id = :id', { id })
      .getOne();
    return row ? (await this.toOrders([row]))[0] : null;
  }

  orders(identity: Identity, filter: PurchaseOrderFilter, page: PageArgs): Promise<Page<PurchaseOrder>> {
    const query = scopeToCampuses(this.dataSource.getRepository(PurchaseOrderRow).createQueryBuilder('purchaseOrder'), identity);
    if (filter.campusId) query.andWhere('purchaseOrder.campusId = :campusId', { campusId: filter.campusId });
    if (filter.supplierId) query.andWhere('purchaseOrder.supplierId = :supplierId', { supplierId: filter.supplierId });
    if (filter.status) query.andWhere('purchaseOrder.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toOrders(rows));
  }

  private async toRequests(rows: PurchaseRequestRow[]): Promise<PurchaseRequest[]> {
    if (!rows.length) return [];
    const manager = this.dataSource.manager;
    const lines = await manager.find(PurchaseRequestLineRow, { where: { purchaseRequestId: In(rows.map((row) => row.id)) }, order: { lineNo: 'ASC' } });
    const [sources, items] = await Promise.all([
      manager.find(PurchaseRequestSourceRow, { where: { purchaseRequestLineId: In(lines.map((line) => line.id)) }, order: { id: 'ASC' } }),
      this.items.findByIds(lines.map((line) => line.itemId)),
    ]);
    const sourcesOf = groupBy(sources, (source) => source.purchaseRequestLineId);
    const linesOf = groupBy(lines, (line) => line.purchaseRequestId);
    return rows.map((row) => {
      const mine = linesOf.get(row.id) ?? [];
      const open = mine.filter((line) => line.status === PurchaseLineStatus.OPEN || line.status === PurchaseLineStatus.FLAGGED);
      return {
        ...row,
        campus: { id: row.campusId },
        valueFen: open.some((line) => line.estimatedUnitCostFen === null)
          ? null
          : open.reduce((sum, line) => sum + line.quantity * line.estimatedUnitCostFen!, 0),
        lines: mine.map((line) => ({
          ...line,
          item: toItem(items.get(line.itemId)!),
          remaining: line.status === PurchaseLineStatus.OPEN ? line.quantity - line.quantityOrdered : 0,
          duplicate:
            line.duplicateKind && line.duplicateOfId
              ? {
                  kind: line.duplicateKind,
                  documentId: line.duplicateOfId,
                  documentNumber: line.duplicateOfNumber ?? '',
                  quantity: line.duplicateQuantity ?? 0,
                }
              : null,
          sources: (sourcesOf.get(line.id) ?? []).map(toDemandSource),
        })),
      };
    });
  }

  private async toOrders(rows: PurchaseOrderRow[]): Promise<PurchaseOrder[]> {
    if (!rows.length) return [];
    const manager = this.dataSource.manager;
    const orderIds = rows.map((row) => row.id);
    const [lines, receipts] = await Promise.all([
      manager.find(PurchaseOrderLineRow, { where: { purchaseOrderId: In(orderIds) }, order: { lineNo: 'ASC' } }),
      manager.find(GoodsReceiptRow, { where: { purchaseOrderId: In(orderIds) }, order: { receivedAt: 'ASC', id: 'ASC' } }),
    ]);
    const [batches, items] = await Promise.all([
      receipts.length
        ? manager.find(PurchaseReceiptLineRow, { where: { goodsReceiptId: In(receipts.map((r) => r.id)) }, order: { lineNo: 'ASC' } })
        : Promise.resolve([]),
      this.items.findByIds(lines.map((line) => line.itemId)),
    ]);
    const item = (itemId: string) => toItem(items.get(itemId)!);
    const linesOf = groupBy(lines, (line) => line.purchaseOrderId);
    const receiptsOf = groupBy(receipts, (receipt) => receipt.purchaseOrderId!);
    const batchesOf = groupBy(batches, (batch) => batch.goodsReceiptId);
    return rows.map((row) => {
      const mine = linesOf.get(row.id) ?? [];
      return {
        ...row,
        campus: { id: row.campusId },
        totalFen: mine.reduce((sum, line) => sum + line.quantityOrdered * line.unitPriceFen, 0),
        lines: mine.map((line) => ({
          ...line,
          item: item(line.itemId),
          outstanding: [PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.CANCELLED].includes(row.status) ? 0 : line.quantityOrdered - line.quantityAccepted,
          onTime: deliveredOnTime(row.expectedOn, line.receivedInFullAt),
        })),
        receipts: (receiptsOf.get(row.id) ?? []).map((receipt) => ({
          goodsReceiptId: receipt.id,
          receivedAt: receipt.receivedAt,
          receivedByName: receipt.receivedByName,
          deliveryNoteNo: receipt.deliveryNoteNo,
          invoiceNo: receipt.invoiceNo,
          batches: (batchesOf.get(receipt.id) ?? []).map((batch) => ({
            purchaseOrderLineId: batch.purchaseOrderLineId,
            item: item(batch.itemId),
            delivered: batch.quantityDelivered,
            accepted: batch.quantityAccepted,
            rejected: batch.quantityRejected,
            rejectionReason: batch.rejectionReason,
            rejectionNote: batch.rejectionNote,
            lotId: batch.lotId,
          })),
        })),
      };
    });
  }
}
