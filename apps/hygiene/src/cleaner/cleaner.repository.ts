import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginateBatch } from '@houqin/platform-graphql';
import { StaffReplicaRow } from '@houqin/platform-org-replica';
import { DataSource, EntityManager, In } from 'typeorm';
import { CleanerRow } from './cleaner.entity';
import { CleanersArgs } from './cleaner.inputs';

export type NamedCleaner = CleanerRow & { name: string; employeeNo: string };

/** Reads cleaners, always within the caller's campuses, named from org's staff replica. */
@Injectable()
export class CleanerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list<T>(identity: Identity, args: CleanersArgs, map: (row: NamedCleaner) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(CleanerRow).createQueryBuilder('cleaner'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('cleaner.campusId = :campusId', { campusId });
    const zoneId = optionalUuid('zoneId', args.zoneId);
    if (zoneId) query.andWhere(':zoneId = ANY(cleaner.zoneIds)', { zoneId });
    return paginateBatch(query, args, async (rows) => (await this.named(this.dataSource.manager, rows)).map(map));
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<CleanerRow> {
    const query = scopeToCampuses(manager.getRepository(CleanerRow).createQueryBuilder('cleaner'), identity);
    const row = await query.andWhere('cleaner.id = :id', { id: requireUuid('cleanerId', id) }).getOne();
    if (!row) throw notFound('Cleaner', id);
    return row;
  }

  async named(manager: EntityManager, rows: CleanerRow[]): Promise<NamedCleaner[]> {
    const staff = rows.length ? await manager.findBy(StaffReplicaRow, { id: In(rows.map((row) => row.id)) }) : [];
    return rows.map((row) => {
      const person = staff.find((s) => s.id === row.id);
      return { ...row, name: person?.name ?? '', employeeNo: person?.employeeNo ?? '' };
    });
  }
}
