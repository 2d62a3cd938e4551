import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { requireCampusInScope, uuidv7 } from '@houqin/platform-database';
import { requireText, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { CleaningPlaces } from './cleaning-place';
import { CleaningTaskKind } from './cleaning-task-kind';
import { CleaningTaskDesk } from './cleaning-task-desk';
import { CleaningTaskRow } from './cleaning-task.entity';
import { ReportCleaningNeedInput } from './cleaning-task.inputs';

export const NOTE_MAX = 500;

/** A ward (or infection control) asks for a clean: a spill at once, anything else within the hour. */
@Injectable()
export class ReportCleaningNeed {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly places: CleaningPlaces,
    private readonly desk: CleaningTaskDesk,
  ) {}

  static validate(input: ReportCleaningNeedInput): { locationId: string; kind: CleaningTaskKind; note: string } {
    return { locationId: requireUuid('locationId', input.locationId), kind: input.kind as unknown as CleaningTaskKind, note: requireText('note', input.note, NOTE_MAX) };
  }

  execute(identity: Identity, input: ReportCleaningNeedInput): Promise<CleaningTaskRow> {
    const valid = ReportCleaningNeed.validate(input);
    return this.unitOfWork.run(async (manager) => {
      const place = await this.places.resolve(manager, valid.locationId);
      requireCampusInScope(identity, place.location.campusId);
      const now = new Date();
      const origin = `ward:${uuidv7(now.getTime())}`;
      const row = await this.desk.open(manager, identity, { kind: valid.kind, place, precautions: [], openedAt: now, origin, note: valid.note }, now);
      return row as CleaningTaskRow;
    });
  }
}
