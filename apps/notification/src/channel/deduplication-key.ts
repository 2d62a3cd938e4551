import { chinaInstant } from '@houqin/platform-calendar';

// Buckets count from midnight Beijing time, so daily windows are Beijing days and hourly ones Beijing hours.
const BEIJING_EPOCH_MS = chinaInstant('1970-01-01').getTime();

export interface AlertOccurrence {
  /** The rule's alert (SLA_ESCALATED, LOT_EXPIRING, ...): each rule declares its window (alert/alert-rules.ts). */
  type: string;
  /**
   * What the alert is about, as the producer names it: the work order and escalation level (`WO-…#2`), the
   * certificate, the lot, the item and store, the round.
   */
  subject: string;
  occurredAt: Date;
}

export interface DeduplicationKey {
  /** Equal for every occurrence of the same alert about the same subject in the same window. */
  key: string;
  /** The window's number, counted from 1970-01-01 00:00 Beijing time. */
  bucket: number;
  windowStart: Date;
  windowEnd: Date;
}

/**
 * The key under which the delivery log keeps one message per person and channel: same alert type, same subject,
 * same window. Windows are fixed buckets aligned to the Beijing clock (whole half hours, hours, days from midnight
 * Beijing time), so the key is a pure function of the occurrence; two occurrences either side of a bucket's edge are
 * two messages, the price of needing no state to decide.
 */
export function deduplicationKey(alert: AlertOccurrence, windowMs: number): DeduplicationKey {
  if (!Number.isInteger(windowMs) || windowMs <= 0) throw new Error(`deduplication window must be a positive number of milliseconds, not ${windowMs}`);
  const bucket = Math.floor((alert.occurredAt.getTime() - BEIJING_EPOCH_MS) / windowMs);
  const windowStart = new Date(BEIJING_EPOCH_MS + bucket * windowMs);
  return {
    key: `${alert.type}:${alert.subject}:${windowStart.toISOString()}`,
    bucket,
    windowStart,
    windowEnd: new Date(windowStart.getTime() + windowMs),
  };
}
