import { Injectable } from '@nestjs/common';
import { LabourRateSetV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, optionalUuid, requireIsoDate, requireNonNegativeInt, requireUuid } from '@houqin/platform-errors';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { UnitOfWork } from '@houqin/platform-events';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { LabourRateRow } from './cost.entity';
import { SetLabourRateInput } from './cost.inputs';

/** ¥10,000 an hour is a typo, not a rate. */
const MAX_FEN_PER_HOUR = 1_000_000;

/** 工时单价: a campus (or one team) prices labour from a day on; time already logged keeps its price. */
@Injectable()
export class SetLabourRate {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
  ) {}

  execute(identity: Identity, input: SetLabourRateInput): Promise<LabourRateRow> {
    const campusId = requireUuid('campusId', input.campusId);
    const teamId = optionalUuid('teamId', input.teamId);
    const fenPerHour = requireNonNegativeInt('fenPerHour', input.fenPerHour);
    if (fenPerHour > MAX_FEN_PER_HOUR) throw new DomainError('INVALID_INPUT', { detail: `fenPerHour above ${MAX_FEN_PER_HOUR}` });
    const effectiveFrom = requireIsoDate('effectiveFrom', input.effectiveFrom);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    return this.unitOfWork.run(async (manager) => {
      await this.directory.requireCampus(manager, campusId);
      if (teamId) await this.directory.requireTeam(manager, teamId, campusId);
      const row: LabourRateRow = { id: uuidv7(), campusId, teamId, fenPerHour, effectiveFrom, setBy: identity.subject, setAt: new Date() };
      await manager.insert(LabourRateRow, row);
      await this.changes.record(manager, identity, {
        audit: { action: 'labour_rate.set', entityType: 'LabourRate', entityId: row.id, campusId, before: null, after: row },
        events: [
          changeEvent(
            LabourRateSetV1,
            {
              labourRateId: row.id,
              campusId,
              teamId,
              fenPerHour,
              effectiveFrom,
              occurredAt: row.setAt.toISOString(),
              actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
            },
            campusId,
          ),
        ],
      });
      return row;
    });
  }
}
