import { Inject, Injectable } from '@nestjs/common';
import { StockAdjustedV1 } from '@houqin/contracts';
import { recordAudit } from '@houqin/platform-audit';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { Outbox, UnitOfWork } from '@houqin/platform-events';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { lockLotsById } from '../stock/lot-locks';
import { LedgerDocument, StockLedger } from '../stock/stock-ledger';
import { StockLotRow } from '../stock/stock-lot.entity';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { WarehouseRepository } from '../warehouses/warehouse.repository';
import { checkAdjustmentLine, requireAdjustmentNote, requireAdjustmentReason, requireQuantityDelta } from './adjustment-rules';
import { StockAdjustmentLineRow, StockAdjustmentRow } from './stock-adjustment.entity';
import { AdjustStockInput } from './stock-adjustment.inputs';

const MAX_LINES = 200;

/**
 * 调整: a campus admin corrects lots of one warehouse after a count, damage, expiry or a find. A negative
 * delta takes from the named lot (never below zero). A positive one opens a new lot copying the named lot's
 * item, unit cost, expiry, batch and receipt time — a lot never holds more than it received, and found
 * units of a batch are as old as the batch. The new lot's goods_receipt_id is the adjustment's id, the
 * document that brought it onto the books.
 */
@Injectable()
export class AdjustStockUseCase {
  private readonly ledger = new StockLedger();

  constructor(
    @Inject(UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @Inject(Outbox) private readonly outbox: Outbox,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: AdjustStockInput): Promise<StockAdjustmentRow> {
    const reason = requireAdjustmentReason(input.reason);
    const note = optionalText('note', input.note, 2000);
    requireAdjustmentNote(reason, note);
    const lines = requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
      lotId: requireUuid(`lines[${index}].lotId`, line.lotId),
      quantityDelta: requireQuantityDelta(`lines[${index}].quantityDelta`, line.quantityDelta),
    }));
    const twice = lines.find((line, index) => lines.findIndex((other) => other.lotId === line.lotId) !== index);
    if (twice) throw new DomainError('INVALID_INPUT', { detail: `lines: the lot ${twice.lotId} is named more than once` });
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      const today = chinaToday(now);
      const locked = await lockLotsById(
        manager,
        lines.map((line) => line.lotId),
      );
      const lots = new Map(locked.filter((lot) => lot.warehouseId === warehouse.id).map((lot) => [lot.id, lot]));
      const missing = lines.find((line) => !lots.has(line.lotId));
      if (missing) throw notFound('StockLot', missing.lotId);
      const items = await this.items.findByIds(
        locked.map((lot) => lot.itemId),
        manager,
      );
      for (const line of lines) {
        const lot = lots.get(line.lotId)!;
        const item = items.get(lot.itemId)!;
        checkAdjustmentLine(
          reason,
          line.quantityDelta,
          { lotId: lot.id, item: `${item.name} (${item.code})`, quantityRemaining: lot.quantityRemaining, expiresOn: lot.expiresOn },
          today,
        );
      }

      const adjustment: StockAdjustmentRow = {
        id: uuidv7(),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        reason,
        note,
        adjustedAt: now,
        adjustedBySubject: identity.subject,
        adjustedByName: identity.name,
      };
      const found: StockLotRow[] = [];
      const lineRows: StockAdjustmentLineRow[] = lines.map((line, index) => {
        const lot = lots.get(line.lotId)!;
        let lotId = lot.id;
        if (line.quantityDelta > 0) {
          lotId = uuidv7();
          found.push({ ...lot, id: lotId, goodsReceiptId: adjustment.id, quantityReceived: line.quantityDelta, quantityRemaining: line.quantityDelta });
        }
        return {
          id: uuidv7(),
          stockAdjustmentId: adjustment.id,
          lineNo: index + 1,
          itemId: lot.itemId,
          countedLotId: lot.id,
          lotId,
          quantityDelta: line.quantityDelta,
          unitCostFen: lot.unitCostFen,
        };
      });
      const document: LedgerDocument = { type: 'StockAdjustment', id: adjustment.id, at: now, actor: identity, reason };

      await manager.insert(StockAdjustmentRow, adjustment);
      await manager.insert(StockAdjustmentLineRow, lineRows);
      await this.ledger.change(
        manager,
        StockMovementKind.ADJUSTMENT,
        lines.filter((line) => line.quantityDelta < 0).map((line) => ({ lot: lots.get(line.lotId)!, quantity: line.quantityDelta })),
        document,
      );
      await this.ledger.open(manager, StockMovementKind.ADJUSTMENT, found, document);
      await recordAudit(
        manager,
        identity,
        {
          action: 'stock.adjusted',
          entityType: 'StockAdjustment',
          entityId: adjustment.id,
          campusId: adjustment.campusId,
          before: null,
          after: { ...adjustment, lines: lineRows },
        },
        now,
      );
      await this.outbox.append(
        manager,
        StockAdjustedV1,
        {
          stockAdjustmentId: adjustment.id,
          campusId: adjustment.campusId,
          warehouseId: adjustment.warehouseId,
          reason,
          note,
          adjustedAt: now.toISOString(),
          lines: lineRows.map((line) => ({
            itemId: line.itemId,
            countedLotId: line.countedLotId,
            lotId: line.lotId,
            quantityDelta: line.quantityDelta,
            unitCostFen: line.unitCostFen,
          })),
        },
        // Keyed by warehouse, like receipts: a warehouse's stock-level events stay in order on one partition.
        { key: adjustment.warehouseId, subject: adjustment.id, time: now },
      );
      return adjustment;
    });
  }
}
