import { Injectable } from '@nestjs/common';
import { DutyShiftsScheduledV1 } from '@houqin/contracts';
import { CampusScope, Identity } from '@houqin/platform-auth';
import { chinaDateTime } from '@houqin/platform-calendar';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, forbidden, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { OrgDirectoryReplica, StaffReplicaRow } from '@houqin/platform-org-replica';
import { EntityManager } from 'typeorm';
import { actorOf, dutyShiftFacts } from './crew-facts';
import { DutyShiftRow } from './crew.entity';
import { ScheduleDutyShiftsInput } from './crew.inputs';
import { CrewRepository } from './crew.repository';
import { checkShiftTimes, DUTY_KIND_LABELS_ZH, MAX_SHIFTS_PER_CALL } from './duty-roster';

/**
 * 排班: adds shifts to a campus's duty roster, all or none. Everyone must be staff of that campus, and
 * nobody may hold two overlapping shifts of one kind (an on-site shift during a 24h on-call duty is fine).
 * The shifts are written first and then checked against the table in one query, under the campus's
 * roster lock, so the check covers the existing roster and the input itself alike; any clash rolls all back.
 */
@Injectable()
export class ScheduleDutyShifts {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly directory: OrgDirectoryReplica,
    private readonly repository: CrewRepository,
  ) {}

  execute(identity: Identity, input: ScheduleDutyShiftsInput): Promise<DutyShiftRow[]> {
    const campusId = requireUuid('campusId', input.campusId);
    if (!CampusScope.of(identity).allows(campusId)) throw forbidden();
    if (!input.shifts.length || input.shifts.length > MAX_SHIFTS_PER_CALL)
      throw new DomainError('INVALID_INPUT', { detail: `shifts: 1 to ${MAX_SHIFTS_PER_CALL} per call` });
    const shifts = input.shifts.map((shift, i) => {
      checkShiftTimes(`shifts[${i}]`, shift.startsAt, shift.endsAt);
      return { staffId: requireUuid(`shifts[${i}].staffId`, shift.staffId), kind: shift.kind, startsAt: shift.startsAt, endsAt: shift.endsAt };
    });

    return this.unitOfWork.run(async (manager) => {
      const staff = await this.staffOnCampus(manager, [...new Set(shifts.map((s) => s.staffId))], campusId);
      await this.repository.lockRoster(manager, campusId);
      const at = new Date();
      const rows: DutyShiftRow[] = shifts.map((shift) => ({
        id: uuidv7(),
        campusId,
        ...shift,
        teamId: staff.get(shift.staffId)?.teamId ?? null,
        createdBy: identity.subject,
        createdAt: at,
      }));
      await manager.insert(DutyShiftRow, rows);
      const overlap = await this.repository.firstOverlap(
        manager,
        rows.map((r) => r.id),
      );
      if (overlap) {
        throw new DomainError('DUTY_OVERLAP', {
          name: staff.get(overlap.staffId)?.name ?? overlap.staffId,
          kind: overlap.kind,
          kindZh: DUTY_KIND_LABELS_ZH[overlap.kind],
          startsAt: chinaDateTime(overlap.startsAt),
          endsAt: chinaDateTime(overlap.endsAt),
          otherStartsAt: chinaDateTime(overlap.otherStartsAt),
          otherEndsAt: chinaDateTime(overlap.otherEndsAt),
        });
      }
      await this.changes.record(
        manager,
        identity,
        {
          audit: { action: 'duty_shift.schedule', entityType: 'DutyRoster', entityId: campusId, campusId, before: null, after: rows },
          events: [
            changeEvent(
              DutyShiftsScheduledV1,
              { campusId, shifts: rows.map(dutyShiftFacts), occurredAt: at.toISOString(), actor: actorOf(identity) },
              campusId,
            ),
          ],
        },
        at,
      );
      return rows;
    });
  }

  /** The staff members by id, after checking in one query that all are active staff of the campus. */
  private async staffOnCampus(manager: EntityManager, staffIds: string[], campusId: string): Promise<Map<string, StaffReplicaRow>> {
    const found = new Map((await this.directory.staff(manager, staffIds)).map((s) => [s.id, s]));
    for (const id of staffIds) {
      const staff = found.get(id);
      // The directory's own check, only to raise its error (not found, deactivated, other campus).
      if (!staff?.active || staff.campusId !== campusId) await this.directory.requireStaff(manager, id, campusId);
    }
    return found;
  }
}
