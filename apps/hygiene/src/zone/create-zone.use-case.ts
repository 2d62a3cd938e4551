import { Injectable } from '@nestjs/common';
import { ZoneCreatedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { DomainError, requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { atLeast } from './cleaning-standard';
import { DEFAULT_RISK_LEVEL, RiskLevel, ZONE_KIND_ZH } from './zone-kind';
import { ZoneRow } from './zone.entity';
import { CreateZoneInput } from './zone.inputs';

export const NAME_MAX = 100;

const RISK_ZH: Record<RiskLevel, string> = { HIGH: '高风险', MEDIUM: '中风险', LOW: '低风险' };

/** Create a zone on one of the caller's campuses: row, audit entry and event in one transaction. */
@Injectable()
export class CreateZone {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  /** What the input must be, checked before anything is read or written. */
  static validate(identity: Identity, input: CreateZoneInput): Pick<ZoneRow, 'campusId' | 'name' | 'kind' | 'riskLevel' | 'locationIds'> {
    const minimum = DEFAULT_RISK_LEVEL[input.kind];
    const riskLevel = input.riskLevel ?? minimum;
    if (!atLeast(riskLevel, minimum)) {
      throw new DomainError('ZONE_RISK_BELOW_KIND', { kind: input.kind, kindZh: ZONE_KIND_ZH[input.kind], minimum, minimumZh: RISK_ZH[minimum] });
    }
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      name: requireText('name', input.name, NAME_MAX),
      kind: input.kind,
      riskLevel,
      locationIds: [...new Set(input.locationIds.map((id) => requireUuid('locationIds', id)))],
    };
  }

  execute(identity: Identity, input: CreateZoneInput): Promise<ZoneRow> {
    const valid = CreateZone.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      if (await manager.existsBy(ZoneRow, { campusId: valid.campusId, name: valid.name })) throw new DomainError('ZONE_NAME_TAKEN', { name: valid.name });
      for (const locationId of valid.locationIds) {
        const location = await this.directory.requireLocation(manager, locationId, valid.campusId);
        const taken = await manager.createQueryBuilder(ZoneRow, 'zone').where(':id = ANY(zone.locationIds) AND zone.active', { id: locationId }).getOne();
        if (taken) throw new DomainError('ZONE_LOCATION_TAKEN', { location: location.name, zone: taken.name });
      }
      const now = new Date();
      const row: ZoneRow = { id: uuidv7(), ...valid, active: true, createdAt: now, createdBy: identity.subject };
      await manager.insert(ZoneRow, row);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      const data = { zoneId: row.id, campusId: row.campusId, name: row.name, kind: row.kind, riskLevel: row.riskLevel, locationIds: row.locationIds, occurredAt: now.toISOString(), actor };
      // The audit entry and the event, stamped with one time in this transaction (docs/conventions.md §8).
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'zone.create', entityType: 'Zone', entityId: row.id, campusId: row.campusId, before: null, after: row },
          events: [changeEvent(ZoneCreatedV1, data, row.id)],
        },
        now,
      );
      return row;
    });
  }
}
