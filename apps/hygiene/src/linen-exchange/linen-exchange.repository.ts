import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { LinenExchangeRow, LinenParLevelRow } from './linen-exchange.entity';
import { LinenExchangesArgs, LinenParLevelsArgs } from './linen-exchange.inputs';

/** Reads linen collections and par levels, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class LinenExchangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: LinenExchangesArgs, map: (row: LinenExchangeRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(LinenExchangeRow).createQueryBuilder('exchange'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (campusId) query.andWhere('exchange.campusId = :campusId', { campusId });
    if (departmentId) query.andWhere('exchange.departmentId = :departmentId', { departmentId });
    if (args.status) query.andWhere('exchange.status = :status', { status: args.status });
    return paginate(query, args, map, { newestFirst: true });
  }

  /** One the caller may see, locked with `lock`; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<LinenExchangeRow> {
    const exchangeId = requireUuid('linenExchangeId', id);
    const query = scopeToCampuses(manager.getRepository(LinenExchangeRow).createQueryBuilder('exchange'), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.andWhere('exchange.id = :id', { id: exchangeId }).getOne();
    if (!row) throw notFound('LinenExchange', exchangeId);
    return row;
  }

  parLevels<T>(identity: Identity, args: LinenParLevelsArgs, map: (row: LinenParLevelRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(LinenParLevelRow).createQueryBuilder('par'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    const departmentId = optionalUuid('departmentId', args.departmentId);
    if (campusId) query.andWhere('par.campusId = :campusId', { campusId });
    if (departmentId) query.andWhere('par.departmentId = :departmentId', { departmentId });
    return paginate(query, args, map);
  }
}
