import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { WasteCollectionRow } from './waste-collection.entity';
import { WasteCollectionsArgs } from './waste-collection.inputs';
import { WasteCollectionStatus } from './waste-collection-status';

/** Reads waste collections, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class WasteCollectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: WasteCollectionsArgs, map: (row: WasteCollectionRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(WasteCollectionRow).createQueryBuilder('wasteCollection'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('wasteCollection.campusId = :campusId', { campusId });
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (departmentId) query.andWhere('wasteCollection.departmentId = :departmentId', { departmentId });
    const transferId = optionalUuid('transferId', args.transferId);
    if (transferId) query.andWhere('wasteCollection.transferId = :transferId', { transferId });
    if (args.status) query.andWhere('wasteCollection.status = :status', { status: args.status });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. With `lock`, held for the transaction. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<WasteCollectionRow> {
    const query = scopeToCampuses(manager.getRepository(WasteCollectionRow).createQueryBuilder('wasteCollection'), identity);
    query.andWhere('wasteCollection.id = :id', { id: requireUuid('id', id) });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('WasteCollection', id);
    return row;
  }

  /** What a scan must know of the container's past loads (read under the container's lock). */
  async containerHistory(manager: EntityManager, containerId: string): Promise<{ open: boolean; ever: boolean }> {
    const [history] = await manager.query<{ open: boolean; ever: boolean }[]>(
      `SELECT coalesce(bool_or(status <> $2), false) AS open, count(*) > 0 AS ever FROM waste_collection WHERE container_id = $1`,
      [containerId, WasteCollectionStatus.TRANSFERRED],
    );
    return history;
  }
}
