import { Injectable } from '@nestjs/common';
import { StocktakeStartedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { nextDocumentNumber } from '@houqin/platform-document-number';
import { DomainError, notFound, optionalText, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { OPEN_STOCKTAKE_STATUSES, StocktakeScope, StocktakeStatus } from './stocktake-lifecycle';
import { lotsOnBooks } from './stocktake-lots';
import { countSheet, CountScope, requireCountScope } from './stocktake-sheet';
import { itemLabel } from '../catalogue/item-label';
import { stocktakeFacts } from './stocktake-steps';
import { StocktakeLineRow, StocktakeRow } from './stocktake.entity';
import { StartStocktakeInput } from './stocktake.inputs';

const MAX_NAMED_ITEMS = 500;

/**
 * 盘点开始: the count sheet and the snapshot of the books, in one transaction. Starts in a warehouse queue on its
 * row, so two stocktakes covering the same item can never both open; the lots are read FOR SHARE (see
 * lotsOnBooks), so the snapshot is the ledger at one instant.
 */
@Injectable()
export class StartStocktake {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
  ) {}

  async execute(identity: Identity, input: StartStocktakeInput): Promise<StocktakeRow> {
    const itemIds = (input.itemIds ?? []).map((id, index) => requireUuid(`itemIds[${index}]`, id));
    if (itemIds.length > MAX_NAMED_ITEMS) throw new DomainError('INVALID_INPUT', { detail: `itemIds: at most ${MAX_NAMED_ITEMS}` });
    const scope = requireCountScope(input.scope, itemIds, input.categories ?? []);
    const note = optionalText('note', input.note, 500);
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    const named = await this.items.findByIds(itemIds);
    const unknown = itemIds.find((id) => !named.has(id));
    if (unknown) throw notFound('Item', unknown);

    return this.unitOfWork.run(async (manager) => {
      const now = new Date();
      await manager
        .getRepository(WarehouseRow)
        .createQueryBuilder('warehouse')
        .where('warehouse.id = :id', { id: warehouse.id })
        .setLock('pessimistic_write')
        .getOne();
      const scopeItemIds = await this.itemsInScope(manager, warehouse.id, scope);
      if (!scopeItemIds.length) throw new DomainError('STOCKTAKE_NOTHING_TO_COUNT');
      const items = await this.items.findByIds(scopeItemIds, manager);
      await this.refuseOverlap(manager, warehouse.id, scopeItemIds, itemLabel(items));

      const lots = await lotsOnBooks(manager, warehouse.id, { itemIds: scopeItemIds });
      const sheet = countSheet([...items.values()], lots);
      const row: StocktakeRow = {
        id: uuidv7(),
        number: await nextDocumentNumber(manager, 'PD', now),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        scope: scope.scope,
        itemIds: scope.itemIds,
        categories: scope.categories,
        status: StocktakeStatus.COUNTING,
        note,
        snapshotAt: now,
        startedBySubject: identity.subject,
        startedByName: identity.name,
        finishedAt: null,
        finishedByName: null,
        approvedAt: null,
        approvedBySubject: null,
        approvedByName: null,
        approvalComment: null,
        stockAdjustmentId: null,
        rejectedAt: null,
        rejectedByName: null,
        rejectionReason: null,
        cancelledAt: null,
        cancelledByName: null,
        cancelReason: null,
        updatedAt: now,
      };
      const lineRows: StocktakeLineRow[] = sheet.map((line, index) => ({
        id: uuidv7(),
        stocktakeId: row.id,
        lineNo: index + 1,
        itemId: line.itemId,
        lotId: line.lotId,
        bookQuantity: line.bookQuantity,
        bookValueFen: line.bookValueFen,
        unitCostFen: line.unitCostFen,
        countedQuantity: null,
        countedAt: null,
        countedBySubject: null,
        countedByName: null,
        expectedQuantity: null,
        expectedValueFen: null,
        varianceValueFen: null,
      }));
      await manager.insert(StocktakeRow, row);
      // A full count of a large store has thousands of lines: insert them in slices below the driver's parameter limit.
      for (let start = 0; start < lineRows.length; start += 2000) await manager.insert(StocktakeLineRow, lineRows.slice(start, start + 2000));
      await this.changes.record(
        manager,
        identity,
        {
          audit: {
            action: 'stocktake.start',
            entityType: 'Stocktake',
            entityId: row.id,
            campusId: row.campusId,
            before: null,
            after: { ...row, lines: sheet.length, snapshot: sheet.map((line) => ({ itemId: line.itemId, lotId: line.lotId, book: line.bookQuantity })) },
          },
          events: [
            changeEvent(
              StocktakeStartedV1,
              {
                ...stocktakeFacts(row, identity, now),
                snapshotAt: now.toISOString(),
                itemIds: row.itemIds,
                categories: row.categories,
                note,
                lineCount: lineRows.length,
                itemCount: scopeItemIds.length,
              },
              row.id,
            ),
          ],
        },
        now,
      );
      return row;
    });
  }

  /**
   * A full count: every item with stock or a stock policy (补货策略) in the warehouse. A cycle count: the items
   * named, whatever their stock, plus the items of the categories named that have stock or a policy there.
   */
  private async itemsInScope(manager: EntityManager, warehouseId: string, scope: CountScope): Promise<string[]> {
    const rows = await manager.query<{ item_id: string }[]>(
      `SELECT item_id FROM (
         SELECT item_id FROM stock_lot WHERE warehouse_id = $1 AND quantity_remaining > 0
         UNION SELECT item_id FROM reorder_point WHERE warehouse_id = $1
       ) AS held JOIN item ON item.id = held.item_id
       WHERE $2 OR item.category = ANY($3::text[])
       UNION SELECT unnest($4::uuid[])`,
      [warehouseId, scope.scope === StocktakeScope.FULL, scope.categories, scope.itemIds],
    );
    return rows.map((row) => row.item_id);
  }

  /** At most one open stocktake holds an item of a warehouse (the start holds the warehouse row, so this cannot race). */
  private async refuseOverlap(manager: EntityManager, warehouseId: string, itemIds: string[], label: (itemId: string) => string): Promise<void> {
    const [open] = await manager.query<{ item_id: string; number: string }[]>(
      `SELECT line.item_id, stocktake.number FROM stocktake JOIN stocktake_line line ON line.stocktake_id = stocktake.id
       WHERE stocktake.warehouse_id = $1 AND stocktake.status = ANY($2::text[]) AND line.item_id = ANY($3::uuid[])
       ORDER BY stocktake.number, line.line_no LIMIT 1`,
      [warehouseId, OPEN_STOCKTAKE_STATUSES, itemIds],
    );
    if (open) throw new DomainError('STOCKTAKE_ITEM_ALREADY_COUNTING', { item: label(open.item_id), number: open.number });
  }
}
