import { Injectable } from '@nestjs/common';
import { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder } from '@houqin/platform-lifecycle';
import { EncounterFeed } from '../encounter/encounter-feed';
import { AdtIntake } from '../his-place/adt-intake';
import { EntityManager } from 'typeorm';
import { fhirColumns, FhirIntake } from '../fhir/fhir-intake';
import { HisMessageOutcome, HisMessageProtocol, HisMessageRow } from './his-message.entity';
import { verdictColumns } from './his-message-verdict';

/**
 * Takes a message from the review queue through the feed again, after group IT fixed what it named (a HIS code on a
 * location, a ward code two wards shared). Accepted now, it leaves the queue and its text is dropped; refused again,
 * it stays with the new reason. Accepted, its event is applied to its encounter as on arrival; a FHIR Encounter is read
 * as FHIR again (fhir-intake.ts), and amounts to the event its state means for the encounter as it is now. The retry is audited; the HIS is not answered again (it had its AE).
 */
@Injectable()
export class RetryHisMessage {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: AdtIntake,
    private readonly changes: ChangeRecorder,
    private readonly encounters: EncounterFeed,
    private readonly fhir: FhirIntake,
  ) {}

  execute(identity: Identity, id: string): Promise<HisMessageRow> {
    const messageId = requireUuid('id', id);
    return this.unitOfWork.run(async (manager) => {
      const row = await manager.findOne(HisMessageRow, { where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('HisMessage', messageId);
      if (row.outcome !== HisMessageOutcome.REJECTED || !row.raw) throw new DomainError('HIS_MESSAGE_NOT_RETRYABLE');
      const before = { outcome: row.outcome, errorCode: row.errorCode, errorLocation: row.errorLocation };
      const now = new Date();
      const { judgement, verdict } = row.protocol === HisMessageProtocol.FHIR_R4 ? await this.judgeFhir(manager, row, row.raw, now) : await this.judgeHl7(manager, row.raw);
      Object.assign(row, verdict);
      await manager.save(HisMessageRow, row);
      if (verdict.outcome === HisMessageOutcome.ACCEPTED) await this.encounters.apply(manager, row.id, judgement, now);
      const after = { outcome: row.outcome, errorCode: row.errorCode, errorLocation: row.errorLocation };
      await this.changes.record(manager, identity, { audit: { action: 'his_message.retry', entityType: 'HisMessage', entityId: row.id, campusId: row.campusId, before, after } });
      return row;
    });
  }

  private async judgeHl7(manager: EntityManager, raw: Buffer) {
    const judgement = await this.intake.judge(manager, this.intake.read(raw));
    return { judgement, verdict: verdictColumns(judgement, raw) };
  }

  private async judgeFhir(manager: EntityManager, row: HisMessageRow, raw: Buffer, now: Date) {
    const resource: unknown = JSON.parse(raw.toString('utf8'));
    const judgement = await this.fhir.judge(manager, resource, row, now, false);
    return { judgement, verdict: fhirColumns(judgement, resource) };
  }
}
