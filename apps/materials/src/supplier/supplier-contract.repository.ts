import { Injectable } from '@nestjs/common';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { notFound } from '@houqin/platform-errors';
import { Page, PageArgs, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { toItem } from '../catalogue/item.model';
import { ItemRepository } from '../catalogue/item.repository';
import { contractStatus, lastPricedDay, PricedItem } from './supplier-contract-rules';
import { SupplierContractPriceRow, SupplierContractRow } from './supplier.entity';
import { ContractPrice, SupplierContract, toSupplier } from './supplier.model';
import { SupplierRepository } from './supplier.repository';

/**
 * The SQL twin of `pricesOn` in supplier-contract-rules: the contract `alias` prices anything on the date
 * parameter `day` (valid that day, and not terminated on or before it).
 */
export const inForceOn = (alias: string, day: string) =>
  `${alias}.valid_from <= ${day} AND ${alias}.valid_to >= ${day} AND (${alias}.terminated_on IS NULL OR ${alias}.terminated_on > ${day})`;

export interface SupplierContractFilter {
  supplierId: string | null;
  itemId: string | null;
  validOn: string | null;
}

/** One item's contract price on a day, as the price book answers it. */
export interface ContractPriceRef {
  contractId: string;
  contractNo: string;
  unitPriceFen: number;
}

/**
 * Contracts as the caller may read them: group-wide contracts and those of the caller's campuses (group roles
 * read all). A campus contract of another campus does not exist for them.
 */
@Injectable()
export class SupplierContractRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemRepository,
    private readonly suppliers: SupplierRepository,
  ) {}

  private contracts(identity: Identity, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<SupplierContractRow> {
    const query = manager.getRepository(SupplierContractRow).createQueryBuilder('contract');
    const campusIds = CampusScope.of(identity).filter();
    if (campusIds) query.andWhere('(contract.campusId IS NULL OR contract.campusId = ANY(:scopeCampusIds))', { scopeCampusIds: campusIds });
    return query;
  }

  /** The contract if the caller may see it (locked when asked); NOT_FOUND otherwise. */
  async getVisible(identity: Identity, id: string, manager?: EntityManager, lock = false): Promise<SupplierContractRow> {
    const query = this.contracts(identity, manager).andWhere('contract.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('SupplierContract', id);
    return row;
  }

  async findById(identity: Identity, id: string): Promise<SupplierContract | null> {
    const row = await this.contracts(identity).andWhere('contract.id = :id', { id }).getOne();
    return row ? (await this.toContracts([row]))[0] : null;
  }

  page(identity: Identity, filter: SupplierContractFilter, page: PageArgs): Promise<Page<SupplierContract>> {
    const query = this.contracts(identity);
    if (filter.supplierId) query.andWhere('contract.supplierId = :supplierId', { supplierId: filter.supplierId });
    if (filter.itemId) {
      query.andWhere('EXISTS (SELECT 1 FROM supplier_contract_price price WHERE price.contract_id = contract.id AND price.item_id = :itemId)', {
        itemId: filter.itemId,
      });
    }
    if (filter.validOn) query.andWhere(inForceOn('contract', ':validOn'), { validOn: filter.validOn });
    return paginateBatch(query, page, (rows) => this.toContracts(rows));
  }

  /**
   * 比价: every active supplier's contract price for the item on the campus on the day, cheapest first. The
   * overlap rule leaves at most one per supplier.
   */
  async contractPrices(itemId: string, campusId: string, on: string): Promise<ContractPrice[]> {
    const rows = await this.dataSource.query<
      { supplierId: string; contractId: string; contractNo: string; campusId: string | null; unitPriceFen: number; marketPriceFen: number }[]
    >(
      `SELECT contract.supplier_id AS "supplierId", contract.id AS "contractId", contract.contract_no AS "contractNo", contract.campus_id AS "campusId",
              price.unit_price_fen AS "unitPriceFen", price.market_price_fen AS "marketPriceFen"
         FROM supplier_contract contract
         JOIN supplier_contract_price price ON price.contract_id = contract.id
         JOIN supplier ON supplier.id = contract.supplier_id AND supplier.active
        WHERE price.item_id = $1 AND (contract.campus_id IS NULL OR contract.campus_id = $2) AND ${inForceOn('contract', '$3')}
        ORDER BY price.unit_price_fen, supplier.code, contract.id`,
      [itemId, campusId, on],
    );
    const [contracts, suppliers] = await Promise.all([
      this.dataSource.manager.findBy(SupplierContractRow, { id: In(rows.map((row) => row.contractId)) }),
      this.suppliers.findByIds(rows.map((row) => row.supplierId)),
    ]);
    return rows.map((row) => {
      const contract = contracts.find((candidate) => candidate.id === row.contractId)!;
      return { ...row, supplier: toSupplier(suppliers.get(row.supplierId)!), validFrom: contract.validFrom, lastPricedOn: lastPricedDay(contract)! };
    });
  }

  /** The supplier's contract price of each item on the campus on the day (a campus contract before a group-wide one, should both exist). */
  async pricesOn(manager: EntityManager, supplierId: string, campusId: string, itemIds: readonly string[], on: string): Promise<Map<string, ContractPriceRef>> {
    const unique = [...new Set(itemIds)];
    if (!unique.length) return new Map();
    const rows = await manager.query<(ContractPriceRef & { itemId: string })[]>(
      `SELECT price.item_id AS "itemId", contract.id AS "contractId", contract.contract_no AS "contractNo", price.unit_price_fen AS "unitPriceFen"
         FROM supplier_contract contract
         JOIN supplier_contract_price price ON price.contract_id = contract.id
        WHERE contract.supplier_id = $1 AND (contract.campus_id IS NULL OR contract.campus_id = $2) AND price.item_id = ANY($3::uuid[])
          AND ${inForceOn('contract', '$4::date')}
        ORDER BY contract.campus_id NULLS LAST, contract.id`,
      [supplierId, campusId, unique, on],
    );
    const prices = new Map<string, ContractPriceRef>();
    for (const { itemId, ...price } of rows) if (!prices.has(itemId)) prices.set(itemId, price);
    return prices;
  }

  /**
   * The supplier's contracts pricing any of the items for a campus scope that meets `campusId` (every scope
   * meets a group-wide contract) and valid at some point between `from` and `to`; terminations are for the
   * overlap rule to weigh.
   */
  async pricedItems(
    manager: EntityManager,
    supplierId: string,
    campusId: string | null,
    itemIds: readonly string[],
    from: string,
    to: string,
  ): Promise<PricedItem[]> {
    const rows = await manager.query<
      { contractNo: string; campusId: string | null; itemId: string; validFrom: string; validTo: string; terminatedOn: string | null }[]
    >(
      `SELECT contract.contract_no AS "contractNo", contract.campus_id AS "campusId", price.item_id AS "itemId",
              contract.valid_from::text AS "validFrom", contract.valid_to::text AS "validTo", contract.terminated_on::text AS "terminatedOn"
         FROM supplier_contract contract
         JOIN supplier_contract_price price ON price.contract_id = contract.id
        WHERE contract.supplier_id = $1 AND ($2::uuid IS NULL OR contract.campus_id IS NULL OR contract.campus_id = $2::uuid)
          AND price.item_id = ANY($3::uuid[]) AND contract.valid_from <= $5::date AND contract.valid_to >= $4::date
        ORDER BY contract.valid_from, contract.id, price.item_id`,
      [supplierId, campusId, itemIds, from, to],
    );
    return rows.map(({ contractNo, campusId: scope, itemId, ...period }) => ({ contractNo, campusId: scope, itemId, period }));
  }

  /** Contracts with their supplier and price list (items by code): four statements for any number. */
  private async toContracts(rows: SupplierContractRow[]): Promise<SupplierContract[]> {
    if (rows.length === 0) return [];
    const today = chinaToday(new Date());
    const [prices, suppliers] = await Promise.all([
      this.dataSource.manager.findBy(SupplierContractPriceRow, { contractId: In(rows.map((row) => row.id)) }),
      this.suppliers.findByIds(rows.map((row) => row.supplierId)),
    ]);
    const items = await this.items.findByIds(prices.map((price) => price.itemId));
    return rows.map((row) => ({
      id: row.id,
      contractNo: row.contractNo,
      supplier: toSupplier(suppliers.get(row.supplierId)!),
      title: row.title,
      campusId: row.campusId,
      validFrom: row.validFrom,
      validTo: row.validTo,
      terminatedOn: row.terminatedOn,
      terminationReason: row.terminationReason,
      lastPricedOn: lastPricedDay(row),
      status: contractStatus(row, today),
      signedByName: row.signedByName,
      signedAt: row.signedAt,
      prices: prices
        .filter((price) => price.contractId === row.id)
        .map((price) => ({ item: toItem(items.get(price.itemId)!), unitPriceFen: price.unitPriceFen, marketPriceFen: price.marketPriceFen }))
        .sort((a, b) => a.item.code.localeCompare(b.item.code)),
    }));
  }
}
