import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@houqin/platform-database';
import { UnitOfWork } from '@houqin/platform-events';
import { JsonLogger } from '@houqin/platform-telemetry';
import { randomBytes } from 'node:crypto';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { AckCode, AckError, buildAck } from '../hl7/hl7-ack';
import { refusalText } from '../hl7/hl7-reception';
import { AdtIntake } from '../his-place/adt-intake';
import { EncounterFeed } from '../encounter/encounter-feed';
import { HisMessageOutcome, HisMessageProtocol, HisMessageRow } from './his-message.entity';
import { verdictColumns } from './his-message-verdict';

/**
 * One message from the HIS, received and answered. The message is stored (with its outcome), and an accepted ADT
 * event applied to its encounter (encounter-feed.ts), in one transaction before it is acknowledged, so an ACK the HIS got is never for a message the feed lost; a repeated control id from the same sender
 * is answered as the first time and applied once. A message refused (AE/AR) waits in the review queue with its text.
 * When the store is down the answer is AR with 207: the HIS resends, and nothing was half-done.
 */
@Injectable()
export class ReceiveHl7Message {

  constructor(
    @Inject(HIS_SETTINGS) private readonly settings: HisSettings,
    private readonly logger: JsonLogger,
    private readonly unitOfWork: UnitOfWork,
    private readonly intake: AdtIntake,
    private readonly encounters: EncounterFeed,
  ) {}

  /** Returns the acknowledgement, encoded as the message was. */
  async execute(raw: Buffer, now = new Date()): Promise<Buffer> {
    const reception = this.intake.read(raw);
    let answer: { code: AckCode; error?: AckError };
    try {
      answer = await this.unitOfWork.run(async (manager) => {
        const judgement = await this.intake.judge(manager, reception);
        const row: HisMessageRow = { id: uuidv7(now.getTime()), protocol: HisMessageProtocol.HL7V2, ...judgement.envelope, receivedAt: now, ...verdictColumns(judgement, raw) };
        const inserted = await manager.createQueryBuilder().insert().into(HisMessageRow).values(row).orIgnore().returning('id').execute();
        // Only a control id can conflict (the unique index leaves empty ones out): nothing returned means a repeat.
        if ((inserted.raw as unknown[]).length > 0) {
          if (row.outcome === HisMessageOutcome.ACCEPTED) await this.encounters.apply(manager, row.id, judgement, now);
          return judgement.ack;
        }
        // The same sender's control id again: answered as the first time, nothing applied twice.
        const first = await manager.findOneByOrFail(HisMessageRow, {
          sendingApplication: row.sendingApplication,
          sendingFacility: row.sendingFacility,
          controlId: row.controlId,
        });
        const error = first.errorCode === null ? undefined : { hl7Code: first.errorCode, location: first.errorLocation ?? undefined, text: first.errorText ?? '' };
        return { code: first.ackCode as AckCode, error };
      });
    } catch (error) {
      this.logger.event('error', 'an HL7 message could not be stored; answered AR for the HIS to resend', {
        controlId: reception.envelope.controlId,
        error: String(error),
      });
      answer = { code: 'AR', error: { hl7Code: 207, text: refusalText('HL7_STORE_UNAVAILABLE', {}) } };
    }
    const ack = buildAck({
      ...answer,
      message: reception.message ?? undefined,
      controlId: randomBytes(9).toString('base64url'),
      now,
      timeOffset: this.settings.timeOffset,
    });
    return reception.charset.encode(ack);
  }
}
