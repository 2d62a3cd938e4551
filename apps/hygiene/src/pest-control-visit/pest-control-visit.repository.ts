import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate, paginateBatch } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { PestControlVisitRow, PestFindingRow, PestFollowUpRow } from './pest-control-visit.entity';
import { PestControlVisitsArgs, PestFollowUpsArgs } from './pest-control-visit.inputs';

/** Reads visits, findings and follow-ups, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class PestControlVisitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Visits newest first, each with its findings (one statement for the page's findings). */
  list<T>(identity: Identity, args: PestControlVisitsArgs, map: (row: PestControlVisitRow, findings: PestFindingRow[]) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(PestControlVisitRow).createQueryBuilder('visit'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('visit.campusId = :campusId', { campusId });
    return paginateBatch(
      query,
      args,
      async (rows) => {
        const findings = rows.length ? await this.dataSource.manager.findBy(PestFindingRow, { visitId: In(rows.map((r) => r.id)) }) : [];
        return rows.map((row) =>
          map(
            row,
            findings.filter((f) => f.visitId === row.id),
          ),
        );
      },
      { newestFirst: true },
    );
  }

  async findVisible(identity: Identity, id: string): Promise<{ visit: PestControlVisitRow; findings: PestFindingRow[] }> {
    const visitId = requireUuid('id', id);
    const query = scopeToCampuses(this.dataSource.getRepository(PestControlVisitRow).createQueryBuilder('visit'), identity);
    const visit = await query.andWhere('visit.id = :id', { id: visitId }).getOne();
    if (!visit) throw notFound('PestControlVisit', visitId);
    return { visit, findings: await this.dataSource.manager.findBy(PestFindingRow, { visitId }) };
  }

  async findFinding(identity: Identity, id: string, manager: EntityManager): Promise<PestFindingRow> {
    const findingId = requireUuid('findingId', id);
    const query = scopeToCampuses(manager.getRepository(PestFindingRow).createQueryBuilder('finding'), identity);
    const row = await query.andWhere('finding.id = :id', { id: findingId }).setLock('pessimistic_write').getOne();
    if (!row) throw notFound('PestFinding', findingId);
    return row;
  }

  followUps<T>(identity: Identity, args: PestFollowUpsArgs, map: (row: PestFollowUpRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(PestFollowUpRow).createQueryBuilder('followUp'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('followUp.campusId = :campusId', { campusId });
    if (args.status) query.andWhere('followUp.status = :status', { status: args.status });
    return paginate(query, args, map, { newestFirst: true });
  }

  async findFollowUp(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PestFollowUpRow> {
    const followUpId = requireUuid('followUpId', id);
    const query = scopeToCampuses(manager.getRepository(PestFollowUpRow).createQueryBuilder('followUp'), identity);
    if (lock) query.setLock('pessimistic_write');
    const row = await query.andWhere('followUp.id = :id', { id: followUpId }).getOne();
    if (!row) throw notFound('PestFollowUp', followUpId);
    return row;
  }
}
