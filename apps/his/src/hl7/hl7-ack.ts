import { escapeHl7, Hl7Message } from './hl7-message';
import { formatHl7Time } from './hl7-time';

/** MSA-1: accepted, application error (the sender should not resend as is), application reject. */
export type AckCode = 'AA' | 'AE' | 'AR';

export interface AckError {
  /** HL7 table 0357 (100 segment sequence, 101 required field missing, 102 data type, 103 table value not found, 200 unsupported message type, 201 unsupported event, 207 application internal error). */
  hl7Code: number;
  /** Where (an HL7 path such as PV1-3), when a field is at fault. */
  location?: string;
  text: string;
}

export interface AckOptions {
  code: AckCode;
  /** The message answered; absent when it could not be parsed (MSA-2 then stays empty). */
  message?: Hl7Message;
  error?: AckError;
  /** The ACK's own control id. */
  controlId: string;
  now: Date;
  timeOffset: string;
}

const ERROR_NAMES: Record<number, string> = {
  100: 'Segment sequence error',
  101: 'Required field missing',
  102: 'Data type error',
  103: 'Table value not found',
  200: 'Unsupported message type',
  201: 'Unsupported event code',
  207: 'Application internal error',
};

/**
 * The acknowledgement of one message (original mode): MSH answering the sender (applications swapped, the trigger,
 * version and MSH-18 character set echoed), MSA with the code and the message's control id, and for an error an ERR
 * segment readable by v2.3 receivers (ERR-1) and v2.5 ones (ERR-2, ERR-3, ERR-4, ERR-8).
 */
export function buildAck(options: AckOptions): string {
  const m = options.message;
  const field = (path: string) => (m ? escapeHl7(m.get(path)) : '');
  const trigger = m?.get('MSH-9.2') ?? '';
  const msh = [
    'MSH',
    '^~\\&',
    field('MSH-5') || 'HOUQIN',
    field('MSH-6'),
    field('MSH-3'),
    field('MSH-4'),
    formatHl7Time(options.now, options.timeOffset),
    '',
    trigger ? `ACK^${escapeHl7(trigger)}^ACK` : 'ACK',
    options.controlId,
    field('MSH-11') || 'P',
    field('MSH-12') || '2.5',
    // MSH-13 to MSH-17 empty, then MSH-18 as the message had it.
    ...(m?.get('MSH-18') ? ['', '', '', '', '', field('MSH-18')] : []),
  ].join('|');
  const error = options.error;
  const text = error ? escapeHl7(error.text).slice(0, 200) : '';
  const msa = ['MSA', options.code, field('MSH-10'), ...(text ? [text] : [])].join('|');
  if (!error) return [msh, msa, ''].join('\r');
  const [segment, position] = (error.location ?? '').split('-');
  const where = segment ? `${segment}^1^${position ?? ''}` : '';
  const code = `${error.hl7Code}^${ERROR_NAMES[error.hl7Code] ?? 'Error'}^HL70357`;
  const err = ['ERR', `${where}^${error.hl7Code}&${ERROR_NAMES[error.hl7Code] ?? 'Error'}&HL70357`, where, code, 'E', '', '', '', text].join('|');
  return [msh, msa, err, ''].join('\r');
}
