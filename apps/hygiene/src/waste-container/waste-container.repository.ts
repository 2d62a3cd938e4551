import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { WasteContainerRow } from './waste-container.entity';
import { WasteContainersArgs } from './waste-container.inputs';

/** Reads waste containers, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class WasteContainerRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: WasteContainersArgs, map: (row: WasteContainerRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(WasteContainerRow).createQueryBuilder('wasteContainer'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('wasteContainer.campusId = :campusId', { campusId });
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (departmentId) query.andWhere('wasteContainer.departmentId = :departmentId', { departmentId });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. With `lock`, held until the transaction ends (one scan at a time). */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<WasteContainerRow> {
    const query = scopeToCampuses(manager.getRepository(WasteContainerRow).createQueryBuilder('wasteContainer'), identity);
    query.andWhere('wasteContainer.id = :id', { id: requireUuid('id', id) });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw notFound('WasteContainer', id);
    return row;
  }
}
