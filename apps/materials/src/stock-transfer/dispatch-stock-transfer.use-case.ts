import { Injectable } from '@nestjs/common';
import { StockTransferDispatchedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { DataSource } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { mergeIssueLines } from '../stock-issue/issue-lines';
import { LotAllocator } from '../stock-issue/lot-allocator';
import { lockLots } from '../stock/lot-locks';
import { ReorderWatch, takenByItem } from '../stock/reorder-watch';
import { StockLedger } from '../stock/stock-ledger';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { StockTransferLineRow, StockTransferRow, StockTransferStatus } from './stock-transfer.entity';
import { DispatchStockTransferInput } from './stock-transfer.inputs';

const MAX_LINES = 100;

/**
 * 调拨出库: stock leaves a warehouse of the caller's campus for another warehouse (any campus). Lots are
 * chosen exactly as for an issue — FEFO for items that expire, else FIFO, expired lots never — and the
 * whole transfer goes or none of it does (INSUFFICIENT_STOCK). It stays in transit until the destination
 * receives it.
 */
@Injectable()
export class DispatchStockTransfer {
  private readonly allocator = new LotAllocator();
  private readonly ledger = new StockLedger();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly dataSource: DataSource,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
    private readonly reorderWatch: ReorderWatch,
  ) {}

  async execute(identity: Identity, input: DispatchStockTransferInput): Promise<StockTransferRow> {
    const fromWarehouseId = requireUuid('fromWarehouseId', input.fromWarehouseId);
    const toWarehouseId = requireUuid('toWarehouseId', input.toWarehouseId);
    if (fromWarehouseId === toWarehouseId) throw new DomainError('TRANSFER_SAME_WAREHOUSE');
    const note = optionalText('note', input.note, 2000);
    const lines = mergeIssueLines(
      requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
        itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
        quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      })),
    );
    const from = await this.warehouses.getVisible(identity, 'fromWarehouseId', fromWarehouseId);
    const to = await this.destination(toWarehouseId);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    const unknown = lines.find((line) => !items.has(line.itemId));
    if (unknown) throw notFound('Item', unknown.itemId);

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const today = chinaToday(now);
      const lots = await lockLots(
        manager,
        from.id,
        lines.map((line) => line.itemId),
      );
      const lotsById = new Map(lots.map((lot) => [lot.id, lot]));
      const transfer: StockTransferRow = {
        id: uuidv7(),
        fromWarehouseId: from.id,
        toWarehouseId: to.id,
        fromCampusId: from.campusId,
        toCampusId: to.campusId,
        status: StockTransferStatus.IN_TRANSIT,
        dispatchedAt: now,
        dispatchedBy: identity.subject,
        dispatchedByName: identity.name,
        receivedAt: null,
        receivedBy: null,
        receivedByName: null,
        note,
      };
      const lineRows: StockTransferLineRow[] = [];
      for (const line of lines) {
        const item = items.get(line.itemId)!;
        const itemLots = lots.filter((lot) => lot.itemId === line.itemId);
        const allocation = this.allocator.allocateLots(itemLots, line.quantity, item.tracksExpiry, today);
        if (allocation.kind === 'shortage') {
          throw new DomainError('INSUFFICIENT_STOCK', { item: `${item.name} (${item.code})`, requested: line.quantity, available: allocation.available });
        }
        for (const draw of allocation.draws) {
          const lot = lotsById.get(draw.lotId)!;
          lineRows.push({
            id: uuidv7(),
            stockTransferId: transfer.id,
            lineNo: lineRows.length + 1,
            itemId: lot.itemId,
            sourceLotId: lot.id,
            quantity: draw.quantity,
            unitCostFen: lot.unitCostFen,
            expiresOn: lot.expiresOn,
            batchNo: lot.batchNo,
            receivedAt: lot.receivedAt,
            destinationLotId: null,
          });
        }
      }

      await manager.insert(StockTransferRow, transfer);
      await manager.insert(StockTransferLineRow, lineRows);
      await this.ledger.change(
        manager,
        StockMovementKind.TRANSFER_OUT,
        lineRows.map((line) => ({ lot: lotsById.get(line.sourceLotId)!, quantity: -line.quantity })),
        { type: 'StockTransfer', id: transfer.id, at: now, actor: identity },
      );
      await this.reorderWatch.afterTaking(manager, from, takenByItem(lineRows.map((line) => ({ itemId: line.itemId, quantity: -line.quantity }))), now);
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'stock.transfer-dispatched',
            entityType: 'StockTransfer',
            entityId: transfer.id,
            campusId: transfer.fromCampusId,
            before: null,
            after: { ...transfer, lines: lineRows },
          },
          events: [
            changeEvent(
              StockTransferDispatchedV1,
              {
                stockTransferId: transfer.id,
                fromCampusId: transfer.fromCampusId,
                fromWarehouseId: transfer.fromWarehouseId,
                toCampusId: transfer.toCampusId,
                toWarehouseId: transfer.toWarehouseId,
                dispatchedAt: now.toISOString(),
                totalCostFen: lineRows.reduce((sum, line) => sum + line.quantity * line.unitCostFen, 0),
                lines: lineRows.map((line) => ({
                  lineNo: line.lineNo,
                  itemId: line.itemId,
                  sourceLotId: line.sourceLotId,
                  quantity: line.quantity,
                  unitCostFen: line.unitCostFen,
                  expiresOn: line.expiresOn,
                  batchNo: line.batchNo,
                })),
              },
              transfer.id,
            ),
          ],
        },
        now,
      );
      return transfer;
    });
  }

  /**
   * The receiving warehouse may be on a campus the caller cannot see (sending to another campus is the
   * point), so it is looked up unscoped; only its existence is revealed.
   */
  private async destination(id: string): Promise<WarehouseRow> {
    const row = await this.dataSource.manager.findOneBy(WarehouseRow, { id });
    if (!row) throw notFound('Warehouse', id);
    return row;
  }
}
