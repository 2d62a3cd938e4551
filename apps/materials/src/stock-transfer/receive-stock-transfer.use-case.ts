import { Injectable } from '@nestjs/common';
import { StockTransferReceivedV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, notFound, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { StockLedger } from '../stock/stock-ledger';
import { StockLotRow } from '../stock/stock-lot.entity';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { StockTransferLineRow, StockTransferRow, StockTransferStatus } from './stock-transfer.entity';

/**
 * 调拨入库: the destination campus receives a transfer in full, each line as a new lot of its own warehouse
 * at the source lot's unit cost, expiry, batch and receipt time (so FIFO and FEFO treat it as the old stock
 * it is). The lot's goods_receipt_id is the transfer's id: the document that brought the lot into this
 * warehouse, as a receipt's id is for a delivered lot; the supplier's delivery stays reachable through the
 * line's source lot. Goods that expired on the way are still received (they are here; expired lots are
 * never issued and are written off by adjustment).
 */
@Injectable()
export class ReceiveStockTransfer {
  private readonly ledger = new StockLedger();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
  ) {}

  async execute(identity: Identity, transferId: string): Promise<StockTransferRow> {
    const id = requireUuid('id', transferId);
    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      // The row lock makes a second receipt of the same transfer wait, then see RECEIVED.
      const before = await this.lockTransfer(manager, id);
      const scope = CampusScope.of(identity);
      if (!before || (!scope.allows(before.fromCampusId) && !scope.allows(before.toCampusId))) throw notFound('StockTransfer', id);
      if (!scope.allows(before.toCampusId)) throw forbidden();
      if (before.status === StockTransferStatus.RECEIVED) throw new DomainError('TRANSFER_ALREADY_RECEIVED', { id });

      const lines = await manager.find(StockTransferLineRow, { where: { stockTransferId: id }, order: { lineNo: 'ASC' } });
      const lots: StockLotRow[] = lines.map((line) => ({
        id: uuidv7(),
        campusId: before.toCampusId,
        warehouseId: before.toWarehouseId,
        itemId: line.itemId,
        goodsReceiptId: before.id,
        batchNo: line.batchNo,
        quantityReceived: line.quantity,
        quantityRemaining: line.quantity,
        unitCostFen: line.unitCostFen,
        receivedAt: line.receivedAt,
        expiresOn: line.expiresOn,
      }));
      const received = lines.map((line, index) => ({ ...line, destinationLotId: lots[index].id }));
      const transfer: StockTransferRow = {
        ...before,
        status: StockTransferStatus.RECEIVED,
        receivedAt: now,
        receivedBy: identity.subject,
        receivedByName: identity.name,
      };

      await this.ledger.open(manager, StockMovementKind.TRANSFER_IN, lots, { type: 'StockTransfer', id, at: now, actor: identity });
      await manager.query(
        `UPDATE stock_transfer_line AS line SET destination_lot_id = received.lot_id
         FROM unnest($1::uuid[], $2::uuid[]) AS received(line_id, lot_id) WHERE line.id = received.line_id`,
        [received.map((line) => line.id), received.map((line) => line.destinationLotId)],
      );
      await manager.update(
        StockTransferRow,
        { id },
        { status: transfer.status, receivedAt: transfer.receivedAt, receivedBy: transfer.receivedBy, receivedByName: transfer.receivedByName },
      );
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'stock.transfer-received',
            entityType: 'StockTransfer',
            entityId: id,
            campusId: transfer.toCampusId,
            before,
            after: { ...transfer, lines: received },
          },
          events: [
            changeEvent(
              StockTransferReceivedV1,
              {
                stockTransferId: id,
                fromCampusId: transfer.fromCampusId,
                fromWarehouseId: transfer.fromWarehouseId,
                toCampusId: transfer.toCampusId,
                toWarehouseId: transfer.toWarehouseId,
                receivedAt: now.toISOString(),
                lines: received.map((line) => ({
                  lineNo: line.lineNo,
                  itemId: line.itemId,
                  sourceLotId: line.sourceLotId,
                  lotId: line.destinationLotId,
                  quantity: line.quantity,
                  unitCostFen: line.unitCostFen,
                  expiresOn: line.expiresOn,
                })),
              },
              id,
            ),
          ],
        },
        now,
      );
      return transfer;
    });
  }

  private lockTransfer(manager: EntityManager, id: string): Promise<StockTransferRow | null> {
    return manager.getRepository(StockTransferRow).createQueryBuilder('transfer').where('transfer.id = :id', { id }).setLock('pessimistic_write').getOne();
  }
}
