import { ErrorCode, ErrorParams, localise } from '@houqin/platform-errors';
import { AdtMessage, AdtReading, AdtRejection, adtTriggerOf, readAdt } from './adt-message';
import { AckCode, AckError } from './hl7-ack';
import { Hl7Charset, UnsupportedCharset } from './hl7-charset';
import { Hl7Message, Hl7ParseError } from './hl7-message';

/** What the feed makes of a message before anything is stored: its envelope, its ADT content, and the answer. */
export interface Hl7Reception {
  /** The set to answer in: the message's own, or the feed's default when it could not be read. */
  charset: Hl7Charset;
  message: Hl7Message | null;
  envelope: { sendingApplication: string; sendingFacility: string; controlId: string; messageType: string; charset: string };
  /** The ADT event to apply; null when the message is ignored or refused. */
  adt: AdtMessage | null;
  occurredAt: Date | null;
  ack: { code: AckCode; error?: AckError };
}

/** The text of a refusal in both languages, zh-CN first: HIS vendors here read Chinese, their logs travel. */
export function refusalText(code: ErrorCode, params: ErrorParams): string {
  const messages = localise(code, params);
  return `${messages['zh-CN']} (${messages.en})`;
}

/**
 * Reads one message as received (bytes, charset from MSH-18) and decides its answer: AR when it cannot be read as
 * HL7 v2 or in its character set, AE when an ADT event the feed applies lacks what that takes (the field named), AA
 * otherwise — also for messages the feed does not apply, which are acknowledged and ignored.
 */
export function receiveHl7(raw: Buffer, defaultCharset: string, reading: AdtReading): Hl7Reception {
  const unread = { sendingApplication: '', sendingFacility: '', controlId: '', messageType: '', charset: '' };
  let charset: Hl7Charset;
  try {
    charset = Hl7Charset.of(raw, defaultCharset);
  } catch (error) {
    if (!(error instanceof UnsupportedCharset)) throw error;
    const text = refusalText('HL7_CHARSET_UNSUPPORTED', { charset: error.declared });
    return { charset: Hl7Charset.byDefault(defaultCharset), message: null, envelope: { ...unread, charset: error.declared }, adt: null, occurredAt: null, ack: { code: 'AR', error: { hl7Code: 207, location: 'MSH-18', text } } };
  }
  let message: Hl7Message;
  try {
    message = Hl7Message.parse(charset.decode(raw));
  } catch (error) {
    if (!(error instanceof Hl7ParseError)) throw error;
    const text = refusalText('HL7_UNREADABLE', { detail: error.message });
    return { charset, message: null, envelope: unread, adt: null, occurredAt: null, ack: { code: 'AR', error: { hl7Code: 100, text } } };
  }
  const envelope = {
    sendingApplication: message.get('MSH-3'),
    sendingFacility: message.get('MSH-4'),
    controlId: message.get('MSH-10'),
    messageType: [message.get('MSH-9.1'), message.get('MSH-9.2'), message.get('MSH-9.3')].filter(Boolean).join('^'),
    charset: charset.declared,
  };
  if (!adtTriggerOf(message)) return { charset, message, envelope, adt: null, occurredAt: null, ack: { code: 'AA' } };
  try {
    const adt = readAdt(message, reading);
    return { charset, message, envelope, adt, occurredAt: adt.occurredAt, ack: { code: 'AA' } };
  } catch (error) {
    if (!(error instanceof AdtRejection)) throw error;
    const text = refusalText('HL7_FIELD_INVALID', { field: error.location, detail: error.message });
    return { charset, message, envelope, adt: null, occurredAt: null, ack: { code: 'AE', error: { hl7Code: error.hl7Code, location: error.location, text } } };
  }
}
