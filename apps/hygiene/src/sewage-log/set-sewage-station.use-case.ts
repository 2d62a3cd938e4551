import { Injectable } from '@nestjs/common';
import { SewageStationSetV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { requireCampusInScope } from '@houqin/platform-database';
import { DomainError } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { stationLimits } from './sewage-limit-check';
import { SewageStationRow } from './sewage-log.entity';
import { SetSewageStationInput } from './sewage-log.inputs';
import { DEFAULT_RUN_HOURS, SewageLimit, SewageStandard } from './sewage-standard';

/** Sets up a campus's station or changes its standard, hours or limits; logs recorded before keep what they broke then. */
@Injectable()
export class SetSewageStation {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  static validate(
    identity: Identity,
    input: SetSewageStationInput,
  ): { campusId: string; standard: SewageStandard; expectedRunHours: number; limits: SewageLimit[] } {
    const expectedRunHours = input.expectedRunHours ?? DEFAULT_RUN_HOURS;
    if (!(expectedRunHours > 0 && expectedRunHours <= 24))
      throw new DomainError('MEASUREMENT_OUT_OF_RANGE', { field: 'expectedRunHours', min: 0, max: 24, value: String(expectedRunHours) });
    const limits = input.limits.map((l) => ({ parameter: l.parameter, min: l.min ?? null, max: l.max ?? null }));
    return {
      campusId: requireCampusInScope(identity, input.campusId),
      standard: input.standard,
      expectedRunHours,
      limits: stationLimits(input.standard, limits),
    };
  }

  execute(identity: Identity, input: SetSewageStationInput): Promise<SewageStationRow> {
    const valid = SetSewageStation.validate(identity, input);
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, valid.campusId);
      const before = await manager.findOne(SewageStationRow, { where: { campusId: valid.campusId }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      const row: SewageStationRow = { ...valid, logsFrom: before?.logsFrom ?? chinaToday(now), updatedAt: now, updatedBy: identity.subject };
      await manager.upsert(SewageStationRow, row, ['campusId']);
      const actor = { subject: identity.subject, staffId: identity.staffId, name: identity.name };
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'sewage_station.set', entityType: 'SewageStation', entityId: row.campusId, campusId: row.campusId, before, after: row },
          events: [changeEvent(SewageStationSetV1, { ...valid, occurredAt: now.toISOString(), actor }, row.campusId)],
        },
        now,
      );
      return row;
    });
  }
}
