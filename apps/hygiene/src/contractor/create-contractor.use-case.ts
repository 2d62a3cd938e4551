import { Injectable } from '@nestjs/common';
import { ContractorCreatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalIsoDate, optionalText, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { ZoneRow } from '../zone/zone.entity';
import { actorOf } from './contractor-facts';
import { ContractorKind } from './contractor-kind';
import { ContractorRow } from './contractor.entity';
import { CreateContractorInput } from './contractor.inputs';

export const NAME_MAX = 100;

type CheckedContractor = Omit<ContractorRow, 'id' | 'active' | 'createdAt' | 'createdBy'>;

/** Registers an outsourced company on one of the caller's campuses: row, audit entry and event in one transaction. */
@Injectable()
export class CreateContractor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  /** What the input must be, checked before anything is read or written. */
  static validate(identity: Identity, input: CreateContractorInput): CheckedContractor {
    const contractStart = optionalIsoDate('contractStart', input.contractStart);
    const contractEnd = optionalIsoDate('contractEnd', input.contractEnd);
    if (contractStart && contractEnd && contractEnd < contractStart)
      throw new DomainError('INVALID_DATE_RANGE', {
        field: 'contractEnd',
        value: contractEnd,
        relation: 'after',
        relationZh: '晚于',
        other: 'contractStart',
        otherValue: contractStart,
      });
    const zoneIds = [...new Set((input.zoneIds ?? []).map((id) => requireUuid('zoneIds', id)))];
    if (zoneIds.length && input.kind !== ContractorKind.CLEANING) throw new DomainError('CONTRACTOR_ZONES_CLEANING_ONLY');
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      name: requireText('name', input.name, NAME_MAX),
      kind: input.kind,
      licenceNo: optionalText('licenceNo', input.licenceNo, 50),
      contactName: optionalText('contactName', input.contactName, 50),
      contactPhone: optionalText('contactPhone', input.contactPhone, 30),
      contractStart,
      contractEnd,
      zoneIds,
    };
  }

  execute(identity: Identity, input: CreateContractorInput): Promise<ContractorRow> {
    const valid = CreateContractor.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      if (await manager.existsBy(ContractorRow, { campusId: valid.campusId, name: valid.name }))
        throw new DomainError('CONTRACTOR_NAME_TAKEN', { name: valid.name });
      await this.requireFreeZones(manager, valid.campusId, valid.zoneIds);
      const now = new Date();
      const row: ContractorRow = { id: uuidv7(), ...valid, active: true, createdAt: now, createdBy: identity.subject };
      await manager.insert(ContractorRow, row);
      const data = { contractorId: row.id, campusId: row.campusId, name: row.name, kind: input.kind, occurredAt: now.toISOString(), actor: actorOf(identity) };
      // The audit entry and the event, stamped with one time in this transaction (docs/conventions.md §8).
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'contractor.create', entityType: 'Contractor', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(ContractorCreatedV1, data, row.id)],
        },
        now,
      );
      return row;
    });
  }

  /** The zones are the campus's, and no other active cleaning contractor cleans them (a zone's score goes to one company). */
  private async requireFreeZones(manager: EntityManager, campusId: string, zoneIds: readonly string[]): Promise<void> {
    if (!zoneIds.length) return;
    // Serialises assignments on the campus, so two registrations cannot both take a zone.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hygiene.contractor-zones:' || $1))`, [campusId]);
    const zones = await manager.findBy(
      ZoneRow,
      zoneIds.map((id) => ({ id, campusId })),
    );
    const missing = zoneIds.find((id) => !zones.some((zone) => zone.id === id));
    if (missing) throw notFound('Zone', missing);
    const taken: { zone: string; contractor: string }[] = await manager.query(
      `SELECT z.name AS zone, c.name AS contractor FROM contractor c JOIN zone z ON z.id = ANY(c.zone_ids)
        WHERE c.campus_id = $1 AND c.kind = $2 AND c.active AND z.id = ANY($3::uuid[]) LIMIT 1`,
      [campusId, ContractorKind.CLEANING, zoneIds],
    );
    if (taken.length) throw new DomainError('CONTRACTOR_ZONE_TAKEN', taken[0]);
  }
}
