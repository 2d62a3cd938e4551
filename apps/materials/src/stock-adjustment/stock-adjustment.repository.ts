import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { DataSource } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockAdjustmentLineRow, StockAdjustmentRow } from './stock-adjustment.entity';
import { StockAdjustment } from './stock-adjustment.model';

/** Adjustments, always limited to the caller's campuses. */
@Injectable()
export class StockAdjustmentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  async findById(identity: Identity, id: string): Promise<StockAdjustment | null> {
    const row = await scopeToCampuses(this.dataSource.getRepository(StockAdjustmentRow).createQueryBuilder('adjustment'), identity)
      .andWhere('adjustment.id = :id', { id })
      .getOne();
    if (!row) return null;
    const lines = await this.dataSource.manager.find(StockAdjustmentLineRow, { where: { stockAdjustmentId: id }, order: { lineNo: 'ASC' } });
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    return {
      id: row.id,
      campusId: row.campusId,
      warehouseId: row.warehouseId,
      reason: row.reason,
      note: row.note,
      adjustedAt: row.adjustedAt,
      adjustedByName: row.adjustedByName,
      lines: lines.map((line) => ({
        lineNo: line.lineNo,
        item: toItem(items.get(line.itemId)!),
        countedLotId: line.countedLotId,
        lotId: line.lotId,
        quantityDelta: line.quantityDelta,
        unitCostFen: line.unitCostFen,
      })),
    };
  }
}
