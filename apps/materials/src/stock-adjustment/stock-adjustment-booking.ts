import { Injectable } from '@nestjs/common';
import { StockAdjustedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { ReorderWatch, takenByItem } from '../stock/reorder-watch';
import { LedgerDocument, StockLedger } from '../stock/stock-ledger';
import { StockLotRow } from '../stock/stock-lot.entity';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { AdjustmentReason, checkAdjustmentLine } from './adjustment-rules';
import { StockAdjustmentLineRow, StockAdjustmentRow } from './stock-adjustment.entity';

/** One line of an adjustment: a lot of the warehouse, locked by the caller, and a non-zero whole delta. */
export interface AdjustmentBookingLine {
  lot: StockLotRow;
  quantityDelta: number;
}

export interface AdjustmentBookingRequest {
  warehouse: { id: string; campusId: string };
  reason: AdjustmentReason;
  note: string | null;
  lines: readonly AdjustmentBookingLine[];
  at: Date;
}

/**
 * Books an adjustment (调整单) in the caller's transaction: every line checked against its reason and lot,
 * then the document, its lines, the ledger movements, the audit entry and `StockAdjustedV1`. A negative delta
 * takes from the named lot (never below zero). A positive one opens a new lot copying the named lot's item,
 * unit cost, expiry, batch, receipt time and quarantine — a lot never holds more than it received, and found
 * units of a batch are as old as the batch. The new lot's goods_receipt_id is the adjustment's id, the
 * document that brought it onto the books. Used by `adjustStock` and by an approved stocktake (盘点), so both
 * change the books the same way.
 */
@Injectable()
export class StockAdjustmentBooking {
  private readonly ledger = new StockLedger();

  constructor(
    private readonly changes: ChangeRecorder,
    private readonly items: ItemRepository,
    private readonly reorderWatch: ReorderWatch,
  ) {}

  async book(
    manager: EntityManager,
    identity: Identity,
    request: AdjustmentBookingRequest,
  ): Promise<{ adjustment: StockAdjustmentRow; lines: StockAdjustmentLineRow[] }> {
    const { warehouse, reason, note, lines, at } = request;
    const today = chinaToday(at);
    const items = await this.items.findByIds(
      lines.map((line) => line.lot.itemId),
      manager,
    );
    for (const { lot, quantityDelta } of lines) {
      const item = items.get(lot.itemId)!;
      checkAdjustmentLine(
        reason,
        quantityDelta,
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
      adjustedAt: at,
      adjustedBySubject: identity.subject,
      adjustedByName: identity.name,
    };
    const found: StockLotRow[] = [];
    const lineRows: StockAdjustmentLineRow[] = lines.map(({ lot, quantityDelta }, index) => {
      let lotId = lot.id;
      if (quantityDelta > 0) {
        lotId = uuidv7();
        found.push({ ...lot, id: lotId, goodsReceiptId: adjustment.id, quantityReceived: quantityDelta, quantityRemaining: quantityDelta });
      }
      return {
        id: uuidv7(),
        stockAdjustmentId: adjustment.id,
        lineNo: index + 1,
        itemId: lot.itemId,
        countedLotId: lot.id,
        lotId,
        quantityDelta,
        unitCostFen: lot.unitCostFen,
      };
    });
    const document: LedgerDocument = { type: 'StockAdjustment', id: adjustment.id, at, actor: identity, reason };

    await manager.insert(StockAdjustmentRow, adjustment);
    await manager.insert(StockAdjustmentLineRow, lineRows);
    await this.ledger.change(
      manager,
      StockMovementKind.ADJUSTMENT,
      lines.filter((line) => line.quantityDelta < 0).map((line) => ({ lot: line.lot, quantity: line.quantityDelta })),
      document,
    );
    await this.ledger.open(manager, StockMovementKind.ADJUSTMENT, found, document);
    // Only usable stock counts towards the reorder point: writing off an expired lot takes nothing usable.
    const usable = lines.filter(({ lot }) => lot.expiresOn === null || lot.expiresOn >= today);
    await this.reorderWatch.afterTaking(
      manager,
      warehouse,
      takenByItem(usable.map(({ lot, quantityDelta }) => ({ itemId: lot.itemId, quantity: quantityDelta }))),
      at,
    );
    await this.changes.record(
      manager,
      identity,
      {
        audit: {
          action: 'stock.adjusted',
          entityType: 'StockAdjustment',
          entityId: adjustment.id,
          campusId: adjustment.campusId,
          before: null,
          after: { ...adjustment, lines: lineRows },
        },
        events: [
          changeEvent(
            StockAdjustedV1,
            {
              stockAdjustmentId: adjustment.id,
              campusId: adjustment.campusId,
              warehouseId: adjustment.warehouseId,
              reason,
              note,
              adjustedAt: at.toISOString(),
              lines: lineRows.map((line) => ({
                itemId: line.itemId,
                countedLotId: line.countedLotId,
                lotId: line.lotId,
                quantityDelta: line.quantityDelta,
                unitCostFen: line.unitCostFen,
              })),
            },
            // Keyed by warehouse, like receipts: a warehouse's stock-level events stay in order on one partition.
            adjustment.warehouseId,
            adjustment.id,
          ),
        ],
      },
      at,
    );
    return { adjustment, lines: lineRows };
  }
}
