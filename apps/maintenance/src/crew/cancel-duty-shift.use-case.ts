import { Injectable } from '@nestjs/common';
import { DutyShiftCancelledV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { chinaDateTime } from '@houqin/platform-calendar';
import { DomainError, requireText } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica } from '@houqin/platform-org-replica';
import { actorOf, dutyShiftFacts } from './crew-facts';
import { DutyShiftRow } from './crew.entity';
import { CrewRepository } from './crew.repository';

/**
 * Takes a shift off the roster, with a reason kept in the audit trail and the event. A shift that has
 * already ended is a record of who was on duty and stays.
 */
@Injectable()
export class CancelDutyShift {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: CrewRepository,
  ) {}

  execute(identity: Identity, shiftId: string, reasonText: string): Promise<DutyShiftRow> {
    const reason = requireText('reason', reasonText, 500);
    return this.unitOfWork.run(async (manager) => {
      const row = await this.repository.findVisibleShift(identity, shiftId, manager, true);
      const at = new Date();
      if (row.endsAt <= at) {
        const [staff] = await this.directory.staff(manager, [row.staffId]);
        throw new DomainError('DUTY_SHIFT_ENDED', {
          name: staff?.name ?? row.staffId,
          startsAt: chinaDateTime(row.startsAt),
          endsAt: chinaDateTime(row.endsAt),
        });
      }
      await manager.delete(DutyShiftRow, { id: row.id });
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'duty_shift.cancel', entityType: 'DutyShift', entityId: row.id, campusId: row.campusId, before: row, after: { reason } },
          events: [
            changeEvent(
              DutyShiftCancelledV1,
              { ...dutyShiftFacts(row), campusId: row.campusId, reason, occurredAt: at.toISOString(), actor: actorOf(identity) },
              row.campusId,
            ),
          ],
        },
        at,
      );
      return row;
    });
  }
}
