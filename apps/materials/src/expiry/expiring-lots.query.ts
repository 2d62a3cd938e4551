import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { addDays } from '@houqin/platform-calendar';
import { scopeToCampuses } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { decodeCursor, encodeCursor, Page, PageArgs } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { StockLotRow } from '../stock/stock-lot.entity';
import { ExpiringLot } from './expiring-lot.model';
import { LotExpiry } from './lot-expiry';

@Injectable()
export class ExpiringLotsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
  ) {}

  /**
   * Lots with stock expiring by today + `withinDays`, the expired ones included (they come first), soonest
   * expiry first. Keyset pagination on (expiry date, lot id): the cursor is the last lot's id, whose expiry
   * date never changes, so pages stay stable while stock moves.
   */
  async page(identity: Identity, filter: { campusId: string | null; withinDays: number }, args: PageArgs, now: Date): Promise<Page<ExpiringLot>> {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new DomainError('INVALID_INPUT', { detail: 'first must be between 1 and 100' });
    const expiry = new LotExpiry(now);
    const query = scopeToCampuses(this.dataSource.getRepository(StockLotRow).createQueryBuilder('lot'), identity)
      .andWhere('lot.quantityRemaining > 0')
      .andWhere('lot.expiresOn IS NOT NULL')
      .andWhere('lot.expiresOn <= :until', { until: addDays(expiry.today, filter.withinDays) });
    if (filter.campusId) query.andWhere('lot.campusId = :campusId', { campusId: filter.campusId });
    const totalCount = await query.clone().getCount();
    if (args.after) {
      query.andWhere('(lot.expiresOn, lot.id) > (SELECT cursor_lot.expires_on, cursor_lot.id FROM stock_lot cursor_lot WHERE cursor_lot.id = :after)', {
        after: decodeCursor(args.after),
      });
    }
    const rows = await query
      .orderBy('lot.expiresOn', 'ASC')
      .addOrderBy('lot.id', 'ASC')
      .take(first + 1)
      .getMany();
    const page = rows.slice(0, first);
    const items = await this.items.findByIds(page.map((row) => row.itemId));
    return {
      edges: page.map((row) => ({ cursor: encodeCursor(row.id), node: toExpiringLot(row, toItem(items.get(row.itemId)!), expiry) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
      totalCount,
    };
  }
}

function toExpiringLot(row: StockLotRow, item: ExpiringLot['item'], expiry: LotExpiry): ExpiringLot {
  // The query keeps only lots with an expiry date.
  const expiresOn = row.expiresOn!;
  return {
    lotId: row.id,
    campusId: row.campusId,
    warehouseId: row.warehouseId,
    item,
    batchNo: row.batchNo,
    expiresOn,
    daysLeft: expiry.daysLeft(expiresOn),
    quantity: row.quantityRemaining,
    unitCostFen: row.unitCostFen,
    valueFen: row.quantityRemaining * row.unitCostFen,
    expired: expiry.isExpired(expiresOn),
    quarantined: Boolean(row.quarantinedAt),
  };
}
