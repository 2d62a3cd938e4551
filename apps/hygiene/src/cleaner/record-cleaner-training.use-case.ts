import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, optionalText, requireIsoDate } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { requireLoggedDate } from '../common/logbook-date';
import { CleaningTaskDesk } from '../cleaning-task/cleaning-task-desk';
import { CleanerRow } from './cleaner.entity';
import { RecordCleanerTrainingInput } from './cleaner.inputs';
import { CleanerRepository } from './cleaner.repository';

/** 院感培训: the supervisor records a passed infection-control training; only then may the cleaner take high-risk work. */
@Injectable()
export class RecordCleanerTraining {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CleanerRepository,
    private readonly changes: ChangeRecorder,
    private readonly desk: CleaningTaskDesk,
  ) {}

  static validate(input: RecordCleanerTrainingInput, now: Date): { trainedOn: string; validUntil: string; certificateNo: string | null } {
    const trainedOn = requireLoggedDate('trainedOn', input.trainedOn, now);
    const validUntil = requireIsoDate('validUntil', input.validUntil);
    if (validUntil <= trainedOn) throw new DomainError('CLEANER_TRAINING_DATES', { trainedOn, validUntil });
    return { trainedOn, validUntil, certificateNo: optionalText('certificateNo', input.certificateNo, 50) };
  }

  execute(identity: Identity, input: RecordCleanerTrainingInput): Promise<CleanerRow> {
    const now = new Date();
    const valid = RecordCleanerTraining.validate(input, now);
    return this.unitOfWork.run(async (manager) => {
      const before = await this.repository.findVisible(identity, input.cleanerId, manager);
      const row: CleanerRow = { ...before, trainedOn: valid.trainedOn, trainedUntil: valid.validUntil, trainingCertificateNo: valid.certificateNo };
      await manager.save(CleanerRow, row);
      const audit = { action: 'cleaner.record-training', entityType: 'Cleaner', entityId: row.id, campusId: row.campusId, before, after: row };
      await this.changes.record(manager, identity, { audit, events: [] }, now);
      await this.desk.offerWaiting(manager, identity, row.campusId, now);
      return row;
    });
  }
}
