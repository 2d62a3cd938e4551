import { Injectable } from '@nestjs/common';
import { GoodsReceivedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { EntityManager } from 'typeorm';
import { ItemRow } from '../catalogue/item.entity';
import { GoodsReceiptRow } from './goods-receipt.entity';
import { LedgerDocument, StockLedger } from './stock-ledger';
import { StockLotRow } from './stock-lot.entity';
import { StockMovementKind } from './stock-movement.entity';

/**
 * 效期管理 at the door, for any receipt: an expiring item without its date could never be issued
 * first-expired-first-out, and a lot already expired must not go on the shelf.
 */
export function checkReceivedLot(item: ItemRow, expiresOn: string | null, today: string): void {
  if (item.tracksExpiry && !expiresOn) throw new DomainError('EXPIRY_REQUIRED', { item: `${item.name} (${item.code})` });
  if (expiresOn && expiresOn < today) throw new DomainError('LOT_EXPIRED', { item: `${item.name} (${item.code})`, expiresOn });
}

/** Books stock arriving on the books: lots opened in the ledger and one GoodsReceivedV1 per lot, in the caller's transaction. */
@Injectable()
export class GoodsReceiptBooking {
  private readonly ledger = new StockLedger();

  constructor(private readonly changes: ChangeRecorder) {}

  /** A delivery: the receipt and its lots. */
  async book(manager: EntityManager, identity: Identity, receipt: GoodsReceiptRow, lots: StockLotRow[]): Promise<void> {
    await manager.insert(GoodsReceiptRow, receipt);
    await this.openLots(manager, lots, { type: 'GoodsReceipt', id: receipt.id, at: receipt.receivedAt, actor: identity });
  }

  /** Lots of a delivery or of opening balances: consumers keeping stock levels see both as received stock. */
  async openLots(manager: EntityManager, lots: StockLotRow[], document: LedgerDocument): Promise<void> {
    await this.ledger.open(manager, StockMovementKind.RECEIPT, lots, document);
    await this.changes.publish(
      manager,
      lots.map((lot) =>
        changeEvent(
          GoodsReceivedV1,
          {
            lotId: lot.id,
            campusId: lot.campusId,
            warehouseId: lot.warehouseId,
            itemId: lot.itemId,
            quantity: lot.quantityReceived,
            unitCostFen: lot.unitCostFen,
            expiresOn: lot.expiresOn,
            receivedAt: lot.receivedAt.toISOString(),
          },
          // Keyed by warehouse: every stock-level event of one warehouse stays in order on one partition.
          lot.warehouseId,
          lot.id,
        ),
      ),
    );
  }
}
