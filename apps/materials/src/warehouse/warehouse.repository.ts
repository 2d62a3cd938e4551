import { scopeToCampuses } from '@houqin/platform-database';
import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { notFound, requireUuid } from '@houqin/platform-errors';
import { DataSource, EntityManager, In } from 'typeorm';
import { WarehouseKind } from './warehouse-kind';
import { WarehouseRow } from './warehouse.entity';

@Injectable()
export class WarehouseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The warehouse if the caller's campuses include it, else null (as if it did not exist). */
  findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<WarehouseRow | null> {
    return scopeToCampuses(manager.getRepository(WarehouseRow).createQueryBuilder('warehouse'), identity).andWhere('warehouse.id = :id', { id }).getOne();
  }

  /** Validates the id and loads a warehouse the caller may see, or fails with INVALID_ID / NOT_FOUND. */
  async getVisible(identity: Identity, field: string, id: string, manager?: EntityManager): Promise<WarehouseRow> {
    const warehouseId = requireUuid(field, id);
    const row = await this.findVisible(identity, warehouseId, manager);
    if (!row) throw notFound('Warehouse', warehouseId);
    return row;
  }

  list(identity: Identity, campusId: string | null): Promise<WarehouseRow[]> {
    const query = scopeToCampuses(this.dataSource.getRepository(WarehouseRow).createQueryBuilder('warehouse'), identity);
    if (campusId) query.andWhere('warehouse.campusId = :campusId', { campusId });
    return query.orderBy('warehouse.code', 'ASC').getMany();
  }

  /** The campus's central store (总库). Unscoped: for event handlers acting for the system, never for a caller's query. */
  findCentral(manager: EntityManager, campusId: string): Promise<WarehouseRow | null> {
    return manager.findOneBy(WarehouseRow, { campusId, kind: WarehouseKind.CENTRAL });
  }

  /** Each campus's central warehouse, for those that have one. */
  async findCentralOf(manager: EntityManager, campusIds: readonly string[]): Promise<Map<string, WarehouseRow>> {
    const rows = campusIds.length ? await manager.findBy(WarehouseRow, { campusId: In([...new Set(campusIds)]), kind: WarehouseKind.CENTRAL }) : [];
    return new Map(rows.map((row) => [row.campusId, row]));
  }
}
