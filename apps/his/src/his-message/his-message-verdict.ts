import { AdtJudgement } from '../his-place/adt-intake';
import { HisMessageOutcome, HisMessageRow } from './his-message.entity';

/** The columns a verdict decides, on arrival and on a retry: outcome, answer, place, and the text kept for review. */
export function verdictColumns(
  judgement: AdtJudgement,
  raw: Buffer,
): Pick<HisMessageRow, 'outcome' | 'ackCode' | 'errorCode' | 'errorLocation' | 'errorText' | 'raw' | 'occurredAt' | 'campusId' | 'locationId'> {
  const { ack } = judgement;
  const outcome = ack.code !== 'AA' ? HisMessageOutcome.REJECTED : judgement.adt ? HisMessageOutcome.ACCEPTED : HisMessageOutcome.IGNORED;
  const location = judgement.place?.location ?? judgement.priorPlace?.location ?? null;
  return {
    outcome,
    ackCode: ack.code,
    errorCode: ack.error?.hl7Code ?? null,
    errorLocation: ack.error?.location ?? null,
    errorText: ack.error?.text ?? null,
    // The text holds the patient's particulars: kept only while the message waits for review.
    raw: outcome === HisMessageOutcome.REJECTED ? raw : null,
    occurredAt: judgement.occurredAt,
    campusId: location?.campusId ?? null,
    locationId: location?.id ?? null,
  };
}
