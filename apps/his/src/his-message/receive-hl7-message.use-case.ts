import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from '@houqin/platform-database';
import { UnitOfWork } from '@houqin/platform-events';
import { JsonLogger } from '@houqin/platform-telemetry';
import { randomBytes } from 'node:crypto';
import { HIS_SETTINGS, HisSettings } from '../his-settings';
import { AckCode, AckError, buildAck } from '../hl7/hl7-ack';
import { Hl7Reception, receiveHl7, refusalText } from '../hl7/hl7-reception';
import { HisMessageOutcome, HisMessageRow } from './his-message.entity';

const outcomeOf = (reception: Hl7Reception): HisMessageOutcome =>
  reception.ack.code !== 'AA' ? HisMessageOutcome.REJECTED : reception.adt ? HisMessageOutcome.ACCEPTED : HisMessageOutcome.IGNORED;

/**
 * One message from the HIS, received and answered. The message is stored (with its outcome) before it is
 * acknowledged, so an ACK the HIS got is never for a message the feed lost; a repeated control id from the same sender
 * is answered as the first time and applied once. A message refused (AE/AR) waits in the review queue with its text.
 * When the store is down the answer is AR with 207: the HIS resends, and nothing was half-done.
 */
@Injectable()
export class ReceiveHl7Message {

  constructor(
    @Inject(HIS_SETTINGS) private readonly settings: HisSettings,
    private readonly logger: JsonLogger,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Returns the acknowledgement, encoded as the message was. */
  async execute(raw: Buffer, now = new Date()): Promise<Buffer> {
    const reception = receiveHl7(raw, this.settings.defaultCharset, this.settings);
    let answer: { code: AckCode; error?: AckError };
    try {
      answer = await this.unitOfWork.run(async (manager) => {
        const row: HisMessageRow = {
          id: uuidv7(now.getTime()),
          ...reception.envelope,
          receivedAt: now,
          occurredAt: reception.occurredAt,
          outcome: outcomeOf(reception),
          ackCode: reception.ack.code,
          errorCode: reception.ack.error?.hl7Code ?? null,
          errorLocation: reception.ack.error?.location ?? null,
          errorText: reception.ack.error?.text ?? null,
          raw: reception.ack.code === 'AA' ? null : raw,
        };
        const inserted = await manager.createQueryBuilder().insert().into(HisMessageRow).values(row).orIgnore().returning('id').execute();
        // Only a control id can conflict (the unique index leaves empty ones out): nothing returned means a repeat.
        if ((inserted.raw as unknown[]).length > 0) return reception.ack;
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
