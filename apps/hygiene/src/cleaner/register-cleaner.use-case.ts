import { Injectable } from '@nestjs/common';
import { CleanerRegisteredV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError, notFound, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica, StaffReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager, In } from 'typeorm';
import { CleaningTaskDesk } from '../cleaning-task/cleaning-task-desk';
import { ZoneRow } from '../zone/zone.entity';
import { CleanerRow } from './cleaner.entity';
import { RegisterCleanerInput } from './cleaner.inputs';

/** The zones, all active and on the cleaner's campus; a zone of another campus is NOT_FOUND. */
export async function requireZones(manager: EntityManager, campusId: string, zoneIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(zoneIds.map((id) => requireUuid('zoneIds', id)))];
  const found = ids.length ? await manager.findBy(ZoneRow, { id: In(ids), campusId, active: true }) : [];
  const missing = ids.find((id) => !found.some((zone) => zone.id === id));
  if (missing) throw notFound('Zone', missing);
  return ids;
}

/** A member of org's staff joins a campus's cleaning roster, with the zones they work; training is recorded separately. */
@Injectable()
export class RegisterCleaner {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly desk: CleaningTaskDesk,
  ) {}

  execute(identity: Identity, input: RegisterCleanerInput): Promise<CleanerRow> {
    const staffId = requireUuid('staffId', input.staffId);
    return this.unitOfWork.run(async (manager) => {
      // Staff of a campus the caller does not see do not exist for them.
      const staff = await manager.findOneBy(StaffReplicaRow, { id: staffId });
      if (!staff || !CampusScope.of(identity).allows(staff.campusId)) throw notFound('Staff', staffId);
      const campusId = requireCampusInScope(identity, staff.campusId);
      const person = await this.directory.requireStaff(manager, staffId, campusId);
      if (await manager.existsBy(CleanerRow, { id: staffId })) throw new DomainError('CLEANER_ALREADY_REGISTERED', { name: person.name });
      const now = new Date();
      const row: CleanerRow = {
        id: staffId,
        campusId,
        zoneIds: await requireZones(manager, campusId, input.zoneIds),
        trainedOn: null,
        trainedUntil: null,
        trainingCertificateNo: null,
        active: true,
        lastAssignedAt: null,
        createdAt: now,
        createdBy: identity.subject,
      };
      await manager.insert(CleanerRow, row);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'cleaner.register', entityType: 'Cleaner', entityId: row.id, campusId, before: null, after: row },
          events: [changeEvent(CleanerRegisteredV1, { cleanerId: row.id, campusId, zoneIds: row.zoneIds, occurredAt: now.toISOString(), actor }, row.id)],
        },
        now,
      );
      await this.desk.offerWaiting(manager, identity, campusId, now);
      return row;
    });
  }
}
