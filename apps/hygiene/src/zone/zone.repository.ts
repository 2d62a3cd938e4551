import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { ZoneRow } from './zone.entity';
import { ZonesArgs } from './zone.inputs';

/** Reads zones, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class ZoneRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: ZonesArgs, map: (row: ZoneRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(ZoneRow).createQueryBuilder('zone'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('zone.campusId = :campusId', { campusId });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<ZoneRow> {
    const query = scopeToCampuses(manager.getRepository(ZoneRow).createQueryBuilder('zone'), identity);
    const row = await query.andWhere('zone.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('Zone', id);
    return row;
  }
}
