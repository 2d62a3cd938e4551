import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound } from '@houqin/platform-errors';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { effectiveStatus, PriceExceptionStatus } from './price-exception-rules';
import { PriceExceptionRow } from './supplier.entity';
import { PriceException, toSupplier } from './supplier.model';
import { SupplierRepository } from './supplier.repository';

export interface PriceExceptionFilter {
  status: PriceExceptionStatus | null;
  campusId: string | null;
}

/** Price exceptions of the caller's campuses (group roles: all); another campus's does not exist for them. */
@Injectable()
export class PriceExceptionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
    private readonly suppliers: SupplierRepository,
  ) {}

  private exceptions(identity: Identity, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<PriceExceptionRow> {
    return scopeToCampuses(manager.getRepository(PriceExceptionRow).createQueryBuilder('exception'), identity);
  }

  /** The exception on one of the caller's campuses, locked for the rest of the transaction; NOT_FOUND otherwise. */
  async lock(manager: EntityManager, identity: Identity, id: string): Promise<PriceExceptionRow> {
    const row = await this.exceptions(identity, manager).andWhere('exception.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw notFound('PriceException', id);
    return row;
  }

  async findById(identity: Identity, id: string): Promise<PriceException | null> {
    const row = await this.exceptions(identity).andWhere('exception.id = :id', { id }).getOne();
    return row ? (await this.toExceptions([row]))[0] : null;
  }

  /** Oldest first, so the materials office works through PENDING ones in the order they came. */
  page(identity: Identity, filter: PriceExceptionFilter, page: PageArgs): Promise<Page<PriceException>> {
    const query = this.exceptions(identity);
    if (filter.campusId) query.andWhere('exception.campusId = :campusId', { campusId: filter.campusId });
    const today = chinaToday(new Date());
    // EXPIRED is APPROVED past its last day; APPROVED means still usable.
    if (filter.status === PriceExceptionStatus.EXPIRED) query.andWhere(`exception.status = 'APPROVED' AND exception.validUntil < :today`, { today });
    else if (filter.status === PriceExceptionStatus.APPROVED) query.andWhere(`exception.status = 'APPROVED' AND exception.validUntil >= :today`, { today });
    else if (filter.status) query.andWhere('exception.status = :status', { status: filter.status });
    return paginateBatch(query, page, (rows) => this.toExceptions(rows));
  }

  private async toExceptions(rows: PriceExceptionRow[]): Promise<PriceException[]> {
    const today = chinaToday(new Date());
    const [items, suppliers] = await Promise.all([
      this.items.findByIds(rows.map((row) => row.itemId)),
      this.suppliers.findByIds(rows.map((row) => row.supplierId)),
    ]);
    return rows.map((row) => ({
      id: row.id,
      supplier: toSupplier(suppliers.get(row.supplierId)!),
      campusId: row.campusId,
      item: toItem(items.get(row.itemId)!),
      unitPriceFen: row.unitPriceFen,
      maxQuantity: row.maxQuantity,
      reason: row.reason,
      contractId: row.contractId,
      contractPriceFen: row.contractPriceFen,
      status: effectiveStatus(row, today),
      requestedByName: row.requestedByName,
      requestedAt: row.requestedAt,
      decidedByName: row.decidedByName,
      decidedAt: row.decidedAt,
      decisionComment: row.decisionComment,
      validUntil: row.validUntil,
      usedAt: row.usedAt,
      usedByPurchaseOrderId: row.usedByPurchaseOrderId,
    }));
  }
}
