import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { ContractorComplaintRow, ContractorMonthlyCheckRow, ContractorRow } from './contractor.entity';
import { ContractorComplaintsArgs, ContractorMonthlyChecksArgs, ContractorsArgs } from './contractor.inputs';

/** Reads contractors, their checks and complaints, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class ContractorRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: ContractorsArgs, map: (row: ContractorRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(ContractorRow).createQueryBuilder('contractor'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('contractor.campusId = :campusId', { campusId });
    if (args.kind) query.andWhere('contractor.kind = :kind', { kind: args.kind });
    return paginate(query, args, map);
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<ContractorRow> {
    const query = scopeToCampuses(manager.getRepository(ContractorRow).createQueryBuilder('contractor'), identity);
    const row = await query.andWhere('contractor.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('Contractor', id);
    return row;
  }

  checks<T>(identity: Identity, args: ContractorMonthlyChecksArgs, map: (row: ContractorMonthlyCheckRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(ContractorMonthlyCheckRow).createQueryBuilder('check'), identity);
    const contractorId = optionalUuid('contractorId', args.contractorId);
    if (contractorId) query.andWhere('check.contractorId = :contractorId', { contractorId });
    if (args.month) query.andWhere('check.month = :month', { month: args.month });
    return paginate(query, args, map);
  }

  complaints<T>(identity: Identity, args: ContractorComplaintsArgs, map: (row: ContractorComplaintRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(ContractorComplaintRow).createQueryBuilder('complaint'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    const contractorId = optionalUuid('contractorId', args.contractorId);
    if (campusId) query.andWhere('complaint.campusId = :campusId', { campusId });
    if (contractorId) query.andWhere('complaint.contractorId = :contractorId', { contractorId });
    if (args.status) query.andWhere('complaint.status = :status', { status: args.status });
    return paginate(query, args, map, { newestFirst: true });
  }

  /** A complaint the caller may see, locked for the transition (another campus's is NOT_FOUND). */
  async lockComplaint(manager: EntityManager, identity: Identity, id: string): Promise<ContractorComplaintRow> {
    const query = scopeToCampuses(manager.getRepository(ContractorComplaintRow).createQueryBuilder('complaint'), identity);
    const row = await query
      .andWhere('complaint.id = :id', { id: requireUuid('complaintId', id) })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('ContractorComplaint', id);
    return row;
  }
}
