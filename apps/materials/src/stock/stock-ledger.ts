import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { EntityManager } from 'typeorm';
import { StockLotRow } from './stock-lot.entity';
import { StockMovementKind, StockMovementRow } from './stock-movement.entity';

/** The document a set of movements belongs to, and who booked it when. */
export interface LedgerDocument {
  /** OpeningBalance: an import job's id; its lots name the job in goods_receipt_id. */
  type: 'GoodsReceipt' | 'StockIssue' | 'StockReturn' | 'StockTransfer' | 'StockAdjustment' | 'OpeningBalance';
  id: string;
  at: Date;
  actor: Identity;
  departmentId?: string | null;
  reason?: string | null;
}

/** A change to one existing lot: negative takes (issue, transfer out, write-off), positive puts back (return, found stock). */
export interface LotChange {
  lot: Pick<StockLotRow, 'id' | 'campusId' | 'warehouseId' | 'itemId' | 'unitCostFen'>;
  quantity: number;
}

/**
 * The only way a lot's balance changes: the lot row and its ledger movement are written together, in the
 * caller's transaction. Callers lock the lots they change first (SELECT ... FOR UPDATE, in a fixed order);
 * the lot's CHECK constraint still stops a balance going below zero or above what was received.
 */
export class StockLedger {
  /** New lots (a receipt, a transfer arriving, found stock, opening balances): each with its first movement. */
  async open(
    manager: EntityManager,
    kind: StockMovementKind.RECEIPT | StockMovementKind.TRANSFER_IN | StockMovementKind.ADJUSTMENT,
    lots: StockLotRow[],
    document: LedgerDocument,
  ): Promise<void> {
    if (!lots.length) return;
    await manager.insert(StockLotRow, lots);
    await manager.insert(
      StockMovementRow,
      lots.map((lot) => this.movement(kind, { lot, quantity: lot.quantityReceived }, document)),
    );
  }

  /** Changes to existing lots; the quantities are signed. */
  change(
    manager: EntityManager,
    kind: Exclude<StockMovementKind, StockMovementKind.RECEIPT | StockMovementKind.TRANSFER_IN>,
    changes: LotChange[],
    document: LedgerDocument,
  ): Promise<void> {
    return this.changeAll(manager, kind, [{ changes, document }]);
  }

  /** Several documents' changes (a batch of issues) in one lot update and one movement insert. */
  async changeAll(
    manager: EntityManager,
    kind: Exclude<StockMovementKind, StockMovementKind.RECEIPT | StockMovementKind.TRANSFER_IN>,
    entries: readonly { changes: LotChange[]; document: LedgerDocument }[],
  ): Promise<void> {
    const nonZero = entries.flatMap(({ changes, document }) => changes.filter((change) => change.quantity !== 0).map((change) => ({ change, document })));
    if (!nonZero.length) return;
    await manager.query(
      `UPDATE stock_lot AS lot SET quantity_remaining = lot.quantity_remaining + change.quantity
       FROM (SELECT id, sum(quantity) AS quantity FROM unnest($1::uuid[], $2::int[]) AS c(id, quantity) GROUP BY id) AS change
       WHERE lot.id = change.id`,
      [nonZero.map(({ change }) => change.lot.id), nonZero.map(({ change }) => change.quantity)],
    );
    await manager.insert(
      StockMovementRow,
      nonZero.map(({ change, document }) => this.movement(kind, change, document)),
    );
  }

  private movement(kind: StockMovementKind, change: LotChange, document: LedgerDocument): StockMovementRow {
    return {
      id: uuidv7(),
      campusId: change.lot.campusId,
      warehouseId: change.lot.warehouseId,
      itemId: change.lot.itemId,
      lotId: change.lot.id,
      kind,
      quantity: change.quantity,
      unitCostFen: change.lot.unitCostFen,
      departmentId: document.departmentId ?? null,
      documentType: document.type,
      documentId: document.id,
      reason: document.reason ?? null,
      occurredAt: document.at,
      recordedBy: document.actor.subject,
    };
  }
}
