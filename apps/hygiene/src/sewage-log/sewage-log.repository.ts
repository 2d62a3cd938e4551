import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { SewageLogRow, SewageStationRow } from './sewage-log.entity';
import { SewageLogsArgs } from './sewage-log.inputs';

/** Reads stations and logs, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class SewageLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: SewageLogsArgs, map: (row: SewageLogRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(SewageLogRow).createQueryBuilder('log'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('log.campusId = :campusId', { campusId });
    if (args.exceededOnly) query.andWhere(`jsonb_array_length(log.exceedances) > 0`);
    return paginate(query, args, map, { newestFirst: true });
  }

  async findVisible(identity: Identity, id: string): Promise<SewageLogRow> {
    const logId = requireUuid('id', id);
    const row = await scopeToCampuses(this.dataSource.getRepository(SewageLogRow).createQueryBuilder('log'), identity)
      .andWhere('log.id = :id', { id: logId })
      .getOne();
    if (!row) throw notFound('SewageLog', logId);
    return row;
  }

  /** The campus's station; null when it has none (another campus's is FORBIDDEN). */
  station(identity: Identity, campusId: string): Promise<SewageStationRow | null> {
    return this.dataSource.manager.findOneBy(SewageStationRow, { campusId: requireCampusInScope(identity, campusId) });
  }
}
