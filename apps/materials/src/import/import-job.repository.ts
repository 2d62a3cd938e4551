import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { PageArgs, Page, paginate } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { ImportJobStatus, ImportKind } from './import-job';
import { ImportJobErrorRow, ImportJobRow } from './import-job.entity';
import { ImportJob, toImportJob } from './import-job.model';

/**
 * Jobs limited to the caller's campuses: opening balances by their warehouse's campus; catalogue jobs have no
 * campus, so only group-wide callers see them.
 */
@Injectable()
export class ImportJobRepository {
  constructor(private readonly dataSource: DataSource) {}

  findVisible(identity: Identity, id: string): Promise<ImportJobRow | null> {
    return scopeToCampuses(this.dataSource.getRepository(ImportJobRow).createQueryBuilder('job'), identity).andWhere('job.id = :id', { id }).getOne();
  }

  list(identity: Identity, filter: { kind: ImportKind | null; status: ImportJobStatus | null }, page: PageArgs): Promise<Page<ImportJob>> {
    const query = scopeToCampuses(this.dataSource.getRepository(ImportJobRow).createQueryBuilder('job'), identity);
    if (filter.kind) query.andWhere('job.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('job.status = :status', { status: filter.status });
    return paginate(query, page, toImportJob, { newestFirst: true });
  }

  /** The first `first` report lines of each job, in report order (seq counts from 0). */
  async errors(jobIds: readonly string[], first: number): Promise<Map<string, ImportJobErrorRow[]>> {
    const rows = await this.dataSource
      .getRepository(ImportJobErrorRow)
      .createQueryBuilder('error')
      .where('error.importJobId = ANY(:jobIds)', { jobIds })
      .andWhere('error.seq < :first', { first })
      .orderBy('error.importJobId')
      .addOrderBy('error.seq')
      .getMany();
    const byJob = new Map<string, ImportJobErrorRow[]>(jobIds.map((id) => [id, []]));
    for (const row of rows) byJob.get(row.importJobId)?.push(row);
    return byJob;
  }
}
