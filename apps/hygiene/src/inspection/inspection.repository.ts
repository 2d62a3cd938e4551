import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { scopeToCampuses } from '@houqin/platform-database';
import { notFound, optionalUuid, requireUuid } from '@houqin/platform-errors';
import { Page, paginate } from '@houqin/platform-graphql';
import { DataSource, EntityManager, In } from 'typeorm';
import { ContractorKind } from '../contractor/contractor-kind';
import { ContractorRow } from '../contractor/contractor.entity';
import { ZoneRow } from '../zone/zone.entity';
import { InspectionItemResultRow, InspectionRow, InspectionSheetRow } from './inspection.entity';
import { InspectionsArgs, InspectionSheetsArgs } from './inspection.inputs';

/** Reads inspections and score sheets, always within the caller's campuses (whatever the gateway let through). */
@Injectable()
export class InspectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  list<T>(identity: Identity, args: InspectionsArgs, map: (row: InspectionRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(InspectionRow).createQueryBuilder('inspection'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    const zoneId = optionalUuid('zoneId', args.zoneId);
    if (campusId) query.andWhere('inspection.campusId = :campusId', { campusId });
    if (zoneId) query.andWhere('inspection.zoneId = :zoneId', { zoneId });
    if (args.failed != null) query.andWhere('inspection.passed = :passed', { passed: !args.failed });
    return paginate(query, args, map, { newestFirst: true });
  }

  /** One the caller may see; another campus's is NOT_FOUND, as if it did not exist. */
  async findVisible(identity: Identity, id: string, manager: EntityManager = this.dataSource.manager): Promise<InspectionRow> {
    const query = scopeToCampuses(manager.getRepository(InspectionRow).createQueryBuilder('inspection'), identity);
    const row = await query.andWhere('inspection.id = :id', { id: requireUuid('id', id) }).getOne();
    if (!row) throw notFound('Inspection', id);
    return row;
  }

  /** The items of several inspections (already scoped: they come from visible inspections), in sheet order. */
  itemsOf(inspectionIds: readonly string[]): Promise<InspectionItemResultRow[]> {
    return this.dataSource.manager.find(InspectionItemResultRow, { where: { inspectionId: In([...inspectionIds]) }, order: { position: 'ASC' } });
  }

  sheets<T>(identity: Identity, args: InspectionSheetsArgs, map: (row: InspectionSheetRow) => T): Promise<Page<T>> {
    const query = scopeToCampuses(this.dataSource.getRepository(InspectionSheetRow).createQueryBuilder('sheet'), identity);
    const campusId = optionalUuid('campusId', args.campusId);
    if (campusId) query.andWhere('sheet.campusId = :campusId', { campusId });
    return paginate(query, args, map);
  }

  /** The zone to inspect, if the caller may see it. */
  async requireZone(manager: EntityManager, identity: Identity, id: string): Promise<ZoneRow> {
    const query = scopeToCampuses(manager.getRepository(ZoneRow).createQueryBuilder('zone'), identity);
    const zone = await query.andWhere('zone.id = :id', { id }).getOne();
    if (!zone) throw notFound('Zone', id);
    return zone;
  }

  /** The active cleaning contractor serving the zone, if any (one at most: contractor-zones.ts). */
  async cleaningContractorOf(manager: EntityManager, zone: ZoneRow): Promise<string | null> {
    const row = await manager
      .getRepository(ContractorRow)
      .createQueryBuilder('contractor')
      .where('contractor.campusId = :campusId AND contractor.kind = :kind AND contractor.active', { campusId: zone.campusId, kind: ContractorKind.CLEANING })
      .andWhere(':zoneId = ANY(contractor.zoneIds)', { zoneId: zone.id })
      .getOne();
    return row?.id ?? null;
  }
}
