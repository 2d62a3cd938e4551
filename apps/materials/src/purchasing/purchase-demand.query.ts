import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { replenishmentOfLevel } from '../stock/stock-cover';
import { StockRepository } from '../stock/stock.repository';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { toDemandSource } from './purchasing.repository';
import { consolidateDemand, DemandSource, DemandSourceKind } from './purchase-request-rules';
import { PurchaseDemandSuggestion } from './purchasing.model';

/**
 * 采购需求建议 for a warehouse: the reorder suggestions (which already count what is on order or requested) and
 * the approved requisitions the store cannot fill — only their shortfall beyond available, in-transit and
 * on-order stock, oldest requisition first — one line per item, each department's share kept.
 */
@Injectable()
export class PurchaseDemandQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stock: StockRepository,
    private readonly items: ItemRepository,
  ) {}

  async suggestions(warehouse: WarehouseRow): Promise<PurchaseDemandSuggestion[]> {
    const [levels, backorders] = await Promise.all([
      this.stock.levels(warehouse),
      this.dataSource.query<{ itemId: string; requisitionId: string; departmentId: string; outstanding: number }[]>(
        `SELECT line.item_id AS "itemId", r.id AS "requisitionId", r.department_id AS "departmentId",
                line.quantity_approved - line.quantity_issued AS outstanding
           FROM requisition_line line JOIN requisition r ON r.id = line.requisition_id
          WHERE r.warehouse_id = $1 AND r.status IN ('APPROVED', 'PARTIALLY_ISSUED') AND line.quantity_approved > line.quantity_issued
          ORDER BY r.submitted_at, r.id`,
        [warehouse.id],
      ),
    ]);
    const levelOf = new Map(levels.map((level) => [level.item.id, level]));
    const demands: { itemId: string; source: DemandSource }[] = [];
    for (const level of levels) {
      const suggestion = replenishmentOfLevel(level);
      if (suggestion) demands.push({ itemId: level.item.id, source: demandOf(DemandSourceKind.REPLENISHMENT, suggestion.suggestedQuantity) });
    }
    const covered = new Map<string, number>();
    for (const backorder of backorders) {
      const level = levelOf.get(backorder.itemId);
      const cover = covered.get(backorder.itemId) ?? (level ? level.available + level.inTransit + level.onOrder : 0);
      const short = backorder.outstanding - cover;
      covered.set(backorder.itemId, Math.max(0, cover - backorder.outstanding));
      if (short > 0) {
        demands.push({
          itemId: backorder.itemId,
          source: { ...demandOf(DemandSourceKind.REQUISITION_BACKORDER, short), departmentId: backorder.departmentId, requisitionId: backorder.requisitionId },
        });
      }
    }
    const items = await this.items.findByIds(demands.map((demand) => demand.itemId));
    return consolidateDemand(demands).map((line) => ({
      item: toItem(items.get(line.itemId)!),
      quantity: line.quantity,
      sources: line.sources.map(toDemandSource),
    }));
  }
}

const demandOf = (kind: DemandSourceKind, quantity: number): DemandSource => ({ kind, departmentId: null, requisitionId: null, quantity, note: null });
