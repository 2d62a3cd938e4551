import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockTransferLineRow, StockTransferRow, StockTransferStatus } from './stock-transfer.entity';
import { StockTransfer } from './stock-transfer.model';

export interface StockTransferFilter {
  /** Either end of the transfer. */
  warehouseId: string | null;
  status: StockTransferStatus | null;
}

/** Transfers, limited to those with either end on one of the caller's campuses: both sides follow what is in transit. */
@Injectable()
export class StockTransferRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  private transfers(identity: Identity): SelectQueryBuilder<StockTransferRow> {
    const query = this.dataSource.getRepository(StockTransferRow).createQueryBuilder('transfer');
    const campusIds = CampusScope.of(identity).filter();
    if (campusIds) {
      query.andWhere('(transfer.fromCampusId = ANY(:scopeCampusIds) OR transfer.toCampusId = ANY(:scopeCampusIds))', { scopeCampusIds: campusIds });
    }
    return query;
  }

  async findById(identity: Identity, id: string): Promise<StockTransfer | null> {
    const row = await this.transfers(identity).andWhere('transfer.id = :id', { id }).getOne();
    return row ? (await this.toTransfers([row]))[0] : null;
  }

  page(identity: Identity, filter: StockTransferFilter, page: PageArgs): Promise<Page<StockTransfer>> {
    const query = this.transfers(identity);
    if (filter.warehouseId) {
      query.andWhere('(transfer.fromWarehouseId = :warehouseId OR transfer.toWarehouseId = :warehouseId)', { warehouseId: filter.warehouseId });
    }
    if (filter.status) query.andWhere('transfer.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toTransfers(rows));
  }

  /** Transfers with their lines and items: two statements for any number of transfers. */
  private async toTransfers(rows: StockTransferRow[]): Promise<StockTransfer[]> {
    if (rows.length === 0) return [];
    const lines = await this.dataSource.manager.find(StockTransferLineRow, {
      where: { stockTransferId: In(rows.map((row) => row.id)) },
      order: { lineNo: 'ASC' },
    });
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    return rows.map((row) => {
      const own = lines.filter((line) => line.stockTransferId === row.id);
      return {
        id: row.id,
        fromWarehouseId: row.fromWarehouseId,
        toWarehouseId: row.toWarehouseId,
        fromCampusId: row.fromCampusId,
        toCampusId: row.toCampusId,
        status: row.status,
        dispatchedAt: row.dispatchedAt,
        dispatchedByName: row.dispatchedByName,
        receivedAt: row.receivedAt,
        receivedByName: row.receivedByName,
        note: row.note,
        totalCostFen: own.reduce((sum, line) => sum + line.quantity * line.unitCostFen, 0),
        lines: own.map((line) => ({
          lineNo: line.lineNo,
          item: toItem(items.get(line.itemId)!),
          sourceLotId: line.sourceLotId,
          quantity: line.quantity,
          unitCostFen: line.unitCostFen,
          expiresOn: line.expiresOn,
          batchNo: line.batchNo,
          lotReceivedAt: line.receivedAt,
          destinationLotId: line.destinationLotId,
        })),
      };
    });
  }
}
