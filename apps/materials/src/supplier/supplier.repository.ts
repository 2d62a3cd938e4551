import { Injectable } from '@nestjs/common';
import { likePattern } from '@houqin/platform-database';
import { inactive, notFound, requireUuid } from '@houqin/platform-errors';
import { Page, PageArgs, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { SupplierRow } from './supplier.entity';
import { Supplier, toSupplier } from './supplier.model';

/** Suppliers are group-wide: whoever may read them reads them all, so there is no campus filter here. */
@Injectable()
export class SupplierRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An active supplier to price or order from: NOT_FOUND when there is none, REFERENCE_INACTIVE when it was deactivated. */
  async getActive(id: string, manager: EntityManager = this.dataSource.manager): Promise<SupplierRow> {
    const supplierId = requireUuid('supplierId', id);
    const row = await manager.findOneBy(SupplierRow, { id: supplierId });
    if (!row) throw notFound('Supplier', supplierId);
    if (!row.active) throw inactive('Supplier', row.name);
    return row;
  }

  /**
   * The supplier locked for the rest of the transaction: signing a contract takes it, so two contracts of the
   * same supplier are checked for overlapping prices one after the other.
   */
  async lock(manager: EntityManager, id: string): Promise<SupplierRow> {
    const row = await manager.findOne(SupplierRow, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('Supplier', id);
    return row;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SupplierRow | null> {
    return manager.findOneBy(SupplierRow, { id });
  }

  /** Loads many suppliers in one statement. */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, SupplierRow>> {
    const unique = [...new Set(ids)];
    const rows = unique.length ? await manager.findBy(SupplierRow, { id: In(unique) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  page(filter: { active: boolean | null; search: string | null }, page: PageArgs): Promise<Page<Supplier>> {
    const query = this.dataSource.getRepository(SupplierRow).createQueryBuilder('supplier');
    if (filter.active !== null) query.andWhere('supplier.active = :active', { active: filter.active });
    if (filter.search) {
      query.andWhere('(supplier.code ILIKE :pattern OR supplier.name ILIKE :pattern OR supplier.creditCode ILIKE :pattern)', {
        pattern: likePattern(filter.search),
      });
    }
    return paginate(query, page, toSupplier);
  }
}

/** How errors name a supplier. */
export const supplierLabel = (supplier: Pick<SupplierRow, 'name' | 'code'> | undefined, id: string): string =>
  supplier ? `${supplier.name} (${supplier.code})` : id;
